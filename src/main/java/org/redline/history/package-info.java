/**
 * History: Javers wiring and the audit trail; a point across versions; the change log.
 */
@ApplicationModule(allowedDependencies = {"version", "document", "diff", "web"})
package org.redline.history;

import org.springframework.modulith.ApplicationModule;
