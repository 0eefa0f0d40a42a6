package org.safetyflow.licensing;

import java.util.List;

/**
 * The track of a 延续 application (contract §9; 安全生产许可证条例第九条): FAST — extended by three years
 * without re-examination, with the issuer's consent — when within the licence's validity the enterprise had
 * no accident with deaths recorded in SafetyFlow, no administrative penalty decided in SafetyFlow, and is
 * not on the 严重失信主体名单; otherwise FULL, the whole review. Each with the Chinese reason.
 */
final class RenewalTrack {

    record Decision(String track, String reason) {
    }

    private RenewalTrack() {
    }

    static Decision decide(List<String> accidentsWithDeaths, List<String> penalties, boolean blacklisted) {
        StringBuilder reasons = new StringBuilder();
        if (!accidentsWithDeaths.isEmpty()) {
            reasons.append("有效期内发生死亡事故（").append(String.join("、", accidentsWithDeaths)).append("）；");
        }
        if (!penalties.isEmpty()) {
            reasons.append("有效期内受到行政处罚（").append(String.join("、", penalties)).append("）；");
        }
        if (blacklisted) {
            reasons.append("列入严重失信主体名单；");
        }
        if (reasons.isEmpty()) {
            return new Decision("FAST", "有效期内未发生死亡事故、未受行政处罚、未列入严重失信主体名单：经发证机关同意，不再审查，有效期延期 3 年");
        }
        return new Decision("FULL", reasons.append("按全面审查办理延续").toString());
    }
}
