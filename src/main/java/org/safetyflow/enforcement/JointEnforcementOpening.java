package org.safetyflow.enforcement;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.spin.plugin.variable.SpinValues;
import org.safetyflow.casefile.CaseDocuments;
import org.safetyflow.casefile.CaseLabels;
import org.safetyflow.registry.Enterprise;
import org.safetyflow.registry.Enterprises;
import org.safetyflow.registry.InspectorRoster;
import org.safetyflow.rules.Refusal;
import org.safetyflow.security.UserNames;
import org.springframework.stereotype.Component;

/**
 * A joint-enforcement case opens: the lead department (the first of {@code departments}) starts it through one of its
 * inspectors; the sample is drawn and recorded in the start's transaction ({@link EnforcementDraws}: a refused draw
 * stores nothing, case included); the 检查事项清单 of the departments is copied into the case (照单检查: the plan keeps
 * the list it was made with); the 抽查名单 is kept in the case file, not published (四不两直).
 */
@Component("jointEnforcementOpening")
class JointEnforcementOpening implements ExecutionListener {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final EnforcementDraws draws;
    private final EnforcementChecklists checklists;
    private final InspectorRoster roster;
    private final Enterprises enterprises;
    private final CaseDocuments documents;

    JointEnforcementOpening(EnforcementDraws draws, EnforcementChecklists checklists, InspectorRoster roster, Enterprises enterprises,
            CaseDocuments documents) {
        this.draws = draws;
        this.checklists = checklists;
        this.roster = roster;
        this.enterprises = enterprises;
        this.documents = documents;
    }

    @Override
    public void notify(DelegateExecution execution) {
        List<String> departments = EnforcementLabels.strings(execution.getVariable("departments"));
        String lead = departments.get(0);
        String starter = requireLeadDepartmentsOfficer(execution, lead);
        Object seed = execution.getVariable("randomSeed");
        RecordedDraw draw = draws.draw(execution.getProcessBusinessKey(), (String) execution.getVariable("jurisdiction"),
                (String) execution.getVariable("industry"), departments, ((Number) execution.getVariable("sampleSize")).intValue(),
                seed instanceof Number number ? number.longValue() : null);
        execution.setVariables(draw.resultVariables());
        execution.setVariable("leadDepartment", lead);
        execution.setVariable("leadDepartmentOfficers", String.join(",", leadDepartmentOfficers(draw, starter)));
        execution.setVariable("departmentsText", EnforcementLabels.departmentNames(departments));
        CaseLabels.name(execution, "leadDepartment", EnforcementLabels.DEPARTMENTS);
        List<EnforcementChecklists.Item> items = checklists.forPlan(departments);
        execution.setVariable("checklist", SpinValues.jsonValue(json(items)).create());
        execution.setVariable("checklistText", items.stream()
                .map(i -> i.code() + "（" + EnforcementLabels.DEPARTMENTS.get(i.department()) + "）" + i.item() + "（" + i.basis() + "）")
                .collect(Collectors.joining("\n")));
        Map<String, Object> list = new LinkedHashMap<>();
        list.put("randomSeed", draw.seed());
        list.put("sampledEnterprises", draw.sampledEnterprises().stream().map(this::named).toList());
        // The inspectors by name, as the list is read and printed (the draw's variables keep their user ids for the replay).
        IdentityService identity = execution.getProcessEngineServices().getIdentityService();
        list.put("inspectorAssignments", draw.inspectorAssignments().stream()
                .map(a -> named(a.enterpriseCreditCode()) + "：" + String.join("、", a.inspectors().stream().map(id -> UserNames.of(identity, id)).toList()))
                .toList());
        documents.fromRule(execution, "SAMPLE_LIST", "抽查名单（双随机抽取结果，检查前不公开）", list);
    }

    /**
     * 牵头部门 opens the case: an inspector on its roster (or an administrator, for migration).
     *
     * @return the inspector who opened it, or null for an administrator or the engine's own work
     */
    private String requireLeadDepartmentsOfficer(DelegateExecution execution, String lead) {
        Authentication authentication = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        if (authentication == null || authentication.getUserId() == null
                || authentication.getGroupIds() != null && authentication.getGroupIds().contains(Groups.CAMUNDA_ADMIN)) {
            return null;
        }
        boolean ofLead = roster.find(authentication.getUserId()).map(inspector -> inspector.department().name().equals(lead)).orElse(false);
        if (!ofLead) {
            throw Refusal.forbidden("联合执法检查由牵头部门（参与部门中的第一个：" + EnforcementLabels.DEPARTMENTS.getOrDefault(lead, lead)
                    + "）发起：您不在该部门的执法人员名录中");
        }
        return authentication.getUserId();
    }

    /**
     * Who makes the plan (制定抽查计划, the lead department's act): the inspector who opened the case and the lead
     * department's inspectors the draw could send — its roster as the draw saw it, never another department's.
     */
    static List<String> leadDepartmentOfficers(RecordedDraw draw, String starter) {
        Set<String> officers = new LinkedHashSet<>();
        if (starter != null) {
            officers.add(starter);
        }
        String lead = draw.departments().get(0);
        draw.roster().stream().filter(roster -> roster.department().equals(lead))
                .forEach(roster -> roster.inspectors().forEach(member -> officers.add(member.userId())));
        return List.copyOf(officers);
    }

    private String named(String creditCode) {
        return enterprises.find(creditCode).map(Enterprise::name).orElse(creditCode) + "（" + creditCode + "）";
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
