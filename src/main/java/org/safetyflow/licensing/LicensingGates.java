package org.safetyflow.licensing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.safetyflow.calendar.CalendarDays;
import org.safetyflow.registry.Blacklist;
import org.safetyflow.registry.BlacklistEntry;
import org.springframework.stereotype.Component;

/**
 * The gates a licence must pass before it can be granted (contract §9), each with the Chinese reason
 * naming the entry or case that decides it:
 * <ul>
 * <li>{@code BLACKLIST}: an entry of the 严重失信主体名单 in force today (国发〔2016〕33号 联合惩戒);</li>
 * <li>{@code THREE_SIMULTANEITIES}: a 三同时 case of the enterprise still open, or ended other than
 * {@code COMPLETE} — 安全设施未同时投入使用的，不得颁发安全生产许可证 (国发〔2011〕40号);</li>
 * <li>{@code LISTED_HAZARD}: a 重大事故隐患 of the enterprise under 挂牌督办;</li>
 * <li>{@code WORK_INJURY_INSURANCE}: the application's 工伤保险参保证明 ({@link WorkInjuryInsurance});</li>
 * <li>{@code CIVIL_EXPLOSIVES_STAFFING}: a 民爆 application's 定员表 against the 定员 ({@link StaffingLimits}).</li>
 * </ul>
 * The last two judge an application. Asked without one (the gates call), they judge the enterprise's latest
 * licensing case of that type, naming it, and where there is none they pass 「以申请材料为准」.
 * It reads the cases of the caller's jurisdictions (and those under them), whatever process role the
 * caller has: the licensing window must see a 三同时 case it does not follow.
 */
@Component
public class LicensingGates {

    static final String SIMULTANEITY_PROCESS = "three-simultaneities-review";
    static final String HAZARD_PROCESS = "hazard-rectification";
    static final String NO_APPLICATION = "未查到该企业此类许可申请，以申请材料为准";

    private final Blacklist blacklist;
    private final HistoryService history;
    private final RuntimeService runtime;
    private final StaffingLimits staffing;

    LicensingGates(Blacklist blacklist, HistoryService history, RuntimeService runtime, StaffingLimits staffing) {
        this.blacklist = blacklist;
        this.history = history;
        this.runtime = runtime;
        this.staffing = staffing;
    }

    /** The gates of the enterprise's other cases (contract §9's three); call it where the engine's role checks are off. */
    public List<GateResult> check(String creditCode) {
        return List.of(blacklist(creditCode), simultaneity(creditCode), listedHazard(creditCode));
    }

    /** Every gate, for an application: the contract's three, then those that judge what the application states. */
    List<GateResult> check(String creditCode, String licenceType, LicensingApplication application) {
        List<GateResult> results = new ArrayList<>(check(creditCode));
        results.add(WorkInjuryInsurance.check(application));
        results.add(staffing.check(licenceType, application.staffing(), application.caseNumber()));
        return results;
    }

    /** Every gate with no application at hand (the gates call): the enterprise's latest case of the type stands for it. */
    List<GateResult> check(String creditCode, String licenceType) {
        HistoricProcessInstance latest = history.createHistoricProcessInstanceQuery().processDefinitionKey(LicensingInputs.PROCESS_KEY)
                .variableValueEquals("enterpriseCreditCode", creditCode).variableValueEquals("licenceType", licenceType)
                .orderByProcessInstanceStartTime().desc().listPage(0, 1).stream().findFirst().orElse(null);
        if (latest == null) {
            List<GateResult> results = new ArrayList<>(check(creditCode));
            results.add(GateResult.passed(WorkInjuryInsurance.GATE, NO_APPLICATION, null));
            results.add("CIVIL_EXPLOSIVES_PRODUCTION".equals(licenceType)
                    ? GateResult.passed(StaffingLimits.GATE, NO_APPLICATION, null)
                    : staffing.check(licenceType, List.of(), null));
            return results;
        }
        Map<String, Object> variables = new HashMap<>();
        history.createHistoricVariableInstanceQuery().processInstanceId(latest.getId()).list()
                .forEach(variable -> variables.put(variable.getName(), variable.getValue()));
        List<GateResult> results = check(creditCode, licenceType, LicensingApplication.of(latest.getBusinessKey(), variables));
        String source = "据许可案件 " + latest.getBusinessKey() + " 的申请材料：";
        return results.stream().map(result -> result.caseNumber() != null && result.caseNumber().equals(latest.getBusinessKey())
                ? new GateResult(result.gate(), result.passed(), source + result.reason(), result.caseNumber()) : result).toList();
    }

    private GateResult blacklist(String creditCode) {
        LocalDate today = CalendarDays.dayOf(ClockUtil.getCurrentTime());
        for (BlacklistEntry entry : blacklist.entries(creditCode)) {
            if (entry.inForceOn(today)) {
                return GateResult.failed("BLACKLIST", "列入严重失信主体名单（" + entry.reason() + "；列入日期 " + entry.listedOn()
                        + "，至 " + entry.expiresOn() + (entry.decisionNumber() == null ? "" : "，决定文号 " + entry.decisionNumber()) + "）",
                        entry.sourceCase());
            }
        }
        return GateResult.passed("BLACKLIST", "未列入严重失信主体名单", null);
    }

    private GateResult simultaneity(String creditCode) {
        List<HistoricProcessInstance> cases = history.createHistoricProcessInstanceQuery()
                .processDefinitionKey(SIMULTANEITY_PROCESS).variableValueEquals("enterpriseCreditCode", creditCode)
                .orderByProcessInstanceStartTime().asc().list();
        List<String> complete = new ArrayList<>();
        for (HistoricProcessInstance project : cases) {
            String status = text(project.getId(), "projectStatusLabel");
            String name = "建设项目「" + text(project.getId(), "projectName") + "」（三同时案件 " + project.getBusinessKey() + "）";
            if (project.getEndTime() == null) {
                return GateResult.failed("THREE_SIMULTANEITIES", name + "的安全设施“三同时”尚未完成（当前：" + status
                        + "），竣工验收前不得颁发安全生产许可证", project.getBusinessKey());
            }
            if (!"COMPLETE".equals(text(project.getId(), "projectStatus"))) {
                return GateResult.failed("THREE_SIMULTANEITIES", name + "以「" + status + "」结束，安全设施未同时投入生产和使用，"
                        + "不得颁发安全生产许可证（国发〔2011〕40号）", project.getBusinessKey());
            }
            complete.add(project.getBusinessKey());
        }
        return complete.isEmpty()
                ? GateResult.passed("THREE_SIMULTANEITIES", "未查到该企业的建设项目安全设施“三同时”案件", null)
                : GateResult.passed("THREE_SIMULTANEITIES", "该企业的建设项目安全设施“三同时”均已竣工验收完成（"
                        + String.join("、", complete) + "）", complete.get(complete.size() - 1));
    }

    private GateResult listedHazard(String creditCode) {
        List<ProcessInstance> listed = runtime.createProcessInstanceQuery().processDefinitionKey(HAZARD_PROCESS)
                .variableValueEquals("enterpriseCreditCode", creditCode).variableValueEquals("listed", true).list();
        if (!listed.isEmpty()) {
            String caseNumber = listed.get(0).getBusinessKey();
            return GateResult.failed("LISTED_HAZARD", "有重大事故隐患正在挂牌督办（隐患案件 " + caseNumber + "），销号前不予许可", caseNumber);
        }
        return GateResult.passed("LISTED_HAZARD", "无挂牌督办中的重大事故隐患", null);
    }

    private String text(String processInstanceId, String variable) {
        HistoricVariableInstance value = history.createHistoricVariableInstanceQuery().processInstanceId(processInstanceId)
                .variableName(variable).singleResult();
        return value == null || value.getValue() == null ? "" : value.getValue().toString();
    }

    /** One gate's result (contract §9): {@code gate}, {@code passed}, {@code reason}, and the deciding case. */
    public record GateResult(String gate, boolean passed, String reason, String caseNumber) {

        static GateResult passed(String gate, String reason, String caseNumber) {
            return new GateResult(gate, true, reason, caseNumber);
        }

        static GateResult failed(String gate, String reason, String caseNumber) {
            return new GateResult(gate, false, reason, caseNumber);
        }
    }
}
