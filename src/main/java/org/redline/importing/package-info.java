/**
 * Importing: reads drafts in every format, aligns them and records or previews them; fixtures and folder imports.
 */
@ApplicationModule(allowedDependencies = {"version", "version::web", "alignment", "diff", "document", "text", "web"})
package org.redline.importing;

import org.springframework.modulith.ApplicationModule;
