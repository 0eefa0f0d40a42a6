package org.safetyflow.casefile;

import org.safetyflow.registry.Authorities;
import org.springframework.stereotype.Component;

/**
 * 文号 such as {@code 台应急责改〔2026〕17号}: the jurisdiction's mark (台儿庄区: 台), the document's mark (应急责改;
 * a 挂牌督办 of the 安委会: 安委办督), the year in 〔〕, and a number gap-free per authority, mark and year — taken in the transaction that makes the
 * document, under the same row lock and roll-back as case numbers ({@link CaseNumbers#nextValue}), so a step that
 * fails leaves no hole in a register an enterprise or a court may check.
 */
@Component
public class DocumentNumbers {

    /** Document counters share the case numbers' table under a prefix of their own. */
    static final String COUNTER = "文";

    private final CaseNumbers numbers;
    private final Authorities authorities;

    DocumentNumbers(CaseNumbers numbers, Authorities authorities) {
        this.numbers = numbers;
        this.authorities = authorities;
    }

    /** Whether the jurisdiction's authorities number their 文书 here (not a body above every jurisdiction kept: 国务院). */
    public boolean keeps(String jurisdiction) {
        return authorities.knows(jurisdiction);
    }

    /** Takes the next 文号 of the jurisdiction for the mark and year; must run inside a transaction. */
    public String next(String jurisdiction, String mark, int year) {
        int number = numbers.nextValue(COUNTER + mark, jurisdiction, year);
        return authorities.mark(jurisdiction) + mark + "〔" + year + "〕" + number + "号";
    }
}
