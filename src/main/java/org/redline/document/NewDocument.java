package org.redline.document;

import java.util.regex.Pattern;

/** What an editor gives to create a document; validated here so no invalid document is ever built. */
public record NewDocument(String slug, String title, String description) {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public NewDocument {
        if (slug == null || !SLUG.matcher(slug).matches() || slug.length() > 100) {
            throw new InvalidDocument("slug", "must be 1-100 lowercase letters, digits and single hyphens, e.g. peace-plan");
        }
        if (title == null || title.isBlank()) {
            throw new InvalidDocument("title", "must not be blank");
        }
        title = title.strip();
        if (title.length() > 300) {
            throw new InvalidDocument("title", "must be at most 300 characters");
        }
        if (description != null && description.length() > 4000) {
            throw new InvalidDocument("description", "must be at most 4000 characters");
        }
    }
}
