/**
 * The HTTP edge: what every module's web adapters share and none owns. Security and sign-in, problem
 * details for the API and error pages for the rest (each module's errors carry their own problem),
 * read caching, request limits, the public URL, the pages' date format. Features depend on it, never
 * the other way round: what it needs of a feature (a document's revision) it names as an interface
 * the feature provides.
 */
@ApplicationModule(allowedDependencies = {})
package org.redline.web;

import org.springframework.modulith.ApplicationModule;
