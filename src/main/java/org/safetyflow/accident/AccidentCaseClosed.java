package org.safetyflow.accident;

import java.util.Date;
import java.util.List;
import java.util.Map;

/**
 * An accident case was closed (结案) after its report was approved and published. The one-year
 * evaluation of its 防范和整改措施 starts from it (中发〔2016〕32号); published in the closing transaction.
 */
public record AccidentCaseClosed(String caseNumber, String jurisdiction, Date closedAt, String accidentName, String accidentGrade,
        String investigationLevel, String enterpriseName, String enterpriseCreditCode, List<Map<String, Object>> preventiveMeasures) {
}
