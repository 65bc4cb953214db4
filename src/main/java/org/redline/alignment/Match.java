package org.redline.alignment;

/**
 * How one draft point got its key.
 *
 * @param index the point's place in the draft (0-based)
 * @param baseKey the base point it continues, or null when it is new
 * @param score confidence in [0, 1]; 1 for an explicit key
 * @param reason {@code key}, {@code category}, {@code number}, {@code text} or {@code new}
 */
public record Match(int index, String key, String baseKey, double score, String reason) {
}
