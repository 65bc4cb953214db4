package org.redline.web;

import java.util.OptionalLong;

/**
 * A document's revision, which moves with every change to what its pages and API show: read caching
 * builds its validators from it. The module that records versions provides it, so this edge needs no
 * feature of its own.
 */
public interface DocumentRevisions {

    /** The document's revision, or empty when there is no such document. */
    OptionalLong revision(String slug);
}
