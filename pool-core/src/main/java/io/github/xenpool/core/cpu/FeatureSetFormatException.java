package io.github.xenpool.core.cpu;

import io.github.xenpool.core.internal.Text;

/**
 * Thrown when a featureset string is not in xapi's format. The message quotes the input, escaped,
 * and points at the first character that is wrong; of a long input it quotes only the part around
 * that character and says how long the input is. {@link #input()} has it whole.
 */
public final class FeatureSetFormatException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** The rejected input. */
    private final String input;

    /** Zero-based position of the first bad character ({@code input.length()} at the end). */
    private final int position;

    FeatureSetFormatException(String input, int position, String problem) {
        super("malformed featureset " + Text.excerpt(input, position) + " at position " + position + ": " + problem
                + " (expected 1 to " + FeatureSet.MAX_WORDS
                + " words of 8 hex digits joined by '-', e.g. 078bfbfd-00982201)");
        this.input = input;
        this.position = position;
    }

    /**
     * Returns the rejected input.
     *
     * @return the string as given
     */
    public String input() {
        return input;
    }

    /**
     * Returns the position of the first bad character.
     *
     * @return a zero-based index; the input's length when the input ended too early
     */
    public int position() {
        return position;
    }
}
