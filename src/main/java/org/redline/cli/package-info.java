/**
 * Command-line tasks that run without the web server (the data check).
 */
@ApplicationModule(allowedDependencies = {"document", "history"})
package org.redline.cli;

import org.springframework.modulith.ApplicationModule;
