/**
 * Versions: a draft becomes an immutable version of its document; timelines, points and the rule that classifies a point's change.
 */
@ApplicationModule(allowedDependencies = {"document", "text", "web"})
package org.redline.version;

import org.springframework.modulith.ApplicationModule;
