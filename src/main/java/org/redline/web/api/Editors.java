package org.redline.web.api;

import java.security.Principal;

/** Who the audit log names as the author of a write. */
final class Editors {

    static final String ANONYMOUS = "anonymous";

    private Editors() {
    }

    static String name(Principal principal) {
        return principal == null ? ANONYMOUS : principal.getName();
    }
}
