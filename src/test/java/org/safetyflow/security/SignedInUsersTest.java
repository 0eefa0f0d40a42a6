package org.safetyflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class SignedInUsersTest {

    static final SignedInUsers.SignedIn CLERK = new SignedInUsers.SignedIn(List.of("complaint-clerk"), List.of("370405"));

    MutableClock clock = new MutableClock();
    SignedInUsers users = new SignedInUsers(5, clock);

    @Test
    void shouldRecallASignInWithTheSamePasswordOnlyUntilItExpires() {
        users.remember("clerk", "Right#Pass1", CLERK, users.generation());

        assertThat(users.recall("clerk", "Right#Pass1")).isEqualTo(CLERK);
        assertThat(users.recall("clerk", "Wrong#Pass1")).isNull();
        assertThat(users.recall("someone-else", "Right#Pass1")).isNull();
        clock.advance(Duration.ofMillis(4_999));
        assertThat(users.recall("clerk", "Right#Pass1")).isEqualTo(CLERK);
        clock.advance(Duration.ofMillis(1));
        assertThat(users.recall("clerk", "Right#Pass1")).isNull();
    }

    @Test
    void shouldForgetEverySignInWhenTheIdentitiesChange() {
        users.remember("clerk", "Right#Pass1", CLERK, users.generation());

        users.forgetAll();

        assertThat(users.recall("clerk", "Right#Pass1")).isNull();
    }

    @Test
    void shouldNotRememberALookupThatAChangeOvertook() {
        long before = users.generation();
        users.forgetAll(); // a membership changed while the user was being looked up

        users.remember("clerk", "Right#Pass1", CLERK, before);

        assertThat(users.recall("clerk", "Right#Pass1")).isNull();
    }

    @Test
    void shouldRememberNothingWhenSwitchedOff() {
        SignedInUsers off = new SignedInUsers(0, clock);

        off.remember("clerk", "Right#Pass1", CLERK, off.generation());

        assertThat(off.recall("clerk", "Right#Pass1")).isNull();
    }

    static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-12-01T00:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
