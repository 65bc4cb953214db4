package org.redline.dossier.internal;

import java.time.Instant;

/** A stored link between two points of different documents, with why and who set it. */
public record PointLink(long id, PointRef from, PointRef to, LinkKind kind, String reason, String setBy, Instant setAt) {

    /** The other end of the link, seen from {@code point}. */
    PointRef other(PointRef point) {
        return from.equals(point) ? to : from;
    }

    boolean touches(PointRef point) {
        return from.equals(point) || to.equals(point);
    }
}
