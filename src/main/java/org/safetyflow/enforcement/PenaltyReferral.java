package org.safetyflow.enforcement;

/**
 * 移交立案: a violation found on inspection, a refusal to be inspected or a failed 复查 opens an
 * {@code administrative-penalty} case for the enterprise, linked both ways to the case it came from.
 */
public interface PenaltyReferral {

    /** Opens the penalty case in the caller's transaction; answers its case number. */
    String refer(Referral referral);

    /** What the penalty case starts with: {@code caseSource} is {@code INSPECTION} or {@code RECHECK_FAILED}. */
    record Referral(String sourceCaseNumber, String caseSource, String jurisdiction, String enterpriseName, String enterpriseCreditCode,
            String violationFacts) {
    }
}
