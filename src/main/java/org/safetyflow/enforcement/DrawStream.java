package org.safetyflow.enforcement;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;

/**
 * The random numbers of a draw, from its seed alone (docs/enforcement.md, 「抽取算法」): the bytes of
 * SHA-256("seed|label|0"), SHA-256("seed|label|1") … (UTF-8, the seed and the counter in decimal) read as
 * 32-bit unsigned big-endian numbers; a number in [0, n) is the first x below 2³² − (2³² mod n), modulo n —
 * rejection instead of a plain modulo, so that every value is exactly as likely.
 */
final class DrawStream {

    private static final long TWO_TO_32 = 1L << 32;

    private final String prefix;
    private long counter;
    private byte[] block = new byte[0];
    private int offset;

    DrawStream(long seed, String label) {
        this.prefix = seed + "|" + label + "|";
    }

    /** A number in [0, n), every one equally likely. */
    int below(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be at least 1, was " + n);
        }
        long limit = TWO_TO_32 - TWO_TO_32 % n;
        while (true) {
            long x = nextUnsigned32();
            if (x < limit) {
                return (int) (x % n);
            }
        }
    }

    /** The first {@code count} items of a Fisher–Yates shuffle of {@code items}, in the order drawn. */
    <T> List<T> pick(List<T> items, int count) {
        List<T> a = new ArrayList<>(items);
        for (int i = 0; i < count; i++) {
            int j = i + below(a.size() - i);
            T swapped = a.get(i);
            a.set(i, a.get(j));
            a.set(j, swapped);
        }
        return List.copyOf(a.subList(0, count));
    }

    private long nextUnsigned32() {
        if (offset == block.length) {
            block = sha256(prefix + counter++);
            offset = 0;
        }
        long x = 0;
        for (int i = 0; i < 4; i++) {
            x = (x << 8) | (block[offset++] & 0xff);
        }
        return x;
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
