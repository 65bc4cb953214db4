/**
 * Exchange: the change matrix (CSV, JSON), Markdown export, whole-history export and import.
 */
@ApplicationModule(allowedDependencies = {"version", "document"})
package org.redline.exchange;

import org.springframework.modulith.ApplicationModule;
