package org.redline.dossier.internal;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * How two points of different documents relate: the same provision in other words, one point answering
 * or replacing the other, a commitment that backs the other up, or two points that contradict each other.
 */
public enum LinkKind {
    SAME_SUBJECT, ANSWERS, SUPPORTS, CONTRADICTS;

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static LinkKind parse(String code) {
        for (var kind : values()) {
            if (kind.code().equals(code)) {
                return kind;
            }
        }
        throw new InvalidLink("kind", "must be one of same-subject, answers, supports, contradicts; got '" + code + "'");
    }
}
