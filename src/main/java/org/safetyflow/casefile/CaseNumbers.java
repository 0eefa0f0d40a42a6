package org.safetyflow.casefile;

import java.util.regex.Pattern;
import org.safetyflow.storage.Database;
import org.springframework.stereotype.Component;

/**
 * Case numbers such as {@code YH-370405-2026-000017}: prefix, jurisdiction, year, and a sequence
 * that is unique and gap-free per prefix, jurisdiction and year.
 *
 * <p>The number is taken inside the transaction that starts the case: the counter's row stays
 * locked until that transaction ends, so concurrent starts of the same kind in the same jurisdiction
 * queue for it (one short row lock each), and a start that fails rolls its number back.
 */
@Component
public class CaseNumbers {

    public static final Pattern FORMAT = Pattern.compile("([A-Z]{2,8})-([0-9]{6})-([0-9]{4})-([0-9]{6,})");
    static final String NO_JURISDICTION = "000000";

    private final Database database;

    CaseNumbers(Database database) {
        this.database = database;
    }

    /** Takes the next number; must run inside a transaction (the engine's). */
    public String next(String prefix, String jurisdiction, int year) {
        String division = jurisdiction == null ? NO_JURISDICTION : jurisdiction;
        return format(prefix, division, year, nextValue(prefix, division, year));
    }

    /**
     * The next value of the counter named by {@code prefix} (at most 8 characters), {@code jurisdiction}
     * (a division code) and {@code year}: the same row lock and roll-back as case numbers, for other
     * numbers that must be unique and gap-free (e.g. licence numbers); must run inside a transaction.
     */
    public int nextValue(String prefix, String division, int year) {
        if (database.postgres()) {
            // One statement, one round trip: the counter row stays locked until the start commits, so the
            // shorter the way from here to the commit, the less the next start of the same county waits.
            return database.jdbc().queryForObject("insert into sf_case_sequence (prefix, jurisdiction, case_year, last_value)"
                    + " values (?, ?, ?, 1) on conflict (prefix, jurisdiction, case_year)"
                    + " do update set last_value = sf_case_sequence.last_value + 1 returning last_value",
                    Integer.class, prefix, division, year);
        }
        database.insertIfAbsent("insert into sf_case_sequence (prefix, jurisdiction, case_year, last_value) values (?, ?, ?, 0)",
                prefix, division, year);
        database.jdbc().update("update sf_case_sequence set last_value = last_value + 1 where prefix = ? and jurisdiction = ? and case_year = ?",
                prefix, division, year);
        return database.jdbc().queryForObject(
                "select last_value from sf_case_sequence where prefix = ? and jurisdiction = ? and case_year = ?",
                Integer.class, prefix, division, year);
    }

    static String format(String prefix, String jurisdiction, int year, int sequence) {
        return String.format("%s-%s-%04d-%06d", prefix, jurisdiction, year, sequence);
    }
}
