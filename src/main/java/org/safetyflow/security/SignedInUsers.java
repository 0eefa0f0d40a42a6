package org.safetyflow.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Who signed in over HTTP Basic a moment ago, with which groups and tenants: every request of an API client signs in
 * again, and looking the user up costs four queries, each its own transaction (lock state, password, groups, tenants) —
 * more than the engine's own work on a task lookup (docs/benchmarks.md). A sign-in is remembered for
 * {@code safetyflow.security.signed-in-seconds} and reused only for the same password; any change to users, groups,
 * tenants or memberships on this node, and any failed password check (which may lock the user), forgets every one
 * at once ({@link IdentityChanges}). Another node's change takes effect here when the entry expires.
 *
 * <p>Passwords are not kept: only a salted SHA-256 of the one that was accepted, the salt drawn once per start.
 */
@Component
class SignedInUsers {

    /** Never more than this many remembered users; past it, all are forgotten (they sign in again). */
    private static final int MOST = 10_000;

    record SignedIn(List<String> groups, List<String> tenants) {
    }

    private record Entry(byte[] digest, SignedIn signedIn, long generation, long expiresAt) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();
    private final byte[] salt = new byte[16];
    private final long lifeMillis;
    private final Clock clock;

    @Autowired
    SignedInUsers(@Value("${safetyflow.security.signed-in-seconds:5}") int seconds) {
        this(seconds, Clock.systemUTC());
    }

    SignedInUsers(int seconds, Clock clock) {
        this.lifeMillis = seconds * 1000L;
        this.clock = clock;
        new SecureRandom().nextBytes(salt);
    }

    /** Taken before the user is looked up, and handed to {@link #remember}: a change meanwhile voids the lookup. */
    long generation() {
        return generation.get();
    }

    /** The user's groups and tenants if it signed in with this password a moment ago and nothing changed since. */
    SignedIn recall(String userId, String password) {
        Entry entry = entries.get(userId);
        if (entry == null) {
            return null;
        }
        if (entry.generation() != generation.get() || entry.expiresAt() <= clock.millis()) {
            entries.remove(userId, entry);
            return null;
        }
        return MessageDigest.isEqual(entry.digest(), digest(password)) ? entry.signedIn() : null;
    }

    void remember(String userId, String password, SignedIn signedIn, long generationBeforeLookup) {
        if (lifeMillis <= 0 || generationBeforeLookup != generation.get()) {
            return;
        }
        if (entries.size() >= MOST) {
            entries.clear();
        }
        entries.put(userId, new Entry(digest(password), signedIn, generationBeforeLookup, clock.millis() + lifeMillis));
    }

    /** Users, groups, tenants or memberships changed, or a password check failed: nobody is remembered. */
    void forgetAll() {
        generation.incrementAndGet();
        entries.clear();
    }

    private byte[] digest(String password) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(salt);
            return sha.digest(password.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
