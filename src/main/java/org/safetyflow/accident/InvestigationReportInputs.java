package org.safetyflow.accident;

import static org.safetyflow.input.FieldType.count;
import static org.safetyflow.input.FieldType.flag;
import static org.safetyflow.input.FieldType.oneOf;
import static org.safetyflow.input.FieldType.table;
import static org.safetyflow.input.FieldType.text;

import java.util.List;
import java.util.Map;
import org.safetyflow.input.InputSpec;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the investigation's report steps must carry: the report's sections (事故条例§30), an extension (§29), an appraisal (§27). */
@Configuration
class InvestigationReportInputs {

    @Bean
    InputSpec accidentInvestigation() {
        return task("Task_Investigate")
                .required("investigationStep", "本次办理", oneOf(List.of("DRAFTED", "EXTENSION", "APPRAISAL", "TRANSFER")))
                .optional("progressNote", "调查进展", text(4000))
                .optional("transferNote", "移送司法机关情况", text(2000))
                .optional("companyOverview", "事故单位概况", text(8000))
                .optional("accidentProcess", "事故发生经过和事故救援情况", text(8000))
                .optional("casualtiesAndLosses", "人员伤亡和直接经济损失", text(4000))
                .optional("causesAndNature", "事故发生的原因和事故性质", text(8000))
                .optional("responsibility", "事故责任的认定以及对事故责任者的处理建议", text(8000))
                .optional("preventiveMeasures", "事故防范和整改措施", table(100, "measure", "unit", "dueDate"))
                .optional("handlingProposals", "处理建议清单", table(200, "kind", "subject", "proposal"))
                .optional("technicalSpecial", "技术和管理问题专篇", text(8000))
                .rule(values -> "DRAFTED".equals(values.get("investigationStep")) ? missingSection(values) : null)
                .rule(values -> "TRANSFER".equals(values.get("investigationStep")) && values.get("transferNote") == null
                        ? "移送司法机关时须填写「移送司法机关情况」（transferNote）" : null)
                .rule(values -> values.get("handlingProposals") instanceof List<?> rows && rows.stream()
                        .map(row -> ((Map<?, ?>) row).get("kind")).anyMatch(kind -> !PROPOSAL_KINDS.contains(kind))
                        ? "处理建议的类别应为：" + String.join("、", PROPOSAL_KINDS) : null);
    }

    static final List<String> PROPOSAL_KINDS = List.of("行政处罚", "处分", "移送司法", "其他");
    private static final List<String[]> SECTIONS = List.of(
            new String[] {"companyOverview", "事故单位概况"}, new String[] {"accidentProcess", "事故发生经过和事故救援情况"},
            new String[] {"casualtiesAndLosses", "人员伤亡和直接经济损失"}, new String[] {"causesAndNature", "事故发生的原因和事故性质"},
            new String[] {"responsibility", "事故责任的认定以及对事故责任者的处理建议"}, new String[] {"preventiveMeasures", "事故防范和整改措施"},
            new String[] {"handlingProposals", "处理建议清单"}, new String[] {"technicalSpecial", "技术和管理问题专篇"});

    private static String missingSection(Map<String, Object> values) {
        return SECTIONS.stream().filter(section -> values.get(section[0]) == null).findFirst()
                .map(section -> "调查报告缺少「" + section[1] + "」（" + section[0] + "）（事故条例第三十条）").orElse(null);
    }

    @Bean
    InputSpec accidentExtension() {
        return task("Task_ApproveExtension")
                .required("extensionApproved", "是否批准延期", flag())
                .required("extensionDays", "延长日数", count())
                .required("extensionReason", "批准意见", text(2000));
    }

    @Bean
    InputSpec accidentAppraisal() {
        return task("Task_TechnicalAppraisal")
                .required("appraisalConclusion", "技术鉴定结论", text(4000))
                .optional("appraisalReportId", "鉴定报告编号", text(100));
    }

    private static InputSpec task(String taskKey) {
        return AccidentInputs.task(taskKey);
    }
}
