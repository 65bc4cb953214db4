package org.redline.dossier.internal;

/**
 * A link an editor (or a fixture) asks for. Checked here for form; {@link Dossiers#link} checks that
 * both documents belong to the dossier and both points exist in them.
 */
public record NewPointLink(PointRef from, PointRef to, String kind, String reason) {

    public NewPointLink {
        if (from == null || blank(from.document()) || blank(from.key())) {
            throw new InvalidLink("from", "needs a document and a key");
        }
        if (to == null || blank(to.document()) || blank(to.key())) {
            throw new InvalidLink("to", "needs a document and a key");
        }
        if (from.document().equals(to.document())) {
            throw new InvalidLink("to.document", "links join points of different documents; within one document keys already do");
        }
        if (blank(reason) || reason.strip().length() > 2000) {
            throw new InvalidLink("reason", "is required (at most 2,000 characters): say why the points belong together");
        }
        reason = reason.strip();
        kind = kind == null ? LinkKind.SAME_SUBJECT.code() : kind;
        LinkKind.parse(kind);
    }

    LinkKind linkKind() {
        return LinkKind.parse(kind);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
