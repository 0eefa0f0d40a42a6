package org.safetyflow.enforcement;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.safetyflow.registry.Department;
import org.safetyflow.registry.Inspector;
import org.safetyflow.registry.InspectorRoster;
import org.safetyflow.registry.Jurisdiction;
import org.safetyflow.registry.JurisdictionDirectory;
import org.safetyflow.rules.Refusal;
import org.safetyflow.security.SystemActions;
import org.springframework.stereotype.Component;

/**
 * The 执法人员 a 行政处罚 step names (调查取证, 整改复查, 复产审查, 拒不执行的现场笔录, 移送书专案组): ticked on the form from
 * those who may act in the case — the 应急管理 inspectors of the roster (执法检查人员名录库, each with its 执法证) who work
 * for the case's jurisdiction (members of it or of a division enclosing it), less those who declared a 回避 with the party
 * (行政处罚法第四十三条). When the step opens, {@link #offer} sets {@code officerOptions} on the task (label 「姓名（部门，用户名）」,
 * value the user id) for the form's checklist; when it is done, {@link #require} refuses (400 naming the field) any named
 * id that is not one of them, and records the names with their 执法证号 ({@code <field>Text}) for the 文书. The count
 * (at least two, 行政处罚法第四十二条、第五十五条) stays the step's InputSpec rule.
 */
@Component("penaltyOfficers")
public class PenaltyOfficers {

    static final String OPTIONS = "officerOptions";
    /** The 行政处罚 is the 应急管理部门's (安全生产法第一百一十五条): its own 执法人员 act in it. */
    static final Department DEPARTMENT = Department.EMERGENCY;
    /** The fields that name officials, by the label of their form. */
    static final Map<String, String> FIELDS = Map.of("investigators", "调查取证的执法人员", "recheckers", "复查的执法人员",
            "resumptionReviewers", "审查的执法人员", "shutdownRefusalOfficers", "现场执法人员", "transferDrafters", "移送书承办人员");

    private final InspectorRoster roster;
    private final JurisdictionDirectory jurisdictions;

    PenaltyOfficers(InspectorRoster roster, JurisdictionDirectory jurisdictions) {
        this.roster = roster;
        this.jurisdictions = jurisdictions;
    }

    /** The step opens: who may be named, as its form's checklist offers them ({@code officerOptions}, task-local). */
    public void offer(DelegateTask task) {
        task.setVariableLocal(OPTIONS, options(eligible(task)));
    }

    /**
     * The step is done: every id in {@code field} is one of those who may be named (else 400 naming the field and who may);
     * {@code <field>Text} 「姓名（执法证号）」 for the 文书.
     */
    public void require(DelegateTask task, String field) {
        List<String> named = EnforcementLabels.strings(task.getVariable(field));
        if (named.isEmpty()) {
            return; // the step's InputSpec has refused an empty list already; nothing to compare
        }
        String label = FIELDS.getOrDefault(field, field);
        String party = party(task);
        List<Inspector> working = working(task);
        List<Inspector> eligible = working.stream().filter(inspector -> party == null || !inspector.conflictsWith(party)).toList();
        List<String> ids = eligible.stream().map(Inspector::userId).toList();
        List<String> declaredConflict = working.stream().filter(inspector -> !eligible.contains(inspector))
                .map(Inspector::userId).filter(named::contains).toList();
        if (!declaredConflict.isEmpty()) {
            throw Refusal.invalid(field, "「" + label + "」（" + field + "）中 " + String.join("、", declaredConflict)
                    + " 已申报与当事人（" + party + "）回避，不能参与本案（行政处罚法第四十三条）");
        }
        List<String> strangers = named.stream().filter(id -> !ids.contains(id)).toList();
        if (!strangers.isEmpty()) {
            throw Refusal.invalid(field, "「" + label + "」（" + field + "）中 " + String.join("、", strangers) + " 不是"
                    + jurisdictionName(task) + "执法人员名录中持有行政执法证件的" + DEPARTMENT.displayName() + "执法人员（可选："
                    + (ids.isEmpty() ? "无" : String.join("、", ids)) + "）");
        }
        List<String> texts = new ArrayList<>();
        for (String id : named) {
            Inspector inspector = eligible.get(ids.indexOf(id));
            texts.add(display(inspector) + "（执法证号 " + inspector.certificateNumber() + "）");
        }
        task.setVariable(field + "Text", String.join("、", texts));
    }

    /** Those who may be named in the case of {@code scope}: by user id, as the roster lists them. */
    List<Inspector> eligible(VariableScope scope) {
        String party = party(scope);
        return working(scope).stream().filter(inspector -> party == null || !inspector.conflictsWith(party)).toList();
    }

    /** The department's inspectors who work for the case's jurisdiction, 回避 or not. */
    private List<Inspector> working(VariableScope scope) {
        String jurisdiction = scope.getVariable("jurisdiction") instanceof String code ? code : null;
        if (!jurisdictions.isKnown(jurisdiction)) {
            return List.of();
        }
        List<Inspector> working = new ArrayList<>();
        // The roster's names come from the engine's users: read as SafetyFlow, whoever completes the step.
        SystemActions.inThisCommand(() -> working.addAll(roster.workingFor(DEPARTMENT, jurisdiction)));
        return working;
    }

    /** 「姓名（应急管理，用户名）」 ticks the user name. */
    static List<Map<String, String>> options(List<Inspector> inspectors) {
        List<Map<String, String>> options = new ArrayList<>();
        for (Inspector inspector : inspectors) {
            Map<String, String> option = new LinkedHashMap<>();
            option.put("label", display(inspector) + "（" + inspector.departmentName() + "，" + inspector.userId() + "）");
            option.put("value", inspector.userId());
            options.add(option);
        }
        return options;
    }

    private static String display(Inspector inspector) {
        return inspector.name() == null || inspector.name().isBlank() ? inspector.userId() : inspector.name();
    }

    private static String party(VariableScope scope) {
        return scope.getVariable("enterpriseCreditCode") instanceof String code ? code : null;
    }

    private String jurisdictionName(VariableScope scope) {
        Optional<Jurisdiction> jurisdiction = jurisdictions.find(scope.getVariable("jurisdiction") instanceof String code ? code : null);
        return jurisdiction.map(j -> "本案管辖区划（" + j.name() + "，" + j.code() + "）").orElse("本案管辖区划");
    }
}
