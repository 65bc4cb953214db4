/**
 * Documents: the live texts Redline tracks; create, find, and the lock that numbers a document's versions.
 */
@ApplicationModule(allowedDependencies = {"text"})
package org.redline.document;

import org.springframework.modulith.ApplicationModule;
