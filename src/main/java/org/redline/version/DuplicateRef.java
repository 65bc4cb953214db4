package org.redline.version;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** A draft's ref is already taken by another version of the document. */
public class DuplicateRef extends ErrorResponseException {
    private final VersionLink existing;

    public DuplicateRef(String document, VersionLink existing) {
        super(HttpStatus.CONFLICT);
        setType(URI.create("/problems/duplicate-ref"));
        setTitle("Ref already used");
        setDetail("Document '" + document + "' already has version " + existing.number() + " with ref '" + existing.ref() + "'");
        getBody().setProperty("where", "id");
        getBody().setProperty("existing", existing);
        this.existing = existing;
    }

    public VersionLink existing() {
        return existing;
    }

    @Override
    public String getMessage() {
        return getBody().getDetail();
    }
}
