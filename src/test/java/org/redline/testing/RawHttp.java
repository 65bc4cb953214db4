package org.redline.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Requests written byte for byte over a socket, for what java.net.http will not send: a forged Host
 * header, a chunked body of a chosen size, a multipart body cut short. The service closes the connection
 * after answering ({@code Connection: close} is always sent).
 */
public final class RawHttp {

    private RawHttp() {
    }

    public record Answer(int status, String head, String body) {
        public String header(String name) {
            for (var line : head.split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).equalsIgnoreCase(name)) {
                    return line.substring(colon + 1).strip();
                }
            }
            return null;
        }
    }

    /** Sends the head (request line and headers, without the blank line), then the body as given. */
    public static Answer send(int port, String head, byte[] body) {
        try (var socket = new Socket("localhost", port)) {
            socket.setSoTimeout(30_000);
            var out = socket.getOutputStream();
            out.write((head + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            try {
                out.write(body);
                out.flush();
            } catch (IOException e) {
                // the service may answer (413) and close before the whole body is written
            }
            var bytes = new ByteArrayOutputStream();
            try {
                socket.getInputStream().transferTo(bytes);
            } catch (IOException e) {
                // a reset after the answer arrived
            }
            var raw = bytes.toByteArray();
            int end = indexOf(raw, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), 0);
            var responseHead = new String(raw, 0, end < 0 ? raw.length : end, StandardCharsets.ISO_8859_1);
            var rest = end < 0 ? new byte[0] : java.util.Arrays.copyOfRange(raw, end + 4, raw.length);
            var status = Integer.parseInt(responseHead.split(" ", 3)[1]);
            var chunkedAnswer = responseHead.toLowerCase(Locale.ROOT).contains("transfer-encoding: chunked");
            return new Answer(status, responseHead, new String(chunkedAnswer ? unchunk(rest) : rest, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A body sent with Transfer-Encoding: chunked, in chunks of 64 KiB. */
    public static byte[] chunked(byte[] body) {
        var out = new ByteArrayOutputStream();
        for (int at = 0; at < body.length; at += 65536) {
            int n = Math.min(65536, body.length - at);
            out.writeBytes((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.write(body, at, n);
            out.writeBytes("\r\n".getBytes(StandardCharsets.ISO_8859_1));
        }
        out.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        return out.toByteArray();
    }

    private static byte[] unchunk(byte[] body) {
        var out = new ByteArrayOutputStream();
        var crlf = "\r\n".getBytes(StandardCharsets.ISO_8859_1);
        int at = 0;
        while (at < body.length) {
            int lineEnd = indexOf(body, crlf, at);
            if (lineEnd < 0) {
                break;
            }
            int size = Integer.parseInt(new String(body, at, lineEnd - at, StandardCharsets.ISO_8859_1).split(";")[0].strip(), 16);
            if (size == 0) {
                break;
            }
            out.write(body, lineEnd + 2, Math.min(size, body.length - lineEnd - 2));
            at = lineEnd + 2 + size + 2;
        }
        return out.toByteArray();
    }

    private static int indexOf(byte[] haystack, byte[] needle, int from) {
        outer:
        for (int i = from; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
