package io.github.xenpool.core.xapi.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The bytes of a document as a parser reads them, watched: whether the parser came to their end,
 * whether the last of them other than white space close the document (to tell a document cut
 * short from one that is only malformed), and the exception of a failed read, which a parser
 * would wrap in its own. The stream is left open when the parser closes it: it is the caller's.
 */
@API(status = INTERNAL, since = "0.2.0")
public final class TrackedInput extends FilterInputStream {

    private final byte[] closing;
    /** The last bytes read that are not white space, right-aligned, the latest at the end. */
    private final byte[] tail;
    private final byte[] found;
    private int tailLength;
    private long length;
    private boolean atEnd;
    private IOException failure;

    /**
     * Watches a stream.
     *
     * @param in the stream
     * @param closing what a whole document ends with, such as {@code </database>}, in ASCII
     */
    public TrackedInput(InputStream in, String closing) {
        super(Objects.requireNonNull(in, "in"));
        this.closing = closing.getBytes(StandardCharsets.US_ASCII);
        this.tail = new byte[this.closing.length];
        this.found = new byte[this.closing.length];
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] bytes, int offset, int count) throws IOException {
        int n;
        try {
            n = super.read(bytes, offset, count);
        } catch (IOException e) {
            failure = e;
            throw e;
        }
        if (n < 0) {
            atEnd = true;
        } else {
            note(bytes, offset, n);
            length += n;
        }
        return n;
    }

    /** Reads rather than skips, so that the bytes skipped are watched too. */
    @Override
    public long skip(long n) throws IOException {
        byte[] skipped = new byte[(int) Math.max(0, Math.min(n, 8192))];
        return Math.max(0, read(skipped, 0, skipped.length));
    }

    /** Leaves the stream open: the JDK's parser closes it at the end of the document. */
    @Override
    public void close() {
        // The caller closes the stream.
    }

    /** Keeps the last bytes of a read that are not white space, looking at no more than those. */
    private void note(byte[] bytes, int offset, int n) {
        int count = 0;
        for (int i = offset + n - 1; i >= offset && count < closing.length; i--) {
            byte b = bytes[i];
            if (b != ' ' && b != '\t' && b != '\n' && b != '\r') {
                found[closing.length - 1 - count] = b;
                count++;
            }
        }
        if (count > 0) {
            int kept = Math.min(tailLength, closing.length - count);
            System.arraycopy(tail, closing.length - kept, tail, closing.length - count - kept, kept);
            System.arraycopy(found, closing.length - count, tail, closing.length - count, count);
            tailLength = kept + count;
        }
    }

    /**
     * Returns the exception of a read that failed.
     *
     * @return the exception, or null if every read succeeded
     */
    public IOException failure() {
        return failure;
    }

    /**
     * Tells whether a read came to the end of the stream.
     *
     * @return true once a read returned -1
     */
    public boolean atEnd() {
        return atEnd;
    }

    /**
     * Returns how many bytes were read.
     *
     * @return the count
     */
    public long length() {
        return length;
    }

    /**
     * Tells whether the last bytes read other than white space are the closing given.
     *
     * @return true if they are, so that the document was not cut short
     */
    public boolean endsWithClosing() {
        return tailLength == closing.length && Arrays.equals(tail, closing);
    }
}
