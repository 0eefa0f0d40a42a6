package org.safetyflow.simultaneity;

import static org.safetyflow.input.FieldType.flag;
import static org.safetyflow.input.FieldType.nameList;
import static org.safetyflow.input.FieldType.oneOf;
import static org.safetyflow.input.FieldType.pastDateTime;
import static org.safetyflow.input.FieldType.text;
import static org.safetyflow.input.InputSpec.requiredWhen;
import static org.safetyflow.simultaneity.SimultaneityInputs.task;

import java.util.List;
import org.safetyflow.input.InputSpec;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What 同时施工 records: the builder's report, and the authority's on-site checks (安全生产法第三十四条, 第九十八条). */
@Configuration
class ConstructionInputs {

    /** On-site checks are made by at least two staff (行政处罚法第四十二条; 36号令). */
    static final int MINIMUM_INSPECTORS = 2;

    @Bean
    InputSpec simultaneityConstructionReport() {
        return task("Task_ConstructionReport")
                .required("constructionOutcome", "报告事项", oneOf(List.copyOf(SimultaneityLabels.CONSTRUCTION_OUTCOMES.keySet())))
                .required("constructionSummary", "施工情况", text(4000))
                .optional("constructionCompletedAt", "施工完成时间", pastDateTime())
                .optional("majorChangeDescription", "重大变更内容", text(4000))
                .rule(values -> "CONSTRUCTION_STOPPED".equals(values.get("projectStatus"))
                        ? "本项目已被责令停止施工，复查合格前不能报告施工完成或变更" : null)
                .rule(requiredWhen(v -> "COMPLETED".equals(v.get("constructionOutcome")), "constructionCompletedAt",
                        "报告施工完成须填写「施工完成时间」（constructionCompletedAt）"))
                .rule(requiredWhen(v -> "MAJOR_CHANGE".equals(v.get("constructionOutcome")), "majorChangeDescription",
                        "报告重大变更须写明「重大变更内容」（majorChangeDescription）"));
    }

    @Bean
    InputSpec simultaneitySiteCheck() {
        return task("Task_SiteCheck")
                .required("checkedAt", "检查时间", pastDateTime())
                .required("inspectors", "检查人员（至少两名）", nameList(10, 50))
                .required("builtToDesign", "是否按批准（备案）的安全设施设计施工", flag())
                .required("checkFindings", "检查情况", text(4000))
                .optional("checksFinished", "施工期间不再安排检查", flag())
                .rule(values -> atLeastTwo(values.get("inspectors")));
    }

    @Bean
    InputSpec simultaneityConstructionRectification() {
        return task("Task_ConstructionRectify")
                .required("rectificationReport", "整改情况报告", text(4000));
    }

    @Bean
    InputSpec simultaneitySiteRecheck() {
        return task("Task_SiteRecheck")
                .required("recheckedAt", "复查时间", pastDateTime())
                .required("recheckInspectors", "复查人员（至少两名）", nameList(10, 50))
                .required("recheckPassed", "复查结论", flag())
                .required("recheckOpinion", "复查意见", text(4000))
                .rule(values -> atLeastTwo(values.get("recheckInspectors")));
    }

    static String atLeastTwo(Object names) {
        return names instanceof List<?> list && list.size() < MINIMUM_INSPECTORS
                ? "现场检查（核查）应当由两名以上工作人员进行，请填写全部检查人员" : null;
    }
}
