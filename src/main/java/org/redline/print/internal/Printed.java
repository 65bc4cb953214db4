package org.redline.print.internal;

/** A file made for download: its bytes, the name to save it under and its media type. */
public record Printed(byte[] body, String filename, PrintFormat format) {
}
