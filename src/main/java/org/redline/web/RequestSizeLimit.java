package org.redline.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Caps every request body (JSON, text, forms, uploads), not only multipart: a declared length over
 * the cap is refused at once with 413, and a chunked body is cut off as soon as it passes the cap.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class RequestSizeLimit extends OncePerRequestFilter {

    private final long maxBytes;

    RequestSizeLimit(@Value("${redline.limits.max-request-bytes:4194304}") long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > maxBytes) {
            tooLarge(response);
            return;
        }
        var limited = new LimitedRequest(request, maxBytes);
        try {
            chain.doFilter(limited, response);
        } catch (Exception e) {
            if (limited.exceeded && !response.isCommitted()) {
                response.reset();
                tooLarge(response);
                return;
            }
            throw e;
        }
        if (limited.exceeded && !response.isCommitted()) {
            response.reset();
            tooLarge(response);
        }
    }

    private void tooLarge(HttpServletResponse response) throws IOException {
        response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getWriter().write("{\"type\":\"/problems/too-large\",\"title\":\"Request too large\",\"status\":413,"
                + "\"detail\":\"Request bodies are limited to " + maxBytes + " bytes\",\"where\":\"body\"}");
    }

    /** Whether a failure to read a body came from passing the cap (whatever wrapped it on the way up). */
    public static boolean exceeded(Throwable failure) {
        for (var cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof TooLarge || cause instanceof org.springframework.web.multipart.MaxUploadSizeExceededException) {
                return true;
            }
        }
        return false;
    }

    private static final class TooLarge extends IOException {
        TooLarge(long maxBytes) {
            super("Request body larger than " + maxBytes + " bytes");
        }
    }

    private static final class LimitedRequest extends HttpServletRequestWrapper {
        private final long maxBytes;
        private ServletInputStream stream;
        private boolean exceeded;

        LimitedRequest(HttpServletRequest request, long maxBytes) {
            super(request);
            this.maxBytes = maxBytes;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                var inner = super.getInputStream();
                stream = new ServletInputStream() {
                    private long read;

                    @Override
                    public int read() throws IOException {
                        int b = inner.read();
                        if (b >= 0) {
                            count(1);
                        }
                        return b;
                    }

                    @Override
                    public int read(byte[] buffer, int offset, int length) throws IOException {
                        int n = inner.read(buffer, offset, length);
                        if (n > 0) {
                            count(n);
                        }
                        return n;
                    }

                    private void count(int n) throws IOException {
                        read += n;
                        if (read > maxBytes) {
                            exceeded = true;
                            throw new TooLarge(maxBytes);
                        }
                    }

                    @Override
                    public boolean isFinished() {
                        return inner.isFinished();
                    }

                    @Override
                    public boolean isReady() {
                        return inner.isReady();
                    }

                    @Override
                    public void setReadListener(ReadListener listener) {
                        inner.setReadListener(listener);
                    }
                };
            }
            return stream;
        }
    }
}
