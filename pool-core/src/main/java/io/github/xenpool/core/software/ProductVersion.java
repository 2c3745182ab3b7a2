package io.github.xenpool.core.software;

import io.github.xenpool.core.internal.Text;
import java.util.Arrays;
import java.util.Objects;

/**
 * A XenServer / XCP-ng product version such as {@code 5.6.100} or {@code 8.2.1}: one to four
 * dot-separated non-negative numbers. Versions compare number by number, a missing number
 * counting as 0, so {@code 5.6} equals {@code 5.6.0}.
 */
public final class ProductVersion implements Comparable<ProductVersion> {

    private final int[] parts;
    private final String text;

    private ProductVersion(int[] parts, String text) {
        this.parts = parts;
        this.text = text;
    }

    /**
     * Reads a product version.
     *
     * @param text one to four dot-separated numbers, such as {@code 5.6.100}
     * @return the version
     * @throws IllegalArgumentException if the text is not in that form; the message quotes it
     */
    public static ProductVersion parse(String text) {
        Objects.requireNonNull(text, "text");
        String[] pieces = text.split("\\.", -1);
        if (text.isEmpty() || pieces.length > 4) {
            throw invalid(text);
        }
        int[] parts = new int[pieces.length];
        for (int i = 0; i < pieces.length; i++) {
            String piece = pieces[i];
            if (piece.isEmpty() || piece.length() > 6 || !piece.chars().allMatch(c -> c >= '0' && c <= '9')) {
                throw invalid(text);
            }
            parts[i] = Integer.parseInt(piece);
        }
        return new ProductVersion(parts, text);
    }

    private static IllegalArgumentException invalid(String text) {
        return new IllegalArgumentException("invalid product version " + Text.quoted(text)
                + "; expected 1 to 4 dot-separated numbers such as 5.6.100");
    }

    /**
     * Returns the number at a position, 0 beyond the last.
     *
     * @param index 0 for the major number, 1 for the minor …
     * @return the number
     */
    public int part(int index) {
        return index < parts.length ? parts[index] : 0;
    }

    @Override
    public int compareTo(ProductVersion other) {
        int longest = Math.max(parts.length, Objects.requireNonNull(other, "other").parts.length);
        for (int i = 0; i < longest; i++) {
            int c = Integer.compare(part(i), other.part(i));
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof ProductVersion && compareTo((ProductVersion) obj) == 0;
    }

    @Override
    public int hashCode() {
        int end = parts.length;
        while (end > 0 && parts[end - 1] == 0) {
            end--;
        }
        return Arrays.hashCode(Arrays.copyOf(parts, end));
    }

    /**
     * Returns the version as it was written.
     *
     * @return for example {@code 5.6.100}
     */
    @Override
    public String toString() {
        return text;
    }
}
