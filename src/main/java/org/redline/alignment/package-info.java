/**
 * Alignment: gives every point of a draft its key against the version it derives from (keys, texts, meaning, merges and splits).
 */
@ApplicationModule(allowedDependencies = {"version"})
package org.redline.alignment;

import org.springframework.modulith.ApplicationModule;
