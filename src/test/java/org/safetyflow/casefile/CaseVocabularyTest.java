package org.safetyflow.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.safetyflow.input.FieldType;
import org.safetyflow.input.InputSpec;
import org.safetyflow.testing.ProcessTests;

/** A case's variables by their Chinese labels, from the InputSpecs and the processes' declared terms, and their values in Chinese. */
class CaseVocabularyTest {

    private static final String ACCIDENT = "accident-investigation";

    private final CaseVocabulary vocabulary = new CaseVocabulary(
            List.of(InputSpec.start(ACCIDENT).required("directEconomicLossYuan", "直接经济损失（元）", FieldType.amountOfYuan())
                            .required("occurredAt", "事故发生时间", FieldType.pastDateTime()).required("deaths", "死亡人数", FieldType.count()),
                    InputSpec.task("hazard-rectification", "Task_Grade").required("industry", "行业领域", FieldType.text(10))),
            List.of(terms(ACCIDENT, Map.of("accidentGrade", "事故等级", "lateReport", "迟报", "jurisdictionDecision", "调查和督办层级决策",
                            "investigationLevel", "负责调查的人民政府层级", "reportingLevels", "逐级上报的层级", "teamMembers", "调查组成员（用户名）",
                            "reportDueDate", "调查报告提交期限"),
                    Map.of("accidentGrade", Map.of("LARGER", "较大", "MAJOR", "重大"), "investigationLevel", Map.of("CITY", "设区的市级")),
                    Set.of("recordedDirectEconomicLossYuan")),
                    terms(null, Map.of("caseNumber", "案件编号"), Map.of(), Set.of())));

    @Test
    void shouldNameAVariableByTheLabelItsProcessDeclares() {
        assertThat(vocabulary.label(ACCIDENT, "accidentGrade")).contains("事故等级");
        assertThat(vocabulary.label(ACCIDENT, "directEconomicLossYuan")).as("the value says 元 itself").contains("直接经济损失");
        assertThat(vocabulary.label(ACCIDENT, "industry")).as("a name means the same in every process").contains("行业领域");
        assertThat(vocabulary.label("hazard-rectification", "caseNumber")).as("what every case has").contains("案件编号");
        assertThat(vocabulary.label(ACCIDENT, "accidentGradeLabel")).contains("事故等级（显示文字）");
        assertThat(vocabulary.label(ACCIDENT, "teamMembersText")).contains("调查组成员（显示文字）");
        assertThat(vocabulary.label(ACCIDENT, "reportDueDatePaused")).contains("调查报告提交期限（暂停计算）");
        assertThat(vocabulary.label(ACCIDENT, "loopCounterX")).isEmpty();
    }

    @Test
    void shouldWordValuesInChinese() {
        assertThat(vocabulary.text(ACCIDENT, "accidentGrade", "MAJOR")).isEqualTo("重大");
        assertThat(vocabulary.text(ACCIDENT, "accidentGrade", "UNHEARD_OF")).as("an unknown code stays as it is").isEqualTo("UNHEARD_OF");
        assertThat(vocabulary.text(ACCIDENT, "directEconomicLossYuan", 1_500_000.0)).isEqualTo("150万元");
        assertThat(vocabulary.text(ACCIDENT, "recordedDirectEconomicLossYuan", 8_500.0)).isEqualTo("8500元");
        assertThat(vocabulary.text(ACCIDENT, "deaths", 3)).isEqualTo("3");
        assertThat(vocabulary.text(ACCIDENT, "occurredAt", ProcessTests.date("2026-03-02T02:30:00Z"))).isEqualTo("2026-03-02 10:30");
        assertThat(vocabulary.text(ACCIDENT, "lateReport", true)).isEqualTo("是");
        assertThat(vocabulary.text(ACCIDENT, "lateReport", false)).isEqualTo("否");
        assertThat(vocabulary.text(ACCIDENT, "note", null)).isEqualTo("（空）");
        assertThat(vocabulary.text(ACCIDENT, "reportingLevels", List.of("市级人民政府", "省级人民政府"))).isEqualTo("市级人民政府、省级人民政府");
        assertThat(vocabulary.text(ACCIDENT, "reportingLevels", List.of())).isEqualTo("（无）");
        assertThat(vocabulary.text(ACCIDENT, "jurisdictionDecision", Map.of("investigationLevel", "CITY")))
                .isEqualTo("负责调查的人民政府层级：设区的市级");
    }

    private static CaseTerms terms(String processKey, Map<String, String> labels, Map<String, Map<String, String>> codes, Set<String> amounts) {
        return new CaseTerms() {
            @Override
            public String processKey() {
                return processKey;
            }

            @Override
            public Map<String, String> labels() {
                return labels;
            }

            @Override
            public Map<String, Map<String, String>> codes() {
                return codes;
            }

            @Override
            public Set<String> amounts() {
                return amounts;
            }
        };
    }
}
