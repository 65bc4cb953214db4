package org.redline.web.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Under {@code make run} (profile local), says how to use the local editor account. */
@Component
@Profile("local")
class LocalAccountNotice {

    private static final Logger log = LoggerFactory.getLogger(LocalAccountNotice.class);

    @EventListener(ApplicationReadyEvent.class)
    void tell() {
        log.info("""

                ---------------------------------------------------------------------------------
                Redline is up. Local editor account (profile 'local', for this machine only):
                  pages:  sign in at /login as  editor / redline-local
                  API:    curl -u editor:redline-local ...   or   -H 'Authorization: Bearer redline-local-token'
                Writes also need If-Match: the ETag of GET /api/documents/{slug} (or If-Match: *).
                ---------------------------------------------------------------------------------""");
    }
}
