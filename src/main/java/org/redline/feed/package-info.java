/**
 * Feeds: the Atom feed of a document's versions.
 */
@ApplicationModule(allowedDependencies = {"version", "document", "web"})
package org.redline.feed;

import org.springframework.modulith.ApplicationModule;
