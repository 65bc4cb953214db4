package org.redline.diff;

import org.redline.version.VersionLink;

/**
 * A side of a diff that is known only from reports, and the version with text the diff compared in its
 * place: the nearest one it derives from. {@code compared} is null when no version before it has text.
 *
 * @param reason what a reader is told, e.g. "version 6 (20 points) is known only from reports: compared with version 3"
 */
public record LookThrough(VersionLink asked, VersionLink compared, String reason) {
}
