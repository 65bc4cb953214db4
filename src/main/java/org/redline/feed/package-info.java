/**
 * Feeds: the Atom feed of a document's versions.
 */
@ApplicationModule(allowedDependencies = {"version", "document"})
package org.redline.feed;

import org.springframework.modulith.ApplicationModule;
