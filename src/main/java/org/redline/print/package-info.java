/**
 * Printed files: a comparison as a Word redline (every change a tracked change) or a PDF for print; a
 * version as Word or PDF.
 */
@ApplicationModule(allowedDependencies = {"diff", "version", "web"})
package org.redline.print;

import org.springframework.modulith.ApplicationModule;
