package org.safetyflow.simultaneity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;

/**
 * Whether a 竣工验收 report is drawn for the authority's 抽查 (《建设项目安全设施“三同时”监督管理办法》: at
 * least 10% of the reports, at random). The draw is replayable by anyone: the case records its seed, and
 * the case is drawn when {@code SHA-256(seed + "|" + caseNumber)}, its first 8 bytes read as an
 * unsigned big-endian number, modulo 100 is below the share in percent. docs/simultaneity.md shows
 * the same computation in a shell line.
 */
final class SpotCheckDraw {

    /** The least share the rules allow. */
    static final int MINIMUM_PERCENT = 10;

    private static final SecureRandom SEEDS = new SecureRandom();

    private SpotCheckDraw() {
    }

    /** A fresh seed, when the case brought none: positive, so it reads the same everywhere. */
    static long newSeed() {
        return SEEDS.nextLong() & Long.MAX_VALUE;
    }

    /** The draw's number for the case, 0–99: drawn when below the share. */
    static int ticket(long seed, String caseNumber) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((seed + "|" + caseNumber).getBytes(StandardCharsets.UTF_8));
            long value = 0;
            for (int i = 0; i < 8; i++) {
                value = (value << 8) | (digest[i] & 0xff);
            }
            return (int) Long.remainderUnsigned(value, 100);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    static boolean drawn(long seed, String caseNumber, int percent) {
        if (percent < MINIMUM_PERCENT || percent > 100) {
            throw new IllegalArgumentException("spot-check share must be 10–100 percent, was " + percent);
        }
        return ticket(seed, caseNumber) < percent;
    }
}
