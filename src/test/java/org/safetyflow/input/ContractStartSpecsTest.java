package org.safetyflow.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.safetyflow.accident.AccidentInputs;
import org.safetyflow.enforcement.EnforcementInputs;
import org.safetyflow.evaluation.EvaluationInputs;
import org.safetyflow.hazard.HazardInputs;
import org.safetyflow.licensing.LicensingInputs;
import org.safetyflow.simultaneity.SimultaneityInputs;

/** The start variables of the contract's processes (contract §3), each required one checked. */
class ContractStartSpecsTest {

    static final Clock NOON = Clock.fixed(Instant.parse("2026-11-23T04:00:00Z"), ZoneId.of("Asia/Shanghai"));
    static final Predicate<String> KNOWN = Set.of("370405", "370406")::contains;
    static final String CREDIT_CODE = "91370405MA3C000019";

    static Stream<Arguments> processes() {
        return Stream.of(
                Arguments.of(LicensingInputs.start(KNOWN), Map.of("jurisdiction", "370405", "enterpriseName", "某危化品经营公司",
                        "enterpriseCreditCode", CREDIT_CODE, "licenceType", "HAZARDOUS_CHEMICALS_PRODUCTION", "applicationType", "NEW",
                        "receivedAt", "2026-11-20T09:00:00+08:00")),
                Arguments.of(SimultaneityInputs.start(KNOWN), Map.of("jurisdiction", "370405", "enterpriseName", "某化工公司",
                        "enterpriseCreditCode", CREDIT_CODE, "projectName", "年产 5 万吨某项目", "projectCategory", "HAZARDOUS_CHEMICALS",
                        "receivedAt", "2026-11-20T09:00:00+08:00")),
                Arguments.of(HazardInputs.start(KNOWN), Map.of("jurisdiction", "370406", "enterpriseName", "某煤矿",
                        "enterpriseCreditCode", CREDIT_CODE, "hazardDescription", "超能力、超强度、超定员组织生产",
                        "hazardSource", "INSPECTION", "discoveredAt", "2026-11-20T09:00:00+08:00")),
                Arguments.of(AccidentInputs.start(KNOWN), Map.of("jurisdiction", "370406", "enterpriseName", "某建筑公司",
                        "enterpriseCreditCode", CREDIT_CODE, "occurredAt", "2026-11-20T09:00:00+08:00",
                        "reportedAt", "2026-11-20T09:40:00+08:00", "deaths", 1, "seriousInjuries", 2L,
                        "directEconomicLossYuan", 1_200_000, "accidentSummary", "脚手架坍塌")),
                Arguments.of(EvaluationInputs.start(KNOWN), Map.of("accidentCaseId", "SG-370406-2025-000003",
                        "jurisdiction", "370406", "closedAt", "2026-01-10T10:00:00+08:00")),
                Arguments.of(EnforcementInputs.start(KNOWN), Map.of("jurisdiction", "370406", "planName", "2026 年第四季度危化品联合抽查",
                        "departments", List.of("EMERGENCY", "MARKET"), "sampleSize", 12)));
    }

    @org.junit.jupiter.api.Test
    void shouldReadTheDepartmentsOfAJointInspectionInEveryFormAClientSends() {
        InputSpec spec = EnforcementInputs.start(KNOWN);
        Map<String, Object> valid = Map.of("jurisdiction", "370406", "planName", "联合抽查", "sampleSize", 3, "randomSeed", 20261123L);
        List<String> expected = List.of("EMERGENCY", "HOUSING");

        assertThat(spec.normalize(with(valid, "departments", List.of(" EMERGENCY", "HOUSING", "EMERGENCY")), NOON).get("departments"))
                .isEqualTo(expected);
        assertThat(spec.normalize(with(valid, "departments", "[\"EMERGENCY\", \"HOUSING\"]"), NOON).get("departments")).isEqualTo(expected);
        assertThat(spec.normalize(with(valid, "departments", "EMERGENCY、HOUSING"), NOON).get("departments")).isEqualTo(expected);
        assertThat(spec.normalize(with(valid, "departments", org.camunda.spin.Spin.JSON("[\"EMERGENCY\", \"HOUSING\"]")), NOON)
                .get("departments")).isEqualTo(expected);
        assertThat(spec.normalize(with(valid, "departments", expected), NOON).get("randomSeed")).isEqualTo(20261123L);
        assertThat(spec.normalize(with(valid, "departments", expected), NOON)).doesNotContainKey("industry");
    }

    @org.junit.jupiter.api.Test
    void shouldRefuseDepartmentsNamedInsteadOfCodedNamingTheCodes() {
        InputSpec spec = EnforcementInputs.start(KNOWN);
        Map<String, Object> valid = Map.of("jurisdiction", "370406", "planName", "联合抽查", "sampleSize", 3);

        assertThatThrownBy(() -> spec.normalize(with(valid, "departments", List.of("应急管理局", "MARKET")), NOON))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("应急管理局 不是部门代码").hasMessageContaining("EMERGENCY 应急管理").hasMessageContaining("第一个为牵头部门");
        assertThatThrownBy(() -> spec.normalize(with(with(valid, "departments", List.of("EMERGENCY")), "sampleSize", 0), NOON))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("至少为 1");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("processes")
    void shouldAcceptAValidStartAndStoreDatesAndCountsAsTheContractSays(InputSpec spec, Map<String, Object> valid) {
        Map<String, Object> normalized = spec.normalize(valid, NOON);

        normalized.forEach((name, value) -> {
            if (name.endsWith("At")) {
                assertThat(value).as(name).isInstanceOf(Date.class);
            }
        });
        if (normalized.containsKey("seriousInjuries")) {
            assertThat(normalized.get("seriousInjuries")).isEqualTo(2);
            assertThat(normalized.get("directEconomicLossYuan")).isEqualTo(1_200_000.0);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("processes")
    void shouldNameEveryMissingRequiredVariable(InputSpec spec, Map<String, Object> valid) {
        for (String name : valid.keySet()) {
            Map<String, Object> without = new HashMap<>(valid);
            without.remove(name);

            assertThatThrownBy(() -> spec.normalize(without, NOON)).as(name)
                    .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("缺少必填项")
                    .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo(name));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("processes")
    void shouldRefuseAnUnknownJurisdictionAWrongCreditCodeAndAFutureDate(InputSpec spec, Map<String, Object> valid) {
        assertThatThrownBy(() -> spec.normalize(with(valid, "jurisdiction", "370499"), NOON))
                .hasMessageContaining("370499 不是已登记的行政区划代码");
        if (valid.containsKey("enterpriseCreditCode")) {
            assertThatThrownBy(() -> spec.normalize(with(valid, "enterpriseCreditCode", "91370405MA3C000018"), NOON))
                    .hasMessageContaining("「统一社会信用代码」");
        }
        String dateField = valid.keySet().stream().filter(name -> name.endsWith("At")).findFirst().orElse(null);
        if (dateField == null) {
            return;
        }
        assertThatThrownBy(() -> spec.normalize(with(valid, dateField, "2026-11-24T09:00:00+08:00"), NOON))
                .hasMessageContaining("不能晚于当前时间");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("processes")
    void shouldRefuseAValueOutsideItsListOrNegative(InputSpec spec, Map<String, Object> valid) {
        List<String> problems = new java.util.ArrayList<>();
        if (valid.containsKey("applicationType")) {
            problems.add(message(spec, with(valid, "applicationType", "TRANSFER")));
        }
        if (valid.containsKey("hazardSource")) {
            problems.add(message(spec, with(valid, "hazardSource", "RUMOUR")));
        }
        if (valid.containsKey("deaths")) {
            problems.add(message(spec, with(valid, "deaths", -1)));
            problems.add(message(spec, with(valid, "reportedAt", "2026-11-20T08:00:00+08:00")));
        }
        if (valid.containsKey("departments")) {
            problems.add(message(spec, with(valid, "departments", List.of())));
            problems.add(message(spec, with(valid, "departments", List.of("应急管理局", " "))));
            problems.add(message(spec, with(valid, "sampleSize", 0)));
            problems.add(message(spec, with(valid, "randomSeed", "abc")));
            assertThat(problems).contains("「参与部门」（departments）至少应有一项", "「抽取企业数」（sampleSize）至少为 1",
                    "「随机种子」（randomSeed）只能填写数字（整数，可带负号），实为「abc」");
        }
        assertThat(problems).allSatisfy(problem -> assertThat(problem).isNotNull());
        if (valid.containsKey("deaths")) {
            assertThat(problems).contains("「死亡人数」（deaths）不能为负数",
                    "「报告时间」（reportedAt）不能早于「事故发生时间」（occurredAt）");
        }
    }

    private static String message(InputSpec spec, Map<String, Object> values) {
        try {
            spec.normalize(values, NOON);
            return null;
        } catch (InvalidInputException e) {
            return e.getMessage();
        }
    }

    private static Map<String, Object> with(Map<String, Object> valid, String name, Object value) {
        Map<String, Object> changed = new HashMap<>(valid);
        changed.put(name, value);
        return changed;
    }
}
