package org.safetyflow.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.safetyflow.audit.AuditLinks.Seal;
import org.safetyflow.audit.AuditPending.Pending;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tamper evidence for case files. Each timeline event, once it happened, is sealed into a per-case
 * hash chain: {@code eventHash = SHA-256(canonical JSON of the event's immutable facts)},
 * {@code chainHash = SHA-256(previous chainHash || eventHash)}, one fixed-size link per event
 * ({@link AuditLinks}). Sealing a case reads its events from its seal point on (or from the earliest
 * moment the work waiting for it may have written), not its whole history, appends those the chain does not
 * hold yet, and deletes that work in the same transaction. {@link ChainVerification} answers whether the case is intact.
 *
 * <p>What it proves: history rows of a sealed event were not changed or deleted afterwards by someone
 * who did not also rewrite the chain. What it cannot prove alone: an attacker with write access to
 * the database can recompute the chain too. Publishing each day's chain heads outside the database
 * (e.g. as a notice, or to another authority) anchors them; see docs/audit.md.
 */
@Component
public class AuditChain {

    private static final ObjectMapper CANONICAL = new ObjectMapper().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true)
            .findAndRegisterModules();

    private final Timelines timelines;
    private final AuditLinks links;
    private final AuditPending pending;
    private final ChainVerification verification;
    private final TransactionTemplate transaction;

    AuditChain(Timelines timelines, AuditLinks links, AuditPending pending, ChainVerification verification, PlatformTransactionManager transactions) {
        this.timelines = timelines;
        this.links = links;
        this.pending = pending;
        this.verification = verification;
        this.transaction = new TransactionTemplate(transactions);
    }

    /**
     * Seals, in one transaction, the case's events that its chain does not hold yet, and deletes the work that
     * waited for them (keeping, as evidence, the rows of comments that are gone); returns how many it sealed.
     */
    public int seal(HistoricProcessInstance instance) {
        return transaction.execute(status -> {
            String caseNumber = instance.getBusinessKey();
            List<Pending> claimed = pending.claim(instance.getId(), caseNumber);
            if (caseNumber == null) {
                pending.sealed(claimed); // not a case: nothing to seal
                return 0;
            }
            Seal seal = links.lock(caseNumber, instance.getId());
            Instant from = windowStart(seal, claimed);
            // Work naming a comment reads the whole case: a comment may be added to a task that ended long before.
            boolean comments = claimed.stream().anyMatch(row -> row.commentId() != null);
            List<TimelineEvent> events = comments ? timelines.of(instance) : timelines.since(instance, from);
            Set<ByteBuffer> sealed = links.sealedHashes(seal);
            List<byte[]> hashes = new ArrayList<>();
            Instant through = seal.sealedThrough();
            for (TimelineEvent event : events) {
                Instant time = event.time().toInstant();
                byte[] hash = from == null || !time.isBefore(from) ? hash(event) : null;
                if (hash != null && sealed.add(ByteBuffer.wrap(hash))) {
                    hashes.add(hash);
                    through = through == null || time.isAfter(through) ? time : through;
                }
            }
            if (!hashes.isEmpty()) {
                links.append(seal, hashes, through);
            }
            Set<String> ids = events.stream().map(TimelineEvent::id).collect(Collectors.toSet());
            Map<Boolean, List<Pending>> gone = claimed.stream()
                    .collect(Collectors.partitioningBy(row -> row.commentId() != null && !ids.contains("comment:" + row.commentId())));
            pending.missing(gone.get(true));
            pending.sealed(gone.get(false));
            return hashes.size();
        });
    }

    /** {@code {"intact": …, "status": …}}: the answer of {@code GET .../verify} (contract §7). */
    public Map<String, Object> verify(HistoricProcessInstance instance) {
        return verification.verify(instance);
    }

    /**
     * Where sealing starts: at the case's seal point, or earlier where a transaction that committed late wrote
     * events before it; everywhere the first time (null), so that a chain continued from sf_audit_chain, or a
     * case whose work was lost before the compact chain, is completed.
     */
    private static Instant windowStart(Seal seal, List<Pending> claimed) {
        Instant from = seal.sealedThrough();
        if (from == null) {
            return null;
        }
        for (Pending row : claimed) {
            if (row.since().isBefore(from)) {
                from = row.since();
            }
        }
        return from;
    }

    static byte[] hash(TimelineEvent event) {
        try {
            return sha256(CANONICAL.writeValueAsString(event.canonical()).getBytes(StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("event " + event.id() + " has no canonical form", e);
        }
    }

    /** A link's chain hash: SHA-256 of the previous link's chain hash followed by the event's hash. */
    static byte[] link(byte[] previous, byte[] eventHash) {
        byte[] both = new byte[previous.length + eventHash.length];
        System.arraycopy(previous, 0, both, 0, previous.length);
        System.arraycopy(eventHash, 0, both, previous.length, eventHash.length);
        return sha256(both);
    }

    /** The chain hash of sf_audit_chain (before the compact chain), hex over text. */
    static String oldLink(String previous, String eventId, String eventHash) {
        return HexFormat.of().formatHex(sha256((previous + "|" + eventId + "|" + eventHash).getBytes(StandardCharsets.UTF_8)));
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
