package org.safetyflow.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.safetyflow.storage.Database;
import org.springframework.stereotype.Component;

/**
 * Tamper evidence for case files. Each timeline event, once it happened, is sealed into a per-case
 * hash chain: {@code eventHash = SHA-256(canonical JSON of the event's immutable facts)},
 * {@code chainHash = SHA-256(previous chainHash | event id | eventHash)}, appended to
 * {@code sf_audit_chain}. {@link #verify} recomputes every sealed event from the engine's history and
 * SafetyFlow's records and walks the chain: the first event that is gone or differs, or a link that
 * does not follow from the previous one, makes the case not intact.
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

    private final Database database;
    private final Timelines timelines;

    AuditChain(Database database, Timelines timelines) {
        this.database = database;
        this.timelines = timelines;
    }

    /** Appends the case's events that are not sealed yet, in timeline order; returns how many. */
    public synchronized int seal(HistoricProcessInstance instance) {
        String caseNumber = instance.getBusinessKey();
        if (caseNumber == null) {
            return 0;
        }
        List<Link> chain = chain(caseNumber);
        Map<String, Boolean> sealed = new HashMap<>();
        chain.forEach(link -> sealed.put(link.eventId(), true));
        String previous = chain.isEmpty() ? "" : chain.get(chain.size() - 1).chainHash();
        int seq = chain.size();
        int added = 0;
        for (TimelineEvent event : timelines.of(instance)) {
            if (sealed.containsKey(event.id())) {
                continue;
            }
            String eventHash = hash(event);
            String chainHash = sha256(previous + "|" + event.id() + "|" + eventHash);
            database.jdbc().update("insert into sf_audit_chain (case_number, seq, event_id, event_hash, chain_hash, sealed_at) values (?, ?, ?, ?, ?, ?)",
                    caseNumber, ++seq, event.id(), eventHash, chainHash, Database.now());
            previous = chainHash;
            added++;
        }
        return added;
    }

    /** Recomputes the sealed events and the chain; the answer of {@code GET .../verify}. */
    public Map<String, Object> verify(HistoricProcessInstance instance) {
        String caseNumber = instance.getBusinessKey();
        List<Link> chain = chain(caseNumber);
        Map<String, TimelineEvent> now = new LinkedHashMap<>();
        for (TimelineEvent event : timelines.of(instance)) {
            now.put(event.id(), event);
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        String previous = "";
        for (Link link : chain) {
            TimelineEvent event = now.get(link.eventId());
            String problem = null;
            if (!sha256(previous + "|" + link.eventId() + "|" + link.eventHash()).equals(link.chainHash())) {
                problem = "CHAIN_BROKEN";
            } else if (event == null) {
                problem = "EVENT_MISSING";
            } else if (!hash(event).equals(link.eventHash())) {
                problem = "EVENT_MODIFIED";
            }
            if (problem != null) {
                answer.put("intact", false);
                Map<String, Object> first = new LinkedHashMap<>();
                first.put("seq", link.seq());
                first.put("eventId", link.eventId());
                first.put("problem", problem);
                first.put("explanation", switch (problem) {
                    case "CHAIN_BROKEN" -> "审计链在此断开：该记录或其前一条记录的哈希被改动";
                    case "EVENT_MISSING" -> "已封存的事件在历史记录中不存在（被删除）";
                    default -> "已封存的事件与历史记录不一致（被修改）";
                });
                if (event != null) {
                    first.put("type", event.type());
                    first.put("time", event.time());
                    first.put("description", event.description());
                }
                answer.put("firstDifference", first);
                answer.put("sealedEvents", chain.size());
                return answer;
            }
            previous = link.chainHash();
        }
        answer.put("intact", true);
        answer.put("sealedEvents", chain.size());
        answer.put("unsealedEvents", now.keySet().stream().filter(id -> chain.stream().noneMatch(l -> l.eventId().equals(id))).count());
        answer.put("chainHead", previous);
        return answer;
    }

    private List<Link> chain(String caseNumber) {
        return database.jdbc().query("select seq, event_id, event_hash, chain_hash from sf_audit_chain where case_number = ? order by seq",
                (rs, row) -> new Link(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4)), caseNumber);
    }

    static String hash(TimelineEvent event) {
        try {
            return sha256(CANONICAL.writeValueAsString(event.canonical()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("event " + event.id() + " has no canonical form", e);
        }
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Link(int seq, String eventId, String eventHash, String chainHash) {
    }
}
