package org.redline.version.web;

import java.net.URI;
import java.util.Optional;
import java.util.regex.Pattern;
import org.redline.version.ExpectedLatest;
import org.redline.version.VersionSummary;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/**
 * The HTTP side of conditional writes. A document's entity tag names its latest version ({@code "v3"},
 * {@code "v0"} when it has none); a write must send it back in {@code If-Match}, or {@code *} to record
 * against whatever is latest.
 */
public final class Preconditions {

    private static final Pattern TAG = Pattern.compile("(?:W/)?\"?v?([0-9]{1,9})\"?");

    private Preconditions() {
    }

    public static String etag(Optional<VersionSummary> latest) {
        return etag(latest.map(VersionSummary::number).orElse(0));
    }

    public static String etag(int latestNumber) {
        return ExpectedLatest.etag(latestNumber);
    }

    public static ExpectedLatest fromIfMatch(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new PreconditionRequired();
        }
        var value = ifMatch.strip();
        if (value.equals("*")) {
            return ExpectedLatest.ANY;
        }
        var matcher = TAG.matcher(value);
        if (!matcher.matches()) {
            throw new MalformedIfMatch(value);
        }
        return ExpectedLatest.of(Integer.parseInt(matcher.group(1)));
    }

    /** A write came without If-Match. */
    static final class PreconditionRequired extends ErrorResponseException {
        PreconditionRequired() {
            super(HttpStatus.PRECONDITION_REQUIRED);
            refuse(this, "precondition-required", "If-Match required", "Send If-Match with the ETag of the document's "
                    + "timeline (e.g. If-Match: \"v3\"), or If-Match: * to record against whatever version is latest");
        }
    }

    /** If-Match that names no version. */
    static final class MalformedIfMatch extends ErrorResponseException {
        MalformedIfMatch(String value) {
            super(HttpStatus.PRECONDITION_FAILED);
            refuse(this, "malformed-if-match", "If-Match names no version",
                    "If-Match must be an ETag of this service such as \"v3\", or *; got " + value);
        }
    }

    private static void refuse(ErrorResponseException e, String type, String title, String detail) {
        e.setType(URI.create("/problems/" + type));
        e.setTitle(title);
        e.setDetail(detail);
        e.getBody().setProperty("where", "If-Match");
    }
}
