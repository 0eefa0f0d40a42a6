package org.safetyflow.licensing;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Which licence a 暂扣/吊销 case may be opened for: one in the register, held by the enterprise the case names,
 * opened in the jurisdiction that registered it, and in force or under a 暂扣 — a licence already revoked, cancelled
 * or expired cannot be suspended or revoked again; a suspended one may still be revoked (e.g. 条例第十四条: the
 * conditions still not met when the 暂扣 ends), not suspended twice.
 */
final class LicenceSanctionEligibility {

    private LicenceSanctionEligibility() {
    }

    /** Null when the case may be opened, else why not in Chinese. */
    static String check(Map<String, Object> values, Function<String, Optional<Licence>> register) {
        if (!(values.get("licenceNumber") instanceof String number)) {
            return null;
        }
        Optional<Licence> found = register.apply(number);
        if (found.isEmpty()) {
            return "许可证登记簿中没有编号为「" + number + "」的许可证";
        }
        Licence licence = found.get();
        if (!licence.enterpriseCreditCode().equals(values.get("enterpriseCreditCode"))) {
            return "许可证「" + number + "」的持证单位是「" + licence.enterpriseName() + "」（" + licence.enterpriseCreditCode()
                    + "），不是「" + values.get("enterpriseName") + "」（" + values.get("enterpriseCreditCode") + "）";
        }
        if (!licence.jurisdiction().equals(values.get("jurisdiction"))) {
            return "许可证「" + number + "」登记在管辖区划 " + licence.jurisdiction() + "，暂扣或吊销案件应在该区划立案（jurisdiction 应为 "
                    + licence.jurisdiction() + "）";
        }
        if (!"VALID".equals(licence.status()) && !"SUSPENDED".equals(licence.status())) {
            return "许可证「" + number + "」当前状态为「" + licence.statusName() + "」，只有有效或暂扣中的许可证才能暂扣或吊销";
        }
        return null;
    }
}
