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

    /** Signed in as the test editor (HTTP Basic); writes send If-Match: * unless a test sets its own. */
    protected Http editor() {
        return new Http("http://localhost:" + port).withBasic("test-editor", "test-editor").withDefaultIfMatch("*");
    }
}
