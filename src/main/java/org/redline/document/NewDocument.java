package org.redline.document;

import java.util.regex.Pattern;
import org.redline.document.internal.InvalidDocument;
import org.redline.text.TextGate;

/** What an editor gives to create a document; validated here so no invalid document is ever built. */
public record NewDocument(String slug, String title, String description) {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public NewDocument {
        if (slug == null || !SLUG.matcher(slug).matches() || slug.length() > 100) {
            throw new InvalidDocument("slug", "must be 1-100 lowercase letters, digits and single hyphens, e.g. peace-plan");
        }
        title = TextGate.clean("title", title, TextGate.Shape.LINE, 300, InvalidDocument::new);
        if (title == null) {
            throw new InvalidDocument("title", "must not be blank");
        }
        description = TextGate.clean("description", description, TextGate.Shape.LINES, 4000, InvalidDocument::new);
    }
}
