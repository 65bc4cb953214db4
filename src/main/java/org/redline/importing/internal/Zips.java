package org.redline.importing.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipInputStream;

/** Telling zip-based files (Word, OpenDocument) apart by the entries they hold. */
final class Zips {

    private Zips() {
    }

    /** One entry's bytes, at most {@code limit} once inflated (a zip bomb stops there); null when absent. */
    static byte[] entry(byte[] body, String name, int limit) throws IOException {
        try (var zip = new ZipInputStream(new ByteArrayInputStream(body))) {
            for (var e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().equals(name)) {
                    var bytes = zip.readNBytes(limit + 1);
                    if (bytes.length > limit) {
                        throw new IOException(name + " is larger than " + limit / (1024 * 1024) + " MiB once unpacked");
                    }
                    return bytes;
                }
            }
            return null;
        } catch (IllegalArgumentException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    static boolean isZip(byte[] body) {
        return body.length > 4 && body[0] == 'P' && body[1] == 'K' && body[2] == 3 && body[3] == 4;
    }

    /** Whether the zip names that entry: names are stored uncompressed, so nothing is inflated to tell. */
    static boolean names(byte[] body, String entry) {
        return new String(body, StandardCharsets.ISO_8859_1).contains(entry);
    }
}
