package org.safetyflow.audit;

import java.nio.ByteBuffer;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.safetyflow.audit.AuditLinks.Link;
import org.safetyflow.audit.AuditLinks.OldLink;
import org.safetyflow.audit.AuditLinks.Seal;
import org.safetyflow.audit.AuditPending.Pending;
import org.safetyflow.storage.Database;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Whether a case's recorded history is still what was sealed (contract §7): recomputes every event of the
 * case from the engine's history and SafetyFlow's records, walks the chain (the links sealed before the
 * compact chain by event id, the compact links by event hash), and compares the variables' final values
 * with their last recorded updates. {@code status} is {@code TAMPERED} when anything differs,
 * {@code NOT_YET_SEALED} while events or work wait to be sealed, {@code INTACT} otherwise; {@code intact} is
 * true for {@code INTACT} only. Everything is read in one snapshot, so that a seal committing meanwhile is
 * seen whole or not at all.
 */
@Component
class ChainVerification {

    private static final int MAX_PROBLEMS = 50;

    private final Timelines timelines;
    private final AuditLinks links;
    private final AuditPending pending;
    private final VariableChanges variables;
    private final TransactionTemplate snapshot;

    ChainVerification(Timelines timelines, AuditLinks links, AuditPending pending, VariableChanges variables,
            PlatformTransactionManager transactions) {
        this.timelines = timelines;
        this.links = links;
        this.pending = pending;
        this.variables = variables;
        this.snapshot = new TransactionTemplate(transactions);
        snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
    }

    Map<String, Object> verify(HistoricProcessInstance instance) {
        return snapshot.execute(status -> check(instance));
    }

    private Map<String, Object> check(HistoricProcessInstance instance) {
        String caseNumber = instance.getBusinessKey();
        List<Pending> work = pending.of(instance.getId(), caseNumber);
        Optional<Seal> seal = links.find(caseNumber);
        List<OldLink> old = links.oldChain(caseNumber);
        List<Link> chain = seal.map(links::links).orElse(List.of());
        List<TimelineEvent> events = timelines.of(instance);
        Map<String, TimelineEvent> byId = new LinkedHashMap<>();
        events.forEach(event -> byId.put(event.id(), event));
        SealFindings findings = new SealFindings(byId);

        String oldHead = walkOldChain(old, byId, findings);
        Walk walk = seal.map(found -> walkChain(found, old, oldHead, chain, events, findings)).orElse(new Walk(AuditLinks.bytes(oldHead), List.of()));
        Instant sealPoint = seal.map(Seal::sealedThrough).orElse(null);
        explainUnmatched(walk.unmatched(), events, sealPoint, bound(sealPoint, work), findings);
        for (Pending row : work) {
            if (row.commentId() != null && (row.missingSince() != null || !byId.containsKey("comment:" + row.commentId()))) {
                findings.add(SealProblem.PENDING_EVENT_MISSING, null, "comment:" + row.commentId());
            }
        }
        for (VariableChanges.FinalValue value : variables.finalValuesDiffering(instance)) {
            findings.add(SealProblem.VALUE_MODIFIED, null, value.eventId()).put("variable", value.variable());
        }

        long unsealed = events.stream().filter(event -> !findings.isSealed(event.id())).count();
        long waiting = work.stream().filter(row -> row.missingSince() == null).count();
        SealStatus status = findings.any() ? SealStatus.TAMPERED : unsealed > 0 || waiting > 0 ? SealStatus.NOT_YET_SEALED : SealStatus.INTACT;
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("intact", status == SealStatus.INTACT);
        answer.put("status", status.name());
        answer.put("statusText", status.text());
        answer.put("sealedEvents", old.size() + chain.size());
        answer.put("unsealedEvents", unsealed);
        answer.put("pendingChanges", waiting);
        if (sealPoint != null) {
            answer.put("sealedThrough", Database.shanghai(Timestamp.from(sealPoint)));
        }
        answer.put("chainHead", HexFormat.of().formatHex(walk.head()));
        if (findings.any()) {
            List<Map<String, Object>> problems = findings.inOrder();
            answer.put("firstDifference", problems.get(0));
            answer.put("problems", problems.subList(0, Math.min(problems.size(), MAX_PROBLEMS)));
        }
        return answer;
    }

    /** The links sealed before the compact chain, by event id as they were sealed; returns their head (hex). */
    private static String walkOldChain(List<OldLink> old, Map<String, TimelineEvent> byId, SealFindings findings) {
        String head = "";
        for (OldLink link : old) {
            TimelineEvent event = byId.get(link.eventId());
            if (!AuditChain.oldLink(head, link.eventId(), link.eventHash()).equals(link.chainHash())) {
                findings.add(SealProblem.CHAIN_BROKEN, link.seq(), link.eventId());
            } else if (event == null) {
                findings.add(SealProblem.EVENT_MISSING, link.seq(), link.eventId());
            } else if (!HexFormat.of().formatHex(AuditChain.hash(event)).equals(link.eventHash())) {
                findings.add(SealProblem.EVENT_MODIFIED, link.seq(), link.eventId());
            }
            findings.sealed(link.eventId());
            head = link.chainHash();
        }
        return head;
    }

    /** The compact links, from the old chain's head on, matched to the events by hash; and the head the case row records. */
    private static Walk walkChain(Seal seal, List<OldLink> old, String oldHead, List<Link> chain, List<TimelineEvent> events,
            SealFindings findings) {
        Map<ByteBuffer, TimelineEvent> byHash = new HashMap<>();
        events.forEach(event -> byHash.put(ByteBuffer.wrap(AuditChain.hash(event)), event));
        if (old.size() < seal.oldLinks()) {
            findings.add(SealProblem.CHAIN_TRUNCATED, old.size() + 1, null);
        }
        byte[] head = AuditLinks.bytes(oldHead);
        int seq = old.isEmpty() ? 0 : old.get(old.size() - 1).seq();
        List<Integer> unmatched = new ArrayList<>();
        for (Link link : chain) {
            if (link.seq() != seq + 1 || !Arrays.equals(AuditChain.link(head, link.eventHash()), link.chainHash())) {
                findings.add(SealProblem.CHAIN_BROKEN, link.seq(), null);
            }
            TimelineEvent event = byHash.get(ByteBuffer.wrap(link.eventHash()));
            if (event == null) {
                unmatched.add(link.seq());
            } else {
                findings.sealed(event.id());
            }
            head = link.chainHash();
            seq = link.seq();
        }
        if (seq < seal.headSeq()) {
            findings.add(SealProblem.CHAIN_TRUNCATED, seq + 1, null);
        } else if (!Arrays.equals(head, seal.headHash())) {
            findings.add(SealProblem.CHAIN_BROKEN, seq, null);
        }
        return new Walk(head, unmatched);
    }

    /**
     * A link whose event is no longer found: the event was changed (its changed form is an unsealed event from before
     * the seal point) or deleted. An unsealed event from before the bound, which no waiting work may have written, was
     * never sealed.
     */
    private static void explainUnmatched(List<Integer> unmatched, List<TimelineEvent> events, Instant sealPoint, Instant bound,
            SealFindings findings) {
        if (sealPoint == null) {
            unmatched.forEach(link -> findings.add(SealProblem.EVENT_MISSING, link, null));
            return;
        }
        List<TimelineEvent> candidates = new ArrayList<>(events.stream()
                .filter(event -> !findings.isSealed(event.id()) && !event.time().toInstant().isAfter(sealPoint)).toList());
        candidates.sort(Comparator.comparing((TimelineEvent event) -> !event.time().toInstant().isBefore(bound)));
        for (int link : unmatched) {
            if (candidates.isEmpty()) {
                findings.add(SealProblem.EVENT_MISSING, link, null);
            } else {
                TimelineEvent changed = candidates.remove(0);
                findings.add(SealProblem.EVENT_MODIFIED, link, changed.id());
                findings.sealed(changed.id());
            }
        }
        // Strictly before: an event written after the case ended shows at its end, which may be the seal point itself.
        candidates.stream().filter(event -> event.time().toInstant().isBefore(bound))
                .forEach(event -> findings.add(SealProblem.EVENT_UNRECORDED, null, event.id()));
    }

    /** Up to when every event must be sealed: the seal point, or earlier where waiting work may have written events before it. */
    private static Instant bound(Instant sealPoint, List<Pending> work) {
        Instant bound = sealPoint == null ? Instant.MIN : sealPoint;
        for (Pending row : work) {
            if (row.missingSince() == null && row.since().isBefore(bound)) {
                bound = row.since();
            }
        }
        return bound;
    }

    /** Where a walk along the chain ended, and the links whose event it did not find. */
    private record Walk(byte[] head, List<Integer> unmatched) {
    }
}
