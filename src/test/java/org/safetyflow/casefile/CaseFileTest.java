package org.safetyflow.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.safetyflow.input.InvalidInputException;
import org.safetyflow.registry.Enterprises;
import static org.safetyflow.testing.Complaints.report;

import org.safetyflow.testing.EngineTest;
import org.springframework.beans.factory.annotation.Autowired;

/** Every case gets a number as its business key: unique, gap-free, and given back by a failed start. */
@EngineTest
class CaseFileTest {

    static final int YEAR = Year.now(ZoneId.of("Asia/Shanghai")).getValue();

    @Autowired
    RuntimeService runtimeService;
    @Autowired
    HistoryService historyService;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    Enterprises enterprises;

    @Test
    void shouldGiveEveryCaseANumberAsItsBusinessKeyAndItsJurisdictionAsTenant() {
        ProcessInstance instance = runtimeService.startProcessInstanceByKey("complaint-intake", report("370404"));

        assertThat(instance.getBusinessKey()).matches("JB-370404-" + YEAR + "-[0-9]{6}");
        assertThat(instance.getTenantId()).isEqualTo("370404");
        assertThat(runtimeService.getVariable(instance.getId(), "caseNumber")).isEqualTo(instance.getBusinessKey());
        assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(instance.getId()).singleResult()
                .getBusinessKey()).isEqualTo(instance.getBusinessKey());
    }

    @Test
    void shouldKeepABusinessKeyTheStarterSuppliedAsExternalReference() {
        ProcessInstance instance = runtimeService.startProcessInstanceByKey("complaint-intake", "12350-20261123-0042", report("370404"));

        assertThat(instance.getBusinessKey()).startsWith("JB-370404-");
        assertThat(runtimeService.getVariable(instance.getId(), "externalReference")).isEqualTo("12350-20261123-0042");
    }

    @Test
    void shouldNumberTwoHundredConcurrentStartsWithoutGapsOrRepeats() throws Exception {
        String jurisdiction = "370481";
        int before = lastNumber(jurisdiction);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<String>> starts = new ArrayList<>();
        try {
            for (int i = 0; i < 200; i++) {
                starts.add(pool.submit(() -> runtimeService.startProcessInstanceByKey("complaint-intake", report(jurisdiction)).getBusinessKey()));
            }
            Set<Integer> numbers = new TreeSet<>();
            for (Future<String> start : starts) {
                numbers.add(sequenceOf(start.get()));
            }

            assertThat(numbers).hasSize(200);
            assertThat(numbers).containsExactlyElementsOf(IntStream.rangeClosed(before + 1, before + 200).boxed().toList());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void shouldNotConsumeANumberWhenTheStartIsRefused() {
        int before = lastNumber("370403");
        Map<String, Object> invalid = report("370403");
        invalid.put("enterpriseCreditCode", "91350100M000100Y44");

        assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey("complaint-intake", invalid))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("统一社会信用代码");
        String next = runtimeService.startProcessInstanceByKey("complaint-intake", report("370403")).getBusinessKey();

        assertThat(sequenceOf(next)).isEqualTo(before + 1);
    }

    @Test
    void shouldRegisterAnEnterpriseTheFirstTimeACaseNamesIt() {
        Map<String, Object> variables = report("370402");
        variables.put("enterpriseCreditCode", "91370402MA3C4FQX6B".substring(0, 17) + org.safetyflow.input.UnifiedSocialCreditCode.checkCharacter("91370402MA3C4FQX6"));
        variables.put("enterpriseName", "枣庄市市中区某煤业有限公司");
        String code = (String) variables.get("enterpriseCreditCode");

        String caseNumber = runtimeService.startProcessInstanceByKey("complaint-intake", variables).getBusinessKey();
        variables.put("enterpriseName", "另一个名称");
        runtimeService.startProcessInstanceByKey("complaint-intake", variables);

        var enterprise = enterprises.find(code).orElseThrow();
        assertThat(enterprise.name()).isEqualTo("枣庄市市中区某煤业有限公司");
        assertThat(enterprise.jurisdiction()).isEqualTo("370402");
        assertThat(enterprise.firstCase()).isEqualTo(caseNumber);
    }

    @Test
    void shouldRefuseToDeployAProcessWithoutACaseNumberPrefix() {
        var model = Bpmn.createExecutableProcess("no-prefix").camundaHistoryTimeToLive(1)
                .startEvent().endEvent().done();

        assertThatThrownBy(() -> repositoryService.createDeployment().addModelInstance("no-prefix.bpmn", model).deploy())
                .hasMessageContaining("caseNumberPrefix");
    }

    private int lastNumber(String jurisdiction) {
        return historyService.createHistoricProcessInstanceQuery().processDefinitionKey("complaint-intake").list().stream()
                .map(p -> p.getBusinessKey())
                .filter(key -> key != null && key.startsWith("JB-" + jurisdiction + "-" + YEAR + "-"))
                .map(CaseFileTest::sequenceOf).max(Integer::compare).orElse(0);
    }

    static int sequenceOf(String caseNumber) {
        var matcher = CaseNumbers.FORMAT.matcher(caseNumber);
        assertThat(matcher.matches()).as(caseNumber).isTrue();
        return Integer.parseInt(matcher.group(4));
    }

}
