package org.redline.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.redline.testing.Http;
import org.redline.testing.IntegrationTest;
import org.springframework.test.context.TestPropertySource;

/**
 * Failed sign-ins are throttled per account and per client address, over real HTTP, for Basic, Bearer
 * and the sign-in form. Its own application context: clients are told apart by X-Forwarded-For (the
 * proxy set-up docs/operations.md describes), and the buckets it empties stay away from other tests.
 * Tokens come back one at a time over the window (5 an hour per account: one each 12 minutes; 20 per
 * address: one each 3 minutes), so a busy machine cannot refill a bucket mid-test, as PT10M's 30 s did.
 */
@TestPropertySource(properties = {"server.forward-headers-strategy=native", "redline.sign-in.failures-per-account=5",
        "redline.sign-in.failures-per-address=20", "redline.sign-in.window=PT1H"})
class SignInThrottleTest extends IntegrationTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private Http.Response documents(Http client, String address) {
        return client.get("/api/documents", "X-Forwarded-For", address);
    }

    private Http.Response write(Http client, String address) {
        return client.post("/api/documents", "application/json", "{\"slug\": \"never\", \"title\": \"t\"}",
                "X-Forwarded-For", address, "If-Match", "*");
    }

    @Test
    void guessesAtOneAccountFromManyClientsAreCutOffAndTheRightPasswordWaitsToo() {
        var statuses = new ArrayList<Integer>();
        for (int guess = 0; guess < 16; guess++) {
            var answer = write(http().withBasic("test-editor", "guess-" + guess), "10.0.0." + (1 + guess % 8));
            statuses.add(answer.status());
            if (answer.status() == 429) {
                assertThat(answer.contentType()).startsWith("application/problem+json");
                assertThat(answer.json().get("type").asString()).isEqualTo("/problems/too-many-sign-in-attempts");
                assertThat(Long.parseLong(answer.header("Retry-After"))).isBetween(1L, 720L); // the wait for one account token
            }
        }
        assertThat(statuses.subList(0, 5)).containsOnly(401);
        assertThat(statuses.subList(5, 16)).containsOnly(429);
        // the right password, from a client that never guessed, is not tried while the account is throttled
        assertThat(write(http().withBasic("test-editor", "test-editor"), "10.0.0.99").status()).isEqualTo(429);
        // another account is not slowed by it
        assertThat(write(http().withBasic("test-reader", "test-reader"), "10.0.0.99").status()).isEqualTo(403);
    }

    @Test
    void guessesFromOneAddressAreCutOffForEveryAccountThere() {
        for (int guess = 0; guess < 20; guess++) {
            assertThat(documents(http().withBasic("ghost-" + guess, "nope"), "10.0.1.1").status()).isEqualTo(401);
        }
        assertThat(documents(http().withBasic("ghost-x", "nope"), "10.0.1.1").status()).isEqualTo(429);
        assertThat(documents(http().withBearer("test-editor-token"), "10.0.1.1").status()).isEqualTo(429);
        // readers without credentials are never throttled, nor are other addresses
        assertThat(documents(http(), "10.0.1.1").status()).isEqualTo(200);
        assertThat(documents(http().withBearer("test-editor-token"), "10.0.1.2").status()).isEqualTo(200);
    }

    @Test
    void wrongBearerTokensCountAgainstTheAddress() {
        for (int guess = 0; guess < 20; guess++) {
            assertThat(documents(http().withBearer("token-" + guess), "10.0.4.1").status()).isEqualTo(401);
        }
        assertThat(documents(http().withBearer("token-x"), "10.0.4.1").status()).isEqualTo(429);
    }

    @Test
    void successfulSignInsAreNeverThrottled() {
        for (int i = 0; i < 40; i++) {
            assertThat(write(http().withBasic("test-reader", "test-reader"), "10.0.3.1").status()).isEqualTo(403);
        }
    }

    @Test
    void theSignInFormIsThrottledToo() throws Exception {
        var client = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
        var statuses = new ArrayList<Integer>();
        HttpResponse<String> last = null;
        for (int guess = 0; guess < 7; guess++) {
            var form = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                    .header("X-Forwarded-For", "10.0.2.1").GET().build(), HttpResponse.BodyHandlers.ofString());
            var csrf = CSRF.matcher(form.body());
            assertThat(csrf.find()).isTrue();
            var body = "username=form-ghost&password=guess-" + guess + "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
            last = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded").header("X-Forwarded-For", "10.0.2.1")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            statuses.add(last.statusCode());
        }
        assertThat(statuses.subList(0, 5)).containsOnly(302);
        assertThat(statuses.subList(5, 7)).containsOnly(429);
        assertThat(last.headers().firstValue("Retry-After")).isPresent();
        assertThat(last.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
    }
}
