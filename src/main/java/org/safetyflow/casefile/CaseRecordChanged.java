package org.safetyflow.casefile;

/**
 * A record of a case that SafetyFlow keeps beside the engine's history (a notice, a link to another case)
 * was written or changed, in the transaction that is running: the audit seal covers it as it covers history.
 */
public record CaseRecordChanged(String caseNumber) {
}
