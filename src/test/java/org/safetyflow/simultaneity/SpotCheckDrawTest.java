package org.safetyflow.simultaneity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** The replayable 抽查 draw: the same seed and case always draw the same; the share holds over many cases. */
class SpotCheckDrawTest {

    @Property
    void shouldDrawTheSameForTheSameSeedAndCase(@ForAll @LongRange(min = 0) long seed, @ForAll @StringLength(min = 1, max = 30) String caseNumber,
            @ForAll @IntRange(min = 10, max = 100) int percent) {
        assertThat(SpotCheckDraw.drawn(seed, caseNumber, percent)).isEqualTo(SpotCheckDraw.drawn(seed, caseNumber, percent));
        assertThat(SpotCheckDraw.ticket(seed, caseNumber)).isBetween(0, 99);
        assertThat(SpotCheckDraw.drawn(seed, caseNumber, percent)).isEqualTo(SpotCheckDraw.ticket(seed, caseNumber) < percent);
    }

    @Property(tries = 20)
    void shouldDrawAboutTheShareOfManyCases(@ForAll @LongRange(min = 0) long seed, @ForAll @IntRange(min = 10, max = 60) int percent) {
        int drawn = 0;
        int cases = 4000;
        for (int i = 1; i <= cases; i++) {
            if (SpotCheckDraw.drawn(seed, String.format("STS-370405-2026-%06d", i), percent)) {
                drawn++;
            }
        }
        // 4,000 draws: the share is within 3 percentage points (more than 6 standard deviations at 60%).
        assertThat(drawn * 100.0 / cases).isCloseTo(percent, org.assertj.core.data.Offset.offset(3.0));
    }

    @Test
    void shouldGiveTheDocumentedTicketForAKnownSeedAndCase() {
        // docs/simultaneity.md: the first 8 bytes of SHA-256("seed|caseNumber") as an unsigned number, modulo 100.
        String digest = "%s".formatted(java.util.HexFormat.of().formatHex(sha256("20261130|STS-370405-2026-000001"))).substring(0, 16);
        int expected = (int) Long.remainderUnsigned(Long.parseUnsignedLong(digest, 16), 100);
        assertThat(SpotCheckDraw.ticket(20261130L, "STS-370405-2026-000001")).isEqualTo(expected);
    }

    @Test
    void shouldRefuseAShareBelowTheTenPercentTheRulesRequire() {
        assertThatThrownBy(() -> SpotCheckDraw.drawn(1, "STS-1", 9)).isInstanceOf(IllegalArgumentException.class);
        assertThat(SpotCheckDraw.drawn(1, "STS-1", 100)).isTrue();
        assertThat(SpotCheckDraw.newSeed()).isNotNegative();
    }

    private static byte[] sha256(String text) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
