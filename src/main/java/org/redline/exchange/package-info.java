/**
 * Exchange: the change matrix (CSV, JSON), Markdown export, whole-history export and import.
 */
@ApplicationModule(allowedDependencies = {"version", "document", "history", "importing", "web"})
package org.redline.exchange;

import org.springframework.modulith.ApplicationModule;
