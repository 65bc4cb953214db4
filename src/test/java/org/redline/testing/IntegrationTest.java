package org.redline.testing;

import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the tests that run the whole service over real HTTP on a real database (H2 file, or
 * PostgreSQL when asked). Every such test shares one application context, with the fixtures loaded.
 * Tests create their own documents when they write, so they do not depend on one another.
 */
@Tag("database")
@ActiveProfiles("test")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class IntegrationTest {

    /** The Javers commits of one document (parameter: its slug); counted per document, as other tests' audits run beside. */
    protected static final String COMMITS_OF_DOCUMENT = """
            select count(*) from jv_commit c
            join jv_commit_property d on d.commit_fk = c.commit_pk and d.property_name = 'document' and d.property_value = ?""";

    @LocalServerPort
    protected int port;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", TestDatabase::url);
        registry.add("spring.datasource.username", TestDatabase::username);
        registry.add("spring.datasource.password", () -> "");
    }

    /** Anonymous: a reader. */
    protected Http http() {
        return new Http("http://localhost:" + port);
    }

    /**
     * Reads the document's audit log, which first audits every version recorded before the read: audits
     * run after the recording's transaction (issue 13), so a test that looks at Javers' tables asks first.
     */
    protected void auditDrained(String slug) {
        var log = http().get("/api/documents/" + slug + "/changes?size=1");
        if (log.status() != 200) {
            throw new AssertionError("reading the audit log of " + slug + ": " + log.status() + " " + log.body());
        }
    }

    /** Signed in as the test editor (HTTP Basic); writes send If-Match: * unless a test sets its own. */
    protected Http editor() {
        return new Http("http://localhost:" + port).withBasic("test-editor", "test-editor").withDefaultIfMatch("*");
    }
}
