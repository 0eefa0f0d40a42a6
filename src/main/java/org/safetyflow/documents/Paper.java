package org.safetyflow.documents;

import java.util.List;
import java.util.Map;

/**
 * A 文书 as it is printed, in the parts of the statutory samples: the issuing authority and the title, the 文号, whom it
 * is addressed to, its body (each recorded field by its Chinese label), its legal basis, the party's rights of remedy,
 * the authority again with the seal's place, the date it was made, and the case it belongs to. A 送达回证 also names
 * the document it served.
 *
 * @param template the HTML template laying it out ({@code documents/templates/<template>.html})
 * @param values the recorded fields' values as a reader reads them, by variable, for a body written as prose
 * @param prose the template of the statutory wording of its body ({@code documents/templates/prose/<process>/<TYPE>.html}),
 *     or null: the body lists the fields
 * @param remedy the party's rights of remedy where its type is a decision the party may contest, printed after the body, or null
 * @param rights the same sentence for a wording that tells the rights in one of its outcomes only (不予受理, 不予批准), or null
 *     where the issuing jurisdiction is unknown
 * @param served the 文书 a 送达回证 served (title and 文号), or null
 * @param maker who made it, by name (a record's signature line)
 * @param voided why and when it became void (its step was returned to or recalled), or null
 * @param record a record the authority keeps (笔录, 审批表, 报告: no 文号, no addressee), signed by its makers, not sealed
 * @param submitted what the party hands in (申请, 报告): headed by the party ({@code issuer}), addressed to the authority,
 *     signed by whoever filled it in
 * @param witnessed a 笔录, which the party or a witness signs too
 */
record Paper(String template, String issuer, String title, String number, String addressee, List<Line> body, Map<String, String> values,
        String prose, String basis, String remedy, String rights, String date, String caseNumber, String served, String maker,
        boolean record, boolean submitted, boolean witnessed, String voided) {

    /** A field's text written in paragraphs (a 公示 drafted by the bureau), one per line, blank lines left out. */
    public List<String> paragraphs(String field) {
        String value = values.get(field);
        return value == null ? List.of() : value.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    /** A field's value as a sentence of the wording: ended with 。 unless it ends with a mark of its own. */
    public String sentence(String field) {
        String value = values.get(field);
        return value == null || value.isEmpty() || "。！？；：…”）".indexOf(value.charAt(value.length() - 1)) >= 0 ? value : value + "。";
    }

    /**
     * One part of the body: a field's Chinese label and its value as a reader reads it; a field holding rows (检查事项结果)
     * as a table, its columns by their Chinese labels.
     */
    record Line(String label, String value, List<String> columns, List<List<String>> rows) {

        Line(String label, String value) {
            this(label, value, null, null);
        }
    }
}
