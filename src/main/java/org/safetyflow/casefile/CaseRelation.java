package org.safetyflow.casefile;

/**
 * A kind of link between two cases, declared by the capability that makes it: its code and how each
 * side names the other (e.g. the accident case: 「启动整改评估案件」; the evaluation: 「所评估的事故案件」).
 */
public record CaseRelation(String code, String forwardLabel, String backwardLabel) {

    public CaseRelation {
        if (code == null || !code.matches("[A-Z][A-Z_]*") || forwardLabel == null || backwardLabel == null) {
            throw new IllegalArgumentException("a case relation needs an UPPER_CASE code and both labels: " + code);
        }
    }
}
