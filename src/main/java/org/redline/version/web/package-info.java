/**
 * The versions' web adapters (API, timeline, editor pages for metadata) and, as the named interface
 * {@code version::web}, the HTTP side of a write to a document that importing's adapters share: the
 * document's ETag and If-Match ({@link org.redline.version.web.Preconditions}) and a refused write
 * shown on a form ({@link org.redline.version.web.FormProblem}).
 */
@NamedInterface("web")
package org.redline.version.web;

import org.springframework.modulith.NamedInterface;
