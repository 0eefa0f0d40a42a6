package org.safetyflow.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safetyflow.testing.Complaints.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstanceQuery;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safetyflow.calendar.CalendarDays;
import org.safetyflow.testing.Complaints;
import org.safetyflow.testing.CreditCodes;
import org.safetyflow.testing.EngineTest;
import org.safetyflow.testing.Http;
import org.safetyflow.testing.SignIn;
import org.safetyflow.testing.TestProcesses;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The case search in SQL finds exactly what the engine's history query found before it (kept below as the oracle), for
 * each filter and as each kind of auditor: a province's, a city's, a county's, an administrator; another jurisdiction's
 * cases never appear; a renamed enterprise and an ended case are found as they are now.
 */
@EngineTest
class CaseSearchTest {

    private static final String CODE = CreditCodes.code("91370481MA3XRCH0");
    private static final List<String> USERS = List.of("auditor", "zaozhuang", "shanting", "demo");

    @LocalServerPort
    int port;
    @Autowired
    CaseSearch search;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    HistoryService historyService;
    @Autowired
    IdentityService identityService;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    AuthorizationService authorizationService;

    /** Every case this test started. The engine's other tests' cases are searched too, but some of them were changed in SQL behind the engine's back. */
    private final Set<String> mine = new HashSet<>();

    @BeforeEach
    void aProcessWithoutJurisdiction() {
        if (repositoryService.createProcessDefinitionQuery().processDefinitionKey("search-test").count() == 0) {
            TestProcesses.deploy(repositoryService, "search-test", "检索测试", """
                    <bpmn:startEvent id="start" /><bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="work" />
                    <bpmn:userTask id="work" name="办理" camunda:assignee="zaozhuang" /><bpmn:sequenceFlow id="f2" sourceRef="work" targetRef="end" />
                    <bpmn:endEvent id="end" />""");
        }
    }

    @Test
    void shouldFindForEveryFilterExactlyWhatTheEngineFoundAndNothingOfAnotherJurisdiction() {
        String tengzhou = started("complaint-clerk", "370481", "滕州某化工有限公司", CODE);
        Complaints.close(taskService, tengzhou);
        String taierzhuang = started("complaint-clerk", "370405", "台儿庄某机械厂", null);
        overdue(taierzhuang, "enforcement-officer");
        String shanting = started("zaozhuang", "370406", "山亭某化工厂", null);
        claim(shanting, "shanting");
        String shantingOverdue = started(null, "370406", "山亭某煤矿", CODE);
        overdue(shantingOverdue, null);
        String jiangsu = started(null, "320000", "江苏某化工有限公司", CODE);
        overdue(jiangsu, "complaint-clerk");
        String withoutJurisdiction = runtimeService.startProcessInstanceByKey("search-test").getId();
        mine.add(withoutJurisdiction);
        String today = CalendarDays.dayOf(ClockUtil.getCurrentTime()).toString();
        String tomorrow = LocalDate.parse(today).plusDays(1).toString();

        List<CaseSearch.Criteria> searches = List.of(
                criteria(null, null, null, null, null, null, null, null),
                criteria("3704", null, null, null, null, null, null, null),
                criteria(null, "complaint-intake", null, null, null, null, null, null),
                criteria(null, "search-test", null, null, null, null, null, null),
                criteria(null, null, "化工", null, null, null, null, null),
                criteria(null, null, " 山亭某煤矿 ", null, null, null, null, null),
                criteria(null, null, CODE, null, null, null, null, null),
                criteria(null, null, null, "370406", null, null, null, null),
                criteria(null, null, null, "320000", null, null, null, null),
                criteria(null, null, null, null, "running", null, null, null),
                criteria(null, null, null, null, "finished", null, null, null),
                criteria(null, null, null, null, "overdue", null, null, null),
                criteria(null, null, null, null, null, today, today, null),
                criteria(null, null, null, null, null, tomorrow, null, null),
                criteria(null, null, null, null, null, null, null, "complaint-clerk"),
                criteria(null, null, null, null, null, null, null, "enforcement-officer"),
                criteria(null, null, null, null, null, null, null, "zaozhuang"),
                criteria(null, null, null, null, null, null, null, "shanting"),
                criteria(null, null, null, null, "overdue", null, null, "complaint-clerk"),
                criteria(null, null, "化工", "370481", "finished", today, null, "complaint-clerk"));

        int compared = 0;
        for (String user : USERS) {
            Set<String> tenants = signIn(user);
            try {
                for (CaseSearch.Criteria criteria : searches) {
                    List<CaseSearch.Hit> found = search.find(criteria).page(0, 200_000);
                    Set<String> oracle = ids(OldEngineSearch.query(historyService, taskService, criteria).list());
                    assertThat(mine(found)).as(user + " " + criteria).isEqualTo(mine(oracle));
                    assertThat(search.find(criteria).countAndPage(0, 1).total()).as(user + " count " + criteria).isEqualTo(found.size());
                    assertThat(found).extracting(hit -> (OffsetDateTime) hit.summary().get("startedAt")).as("newest first")
                            .isSortedAccordingTo(Comparator.reverseOrder());
                    if (!user.equals("demo")) {
                        assertThat(found).as(user + " sees only its jurisdictions").allSatisfy(hit -> assertThat(hit.summary().get("jurisdiction"))
                                .satisfiesAnyOf(j -> assertThat(j).isNull(), j -> assertThat(tenants).contains((String) j)));
                    }
                    compared += mine(oracle).size();
                }
            } finally {
                identityService.clearAuthentication();
            }
        }
        assertThat(compared).as("the searches found some of the cases at all").isGreaterThan(50);
        assertThat(jurisdictionsFound("auditor")).contains("370481", "370405", "370406").doesNotContain("320000");
        assertThat(jurisdictionsFound("shanting")).containsOnly("370406", null);
        assertThat(jurisdictionsFound("demo")).contains("320000", null);
    }

    @Test
    void shouldLeaveOutAProcessWhoseHistoryTheEngineRefusesTheAuditor() {
        String complaint = started("complaint-clerk", "370405", "台儿庄某化工厂", null);
        String unrelated = runtimeService.startProcessInstanceByKey("search-test").getId();
        mine.add(unrelated);
        // SafetyFlow grants only (no REVOKE authorizations: security.AuthorizationLookups): a reader granted the history
        // of the 12350 process alone, in the county's jurisdiction.
        String reader = "search-partial-reader";
        if (identityService.createUserQuery().userId(reader).count() == 0) {
            User user = identityService.newUser(reader);
            user.setPassword("Partial#Reader26");
            identityService.saveUser(user);
            identityService.createTenantUserMembership("370405", reader);
        }
        Authorization grant = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        grant.setUserId(reader);
        grant.setResource(Resources.PROCESS_DEFINITION);
        grant.setResourceId("complaint-intake");
        grant.addPermission(ProcessDefinitionPermissions.READ_HISTORY);
        grant.addPermission(ProcessDefinitionPermissions.READ_TASK);
        authorizationService.saveAuthorization(grant);
        try {
            signIn(reader);
            for (String state : new String[] {null, "overdue"}) {
                CaseSearch.Criteria criteria = criteria(null, null, null, null, state, null, null, null);
                Set<String> found = mine(search.find(criteria).page(0, 200_000).stream().map(CaseSearch.Hit::processInstanceId).toList());
                assertThat(found).isEqualTo(mine(ids(OldEngineSearch.query(historyService, taskService, criteria).list())));
                if (state == null) {
                    assertThat(found).contains(complaint).doesNotContain(unrelated);
                }
            }
        } finally {
            identityService.clearAuthentication();
            authorizationService.deleteAuthorization(grant.getId());
        }
    }

    @Test
    void shouldFindARenamedEnterpriseByItsNewNameAndAnEndedCaseAsFinished() {
        String id = started("complaint-clerk", "370481", "滕州旧名称机械有限公司", null);
        String caseNumber = historyService.createHistoricProcessInstanceQuery().processInstanceId(id).singleResult().getBusinessKey();
        Http auditor = Http.as(port, "auditor", "demo");
        assertThat(cases(auditor, "caseNumber=" + caseNumber + "&state=running")).containsExactly(caseNumber);

        runtimeService.setVariable(id, "enterpriseName", "滕州新名称机械有限公司");
        Complaints.close(taskService, id);

        assertThat(cases(auditor, "enterprise=" + URLEncoder.encode("旧名称", StandardCharsets.UTF_8))).doesNotContain(caseNumber);
        assertThat(cases(auditor, "enterprise=" + URLEncoder.encode("新名称", StandardCharsets.UTF_8))).containsExactly(caseNumber);
        assertThat(cases(auditor, "caseNumber=" + caseNumber + "&state=running")).isEmpty();
        JsonNode finished = auditor.get("/api/audit/cases?caseNumber=" + caseNumber + "&state=finished").json();
        assertThat(finished.path("total").asLong()).isEqualTo(1);
        assertThat(finished.at("/cases/0/state").asText()).isEqualTo("COMPLETED");
        assertThat(finished.at("/cases/0/endedAt").asText()).isNotEmpty();
        assertThat(finished.at("/cases/0").fieldNames()).toIterable().containsExactly("caseNumber", "processKey", "processName",
                "processDefinitionId", "jurisdiction", "state", "startedAt", "startedBy", "endedAt");
        assertThat(finished.at("/cases/0/processName").asText()).isEqualTo("12350 举报受理");
        assertThat(finished.at("/cases/0/startedBy").asText()).isEqualTo("complaint-clerk");
    }

    private String started(String user, String jurisdiction, String enterprise, String creditCode) {
        Map<String, Object> variables = report(jurisdiction);
        variables.put("enterpriseName", enterprise);
        if (creditCode != null) {
            variables.put("enterpriseCreditCode", creditCode);
        }
        if (user != null) {
            signIn(user);
        }
        try {
            String id = runtimeService.startProcessInstanceByKey("complaint-intake", variables).getId();
            mine.add(id);
            return id;
        } finally {
            identityService.clearAuthentication();
        }
    }

    /** The case's open task fell due yesterday, held by {@code assignee}. */
    private void overdue(String id, String assignee) {
        Task task = task(id);
        taskService.setDueDate(task.getId(), Date.from(Instant.now().minusSeconds(86_400)));
        if (assignee != null) {
            taskService.setAssignee(task.getId(), assignee);
        }
    }

    private void claim(String id, String user) {
        taskService.claim(task(id).getId(), user);
    }

    private Task task(String id) {
        return taskService.createTaskQuery().processInstanceId(id).singleResult();
    }

    /** Signs the user in as the authentication filter does; returns its jurisdictions and those under them. */
    private Set<String> signIn(String user) {
        SignIn.as(identityService, user);
        Set<String> widened = new LinkedHashSet<>();
        // A command widens the authentication by the jurisdictions under the user's (registry.JurisdictionScopePlugin).
        historyService.createHistoricProcessInstanceQuery().processInstanceId("none").count();
        List<String> scope = identityService.getCurrentAuthentication().getTenantIds();
        widened.addAll(scope == null ? List.of() : scope);
        return widened;
    }

    private Set<String> jurisdictionsFound(String user) {
        signIn(user);
        try {
            Set<String> jurisdictions = new HashSet<>();
            search.find(criteria(null, null, null, null, null, null, null, null)).page(0, 200_000).stream()
                    .filter(hit -> mine.contains(hit.processInstanceId())).forEach(hit -> jurisdictions.add((String) hit.summary().get("jurisdiction")));
            return jurisdictions;
        } finally {
            identityService.clearAuthentication();
        }
    }

    private static List<String> cases(Http auditor, String query) {
        return auditor.get("/api/audit/cases?size=200&" + query).json().path("cases").findValuesAsText("caseNumber");
    }

    private Set<String> mine(List<CaseSearch.Hit> hits) {
        return mine(hits.stream().map(CaseSearch.Hit::processInstanceId).toList());
    }

    private Set<String> mine(java.util.Collection<String> ids) {
        Set<String> result = new HashSet<>(ids);
        result.retainAll(mine);
        return result;
    }

    private static Set<String> ids(List<HistoricProcessInstance> instances) {
        Set<String> ids = new HashSet<>();
        instances.forEach(instance -> ids.add(instance.getId()));
        return ids;
    }

    private static CaseSearch.Criteria criteria(String caseNumber, String processKey, String enterprise, String jurisdiction, String state,
            String from, String to, String actor) {
        return new CaseSearch.Criteria(caseNumber, processKey, enterprise, jurisdiction, state, from, to, actor);
    }

    /** The search as it was: the engine's history query under the caller's authentication (main before the case index). */
    static final class OldEngineSearch {

        static HistoricProcessInstanceQuery query(HistoryService history, TaskService tasks, CaseSearch.Criteria criteria) {
            HistoricProcessInstanceQuery query = history.createHistoricProcessInstanceQuery();
            if (present(criteria.caseNumber())) {
                query.processInstanceBusinessKeyLike("%" + criteria.caseNumber().strip() + "%");
            }
            if (present(criteria.processKey())) {
                query.processDefinitionKey(criteria.processKey().strip());
            }
            if (present(criteria.enterprise())) {
                String enterprise = criteria.enterprise().strip();
                if (enterprise.matches("[0-9A-Z]{18}")) {
                    query.variableValueEquals("enterpriseCreditCode", enterprise);
                } else {
                    query.variableValueLike("enterpriseName", "%" + enterprise + "%");
                }
            }
            if (present(criteria.jurisdiction())) {
                query.tenantIdIn(criteria.jurisdiction().strip());
            }
            if (present(criteria.from())) {
                query.startedAfter(CalendarDays.endOf(LocalDate.parse(criteria.from()).minusDays(1)));
            }
            if (present(criteria.to())) {
                query.startedBefore(CalendarDays.endOf(LocalDate.parse(criteria.to())));
            }
            Set<String> ids = null;
            if (present(criteria.actor())) {
                ids = new HashSet<>();
                for (HistoricTaskInstance task : history.createHistoricTaskInstanceQuery().taskAssignee(criteria.actor().strip()).list()) {
                    ids.add(task.getProcessInstanceId());
                }
                for (HistoricProcessInstance started : history.createHistoricProcessInstanceQuery().startedBy(criteria.actor().strip()).list()) {
                    ids.add(started.getId());
                }
            }
            if ("running".equals(criteria.state())) {
                query.unfinished();
            } else if ("finished".equals(criteria.state())) {
                query.finished();
            } else if ("overdue".equals(criteria.state())) {
                Set<String> overdue = new HashSet<>();
                for (Task task : tasks.createTaskQuery().dueBefore(ClockUtil.getCurrentTime()).list()) {
                    overdue.add(task.getProcessInstanceId());
                }
                if (ids == null) {
                    ids = overdue;
                } else {
                    ids.retainAll(overdue);
                }
            }
            if (ids != null) {
                query.processInstanceIds(ids.isEmpty() ? Set.of("none") : ids);
            }
            return query.orderByProcessInstanceStartTime().desc();
        }

        private static boolean present(String value) {
            return value != null && !value.isBlank();
        }
    }
}
