package org.safetyflow.casefile;

import java.util.List;
import java.util.Map;

/**
 * A kind of 文书 a process makes, declared once by its capability: its code (stored with every
 * document), its Chinese title and the case variables it is made of, in the order it lists them.
 * A model names the code only: {@code ${caseDocuments.fromTask(task, 'LISTING_NOTICE')}}.
 *
 * <p>A 文书 the authority issues to a party also says, in its statutory layout: its 文号's mark ({@link #numbered}: 责改
 * makes 台应急责改〔2026〕17号, taken when the document is made, gap-free per authority, mark and year), the variable naming
 * whom it is addressed to ({@link #to}; otherwise the case's enterprise), its legal basis ({@link #basis}) and whether
 * it tells the party its rights of remedy ({@link #contestable}: 行政复议 within 60 days, 行政诉讼 within six months), and
 * who issues it where not the 应急管理 authority ({@link #issuedBy}: 安全生产委员会 for a 挂牌督办).
 *
 * @param mark what the 文号 says after the authority's own mark (应急责改 in 台应急责改〔2026〕17号), or null for a
 *     record that carries none (笔录, 审批表, 报告)
 * @param issuer the issuing body after the jurisdiction's name, or null for its 应急管理 authority
 * @param issuerJurisdiction the variable naming the issuing jurisdiction, or null for the case's
 * @param numberField the field holding a 文号 the official entered, or null
 * @param titles the titles by what a field decided, or null
 * @param addressee the variable holding the addressee's name, or null for the case's enterprise
 * @param basis the statutory basis as the document cites it, or null
 * @param internalRecord whether it is a record kept inside the authorities ({@link #internal})
 * @param submittedByParty whether the party makes it and hands it in ({@link #submitted})
 */
public record DocumentType(String code, String title, List<String> fields, String mark, String addressee, String basis, boolean remedy,
        String issuer, String issuerJurisdiction, String numberField, Titles titles, boolean internalRecord,
        boolean submittedByParty) {

    public DocumentType {
        if (code == null || !code.matches("[A-Z][A-Z_]*") || title == null || title.isBlank() || fields == null) {
            throw new IllegalArgumentException("a document type needs an UPPER_CASE code, a title and its fields: " + code);
        }
        if (mark != null && !mark.matches("\\p{IsHan}{2,7}")) {
            throw new IllegalArgumentException("a 文号's mark is two to seven Chinese characters: " + mark);
        }
        fields = List.copyOf(fields);
    }

    public static DocumentType of(String code, String title, String... fields) {
        return new DocumentType(code, title, List.of(fields), null, null, null, false, null, null, null, null, false, false);
    }

    /** The same type, issued under a 文号 with this mark (e.g. 责改). */
    public DocumentType numbered(String numberMark) {
        return new DocumentType(code, title, fields, numberMark, addressee, basis, remedy, issuer, issuerJurisdiction,
                numberField, titles, internalRecord, submittedByParty);
    }

    /** The same type, issued by another body of the jurisdiction than its 应急管理 authority (e.g. 安全生产委员会). */
    public DocumentType issuedBy(String body) {
        return new DocumentType(code, title, fields, mark, addressee, basis, remedy, body, issuerJurisdiction,
                numberField, titles, internalRecord, submittedByParty);
    }

    /**
     * The same type, issued by the body of the jurisdiction a variable of the case names, not the case's own (a
     * 挂牌督办 of a county's hazard by the city: listingJurisdiction): its name, its 文号's mark and register.
     */
    public DocumentType issuedIn(String jurisdictionVariable) {
        return new DocumentType(code, title, fields, mark, addressee, basis, remedy, issuer, jurisdictionVariable,
                numberField, titles, internalRecord, submittedByParty);
    }

    /**
     * The same type, whose 文号 the official enters in one of its fields (a 决定书文号 the bureau's own register gives)
     * instead of SafetyFlow's register: printed as its 文号. Declared {@link #numbered} as well, a document whose field is
     * left empty (a refusal the bureau does not number itself) takes the register's.
     */
    public DocumentType numberedIn(String field) {
        return new DocumentType(code, title, fields, mark, addressee, basis, remedy, issuer, issuerJurisdiction, field, titles, internalRecord,
                submittedByParty);
    }

    /**
     * The same type, titled by what a field decided where the type's title names the alternatives (行政处罚决定书（不予行政
     * 处罚决定书）: decisionOutcome PENALIZE → 行政处罚决定书, NOT_PENALIZE → 不予行政处罚决定书); any other value keeps the
     * type's title.
     */
    public DocumentType titledBy(String field, Map<String, String> byValue) {
        return new DocumentType(code, title, fields, mark, addressee, basis, remedy, issuer, issuerJurisdiction, numberField,
                new Titles(field, Map.copyOf(byValue)), internalRecord, submittedByParty);
    }

    /** The title of a document of this type with these contents. */
    public String titleOf(Map<String, Object> content) {
        return titles == null ? title : titles.byValue().getOrDefault(String.valueOf(content.get(titles.field())), title);
    }

    /** Titles by the value of a field. */
    public record Titles(String field, Map<String, String> byValue) {
    }

    /** The same type, addressed to the party the variable names (e.g. the reporter of a 12350 report). */
    public DocumentType to(String addresseeVariable) {
        return new DocumentType(code, title, fields, mark, addresseeVariable, basis, remedy, issuer,
                issuerJurisdiction, numberField, titles, internalRecord, submittedByParty);
    }

    /** The addressee of a notice to the public: none is named. */
    private static final String THE_PUBLIC = "(public)";

    /** The same type, a notice to the public (检查结果公示): it is issued and sealed, but addressed to no one. */
    public DocumentType toThePublic() {
        return to(THE_PUBLIC);
    }

    /** Whether it is a notice to the public, which names no addressee. */
    public boolean addressesThePublic() {
        return THE_PUBLIC.equals(addressee);
    }

    /** The same type, citing this legal basis. */
    public DocumentType basis(String legalBasis) {
        return new DocumentType(code, title, fields, mark, addressee, legalBasis, remedy, issuer, issuerJurisdiction,
                numberField, titles, internalRecord, submittedByParty);
    }

    /** The same type, a decision the party may contest: it tells the party its rights of remedy. */
    public DocumentType contestable() {
        return new DocumentType(code, title, fields, mark, addressee, basis, true, issuer, issuerJurisdiction,
                numberField, titles, internalRecord, submittedByParty);
    }

    /**
     * The same type, a record kept inside the authorities — an 审批表 or 呈批表, a 法制审核 or 集体讨论, a 督办 record, a
     * 移送 to another organ: officials read and print it; the enterprise the case is about and outside experts, who
     * read the case's 文书 sent or handed to them and those they made, do not see it.
     */
    public DocumentType internal() {
        return new DocumentType(code, title, fields, mark, addressee, basis, remedy, issuer, issuerJurisdiction, numberField, titles, true,
                submittedByParty);
    }

    /**
     * The same type, one the party makes and hands in — an 申请, a 报告, a 方案, a 听证申请: headed by the party's name, not
     * the authority's, addressed to the authority, signed by whoever filled it in; it carries no 文号 and no seal.
     */
    public DocumentType submitted() {
        return new DocumentType(code, title, fields, mark, addressee, basis, remedy, issuer, issuerJurisdiction, numberField, titles,
                internalRecord, true);
    }
}
