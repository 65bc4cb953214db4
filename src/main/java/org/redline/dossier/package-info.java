/**
 * Dossiers: related documents on one dated timeline, typed links between their points across
 * documents (who set them, why), and one point across documents side by side.
 */
@ApplicationModule(allowedDependencies = {"document", "version", "version::web", "diff", "text", "web"})
package org.redline.dossier;

import org.springframework.modulith.ApplicationModule;
