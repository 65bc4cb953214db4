/**
 * Research: blame, dropped and returned points, search, as-of, n-way comparison.
 */
@ApplicationModule(allowedDependencies = {"version", "diff", "history", "web"})
package org.redline.research;

import org.springframework.modulith.ApplicationModule;
