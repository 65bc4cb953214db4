/**
 * Diffs: any two versions point by point, word-level text diffs, unified text.
 */
@ApplicationModule(allowedDependencies = {"version", "web"})
package org.redline.diff;

import org.springframework.modulith.ApplicationModule;
