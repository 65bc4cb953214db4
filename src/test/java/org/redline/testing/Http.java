package org.redline.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A small real-HTTP client for tests: every call goes over a socket to the running service. */
public final class Http {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private final String base;
    private final String authorization;
    private final String defaultIfMatch;

    public Http(String base) {
        this(base, null, null);
    }

    private Http(String base, String authorization, String defaultIfMatch) {
        this.base = base;
        this.authorization = authorization;
        this.defaultIfMatch = defaultIfMatch;
    }

    public Http withBasic(String user, String password) {
        var encoded = java.util.Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return new Http(base, "Basic " + encoded, defaultIfMatch);
    }

    public Http withBearer(String token) {
        return new Http(base, "Bearer " + token, defaultIfMatch);
    }

    /** If-Match sent on writes that do not set their own. */
    public Http withDefaultIfMatch(String ifMatch) {
        return new Http(base, authorization, ifMatch);
    }

    public record Response(int status, String contentType, String body, java.net.http.HttpHeaders headers) {
        public JsonNode json() {
            return JsonMapper.shared().readTree(body);
        }

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }

    public Response get(String path, String... headers) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET(), headers);
    }

    /** A download: the status, the headers and the body as bytes (a file, not text). */
    public record Download(int status, byte[] body, java.net.http.HttpHeaders headers) {
        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }

    public Download download(String path, String... headers) {
        var builder = HttpRequest.newBuilder(URI.create(base + path)).GET();
        for (int i = 0; i + 1 < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        try {
            var response = CLIENT.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Download(response.statusCode(), response.body(), response.headers());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Response post(String path, String contentType, String body, String... headers) {
        return post(path, contentType, body.getBytes(StandardCharsets.UTF_8), headers);
    }

    public Response post(String path, String contentType, byte[] body, String... headers) {
        var builder = HttpRequest.newBuilder(URI.create(base + path)).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        return send(builder, headers);
    }

    public Response patch(String path, String contentType, String body, String... headers) {
        var builder = HttpRequest.newBuilder(URI.create(base + path))
                .method("PATCH", HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        return send(builder, headers);
    }

    private Response send(HttpRequest.Builder builder, String... headers) {
        boolean ifMatchGiven = false;
        for (int i = 0; i + 1 < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
            ifMatchGiven |= headers[i].equalsIgnoreCase("If-Match");
        }
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        var request = builder.build();
        if (defaultIfMatch != null && !ifMatchGiven && !request.method().equals("GET")) {
            builder.header("If-Match", defaultIfMatch);
        }
        try {
            var response = CLIENT.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body(), response.headers());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
