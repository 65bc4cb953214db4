package org.redline.version.web;

import org.redline.version.DraftRejected;
import org.redline.version.DuplicateContent;
import org.redline.version.DuplicateRef;
import org.redline.version.InvalidCorrection;
import org.redline.version.LatestVersionMoved;
import org.springframework.http.HttpStatus;

/**
 * What is wrong with a submitted form, shown next to the input it concerns.
 *
 * @param where the place at fault as the domain names it ({@code points[3].text}, {@code line 2, column 5},
 *     {@code label}), or null when it is the form as a whole
 * @param existing the number of a version the problem refers to (same ref, same content, the latest now)
 */
public record FormProblem(HttpStatus status, String title, String where, String reason, Integer existing) {

    /** A draft refused by preview or recording. */
    public static FormProblem ofDraft(RuntimeException e) {
        if (e instanceof DraftRejected rejected) {
            return of(rejected);
        }
        if (e instanceof DuplicateRef duplicate) {
            return of(duplicate);
        }
        if (e instanceof DuplicateContent duplicate) {
            return of(duplicate);
        }
        throw e;
    }

    static FormProblem of(DraftRejected e) {
        return new FormProblem(HttpStatus.UNPROCESSABLE_CONTENT, "The draft cannot be recorded as it is", e.where(),
                e.reason(), null);
    }

    static FormProblem of(DuplicateRef e) {
        return new FormProblem(HttpStatus.CONFLICT, "This ref is taken", "id",
                "version " + e.existing().number() + " already has the ref '" + e.existing().ref()
                        + "'; give this draft another id", e.existing().number());
    }

    static FormProblem of(DuplicateContent e) {
        return new FormProblem(HttpStatus.CONFLICT, "Nothing new", null,
                "version " + e.existing().number() + " already states exactly this content", e.existing().number());
    }

    static FormProblem of(InvalidCorrection e) {
        return new FormProblem(HttpStatus.UNPROCESSABLE_CONTENT, "The correction cannot be saved as it is", e.where(),
                e.reason(), null);
    }

    public static FormProblem of(LatestVersionMoved e) {
        var current = e.current() == null ? 0 : e.current().number();
        return new FormProblem(HttpStatus.CONFLICT, "The document has moved on", null,
                "version " + current + " was recorded after you opened this form (it was at version " + e.expected()
                        + "). Nothing was saved. Check the form against the document as it is now, then submit again.",
                current);
    }

    /** The message as one line, place first. */
    public String message() {
        return where == null ? reason : where + ": " + reason;
    }

    /** Whether the problem concerns this form field (or, for {@code points}, a point of the draft). */
    public boolean about(String field) {
        if (where == null) {
            return false;
        }
        return where.equals(field) || where.startsWith(field + ".") || where.startsWith(field + "[")
                || where.startsWith(field + " ");
    }
}
