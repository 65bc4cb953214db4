/**
 * Importing: reads drafts in every format, aligns them and records or previews them; fixtures and folder imports.
 */
@ApplicationModule(allowedDependencies = {"version", "alignment", "document", "text"})
package org.redline.importing;

import org.springframework.modulith.ApplicationModule;
