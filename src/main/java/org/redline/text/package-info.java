/**
 * The text gate: one rule for every text a user or an import sets (NFC, no control characters, no lone
 * surrogates), used by every module that takes text in.
 */
@ApplicationModule(allowedDependencies = {})
package org.redline.text;

import org.springframework.modulith.ApplicationModule;
