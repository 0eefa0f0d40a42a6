package org.safetyflow.accident;

import static org.safetyflow.input.FieldType.amountOfYuan;
import static org.safetyflow.input.FieldType.count;
import static org.safetyflow.input.FieldType.creditCode;
import static org.safetyflow.input.FieldType.divisionCode;
import static org.safetyflow.input.FieldType.pastDateTime;
import static org.safetyflow.input.FieldType.pattern;
import static org.safetyflow.input.FieldType.text;

import java.util.Date;
import java.util.function.Predicate;
import org.safetyflow.input.InputSpec;
import org.safetyflow.registry.JurisdictionDirectory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What an accident report (快报) must carry (contract §3; 事故条例§12). */
@Configuration
public class AccidentInputs {

    public static final String PROCESS_KEY = "accident-investigation";

    @Bean
    InputSpec accidentInvestigationStart(JurisdictionDirectory jurisdictions) {
        return start(jurisdictions::isKnown);
    }

    public static InputSpec start(Predicate<String> knownJurisdiction) {
        return InputSpec.start(PROCESS_KEY)
                .required("jurisdiction", "事故发生地管辖区划", divisionCode(knownJurisdiction))
                .required("enterpriseName", "事故单位名称", text(200))
                .required("enterpriseCreditCode", "统一社会信用代码", creditCode())
                .required("occurredAt", "事故发生时间", pastDateTime())
                .required("reportedAt", "报告时间", pastDateTime())
                .required("deaths", "死亡人数", count())
                .required("seriousInjuries", "重伤人数（含急性工业中毒）", count())
                .required("directEconomicLossYuan", "直接经济损失（元）", amountOfYuan())
                .required("accidentSummary", "事故简要经过", text(4000))
                .optional("unitHeadInformedAt", "单位负责人接到报告时间", pastDateTime())
                .optional("industry", "行业领域", pattern("[A-Z][A-Z_]{1,39}", "行业代码（如 ROAD_TRAFFIC、FIRE）"))
                .rule(values -> before(values.get("reportedAt"), values.get("occurredAt"))
                        ? "「报告时间」（reportedAt）不能早于「事故发生时间」（occurredAt）" : null)
                .rule(values -> before(values.get("unitHeadInformedAt"), values.get("occurredAt"))
                        ? "「单位负责人接到报告时间」（unitHeadInformedAt）不能早于「事故发生时间」（occurredAt）" : null);
    }

    private static boolean before(Object later, Object earlier) {
        return later instanceof Date a && earlier instanceof Date b && a.before(b);
    }
}
