/**
 * Research, one use-case class per question: blame, lineage, dropped and returned points, search, as-of, n-way.
 */
@ApplicationModule(allowedDependencies = {"version", "diff", "history", "web"})
package org.redline.research;

import org.springframework.modulith.ApplicationModule;
