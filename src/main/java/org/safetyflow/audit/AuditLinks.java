package org.safetyflow.audit;

import java.nio.ByteBuffer;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.safetyflow.storage.Database;
import org.springframework.stereotype.Component;

/**
 * The stored chains: per case a row with its numeric key, the head of its chain and its seal point
 * ({@code sf_audit_case}), and a fixed-size link per sealed event ({@code sf_audit_link}). A case sealed
 * before the compact chain keeps its links in {@code sf_audit_chain} (read only, never rewritten); its
 * chain goes on from their head.
 */
@Component
class AuditLinks {

    /** The "previous chain hash" of a case's first link when it has no older chain. */
    static final byte[] GENESIS = new byte[32];

    private final Database database;

    AuditLinks(Database database) {
        this.database = database;
    }

    Optional<Seal> find(String caseNumber) {
        return database.jdbc().query("select * from sf_audit_case where case_number = ?", AuditLinks::seal, caseNumber).stream().findFirst();
    }

    /**
     * The case's row, locked until the transaction ends (two sealers never append to one chain at once);
     * created the first time the case is sealed, continuing the case's older chain if it has one.
     */
    Seal lock(String caseNumber, String processInstanceId) {
        if (find(caseNumber).isEmpty()) {
            List<OldLink> old = oldChain(caseNumber);
            byte[] head = bytes(old.isEmpty() ? "" : old.get(old.size() - 1).chainHash());
            int headSeq = old.isEmpty() ? 0 : old.get(old.size() - 1).seq();
            database.insertIfAbsent("insert into sf_audit_case (case_number, process_instance_id, old_links, head_seq, head_hash) values (?, ?, ?, ?, ?)",
                    caseNumber, processInstanceId, old.size(), headSeq, head);
        }
        return database.jdbc().queryForObject("select * from sf_audit_case where case_number = ? for update", AuditLinks::seal, caseNumber);
    }

    List<Link> links(Seal seal) {
        return database.jdbc().query("select seq, event_hash, chain_hash from sf_audit_link where case_key = ? order by seq",
                (rs, row) -> new Link(rs.getInt(1), rs.getBytes(2), rs.getBytes(3)), seal.key());
    }

    /** The links of the case's chain from before the compact chain (sf_audit_chain), in order. */
    List<OldLink> oldChain(String caseNumber) {
        return database.jdbc().query("select seq, event_id, event_hash, chain_hash from sf_audit_chain where case_number = ? order by seq",
                (rs, row) -> new OldLink(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4)), caseNumber);
    }

    /** The event hashes sealed in the case's chain, old links included. */
    Set<ByteBuffer> sealedHashes(Seal seal) {
        Set<ByteBuffer> hashes = new HashSet<>();
        database.jdbc().query("select event_hash from sf_audit_link where case_key = ?", rs -> {
            hashes.add(ByteBuffer.wrap(rs.getBytes(1)));
        }, seal.key());
        if (seal.oldLinks() > 0) {
            oldChain(seal.caseNumber()).forEach(link -> hashes.add(ByteBuffer.wrap(bytes(link.eventHash()))));
        }
        return hashes;
    }

    /** An old link's chain hash as the compact chain goes on from it; the genesis for none (or for one that is not hex: verify says it is broken). */
    static byte[] bytes(String oldChainHash) {
        try {
            return oldChainHash.isEmpty() ? GENESIS : HexFormat.of().parseHex(oldChainHash);
        } catch (IllegalArgumentException notHex) {
            return GENESIS;
        }
    }

    /** Appends the events' hashes to the case's chain in one batch and moves its head and seal point. */
    void append(Seal seal, List<byte[]> eventHashes, Instant sealedThrough) {
        Timestamp now = Database.now();
        List<Object[]> rows = new ArrayList<>();
        byte[] previous = seal.headHash();
        int seq = seal.headSeq();
        for (byte[] eventHash : eventHashes) {
            byte[] chainHash = AuditChain.link(previous, eventHash);
            rows.add(new Object[] {seal.key(), now, ++seq, eventHash, chainHash});
            previous = chainHash;
        }
        database.jdbc().batchUpdate("insert into sf_audit_link (case_key, sealed_at, seq, event_hash, chain_hash) values (?, ?, ?, ?, ?)", rows);
        database.jdbc().update("update sf_audit_case set head_seq = ?, head_hash = ?, sealed_through = ? where case_key = ?", seq, previous,
                Timestamp.from(sealedThrough), seal.key());
    }

    private static Seal seal(ResultSet rs, int row) throws SQLException {
        Timestamp through = rs.getTimestamp("sealed_through");
        return new Seal(rs.getLong("case_key"), rs.getString("case_number"), rs.getString("process_instance_id"), rs.getInt("old_links"),
                rs.getInt("head_seq"), rs.getBytes("head_hash"), through == null ? null : through.toInstant());
    }

    /** A sealed case: its key, its chain's head, and its seal point (null until an event of it is sealed in this chain). */
    record Seal(long key, String caseNumber, String processInstanceId, int oldLinks, int headSeq, byte[] headHash, Instant sealedThrough) {
    }

    record Link(int seq, byte[] eventHash, byte[] chainHash) {
    }

    /** A link of sf_audit_chain: hex hashes, the event named by its id. */
    record OldLink(int seq, String eventId, String eventHash, String chainHash) {
    }
}
