package org.safetyflow.enforcement;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.identity.User;
import org.safetyflow.registry.JurisdictionDirectory;
import org.safetyflow.registry.JurisdictionStaff;
import org.safetyflow.rules.HearingChair;
import org.safetyflow.rules.Refusal;
import org.safetyflow.security.Actors;
import org.safetyflow.security.Role;
import org.safetyflow.security.SystemActions;
import org.safetyflow.security.UserNames;
import org.springframework.stereotype.Component;

/**
 * Who chairs a penalty's hearing (行政处罚法第六十四条第四项: 行政机关指定的非本案调查人员): a 法制审核员 who works for the
 * case's jurisdiction (a member of it or of a division enclosing it) and neither investigated the case nor proposed its
 * penalty. When 通知听证 opens, {@link #offer} sets {@code hearingChairOptions} on the task (label 「姓名（用户名）」, value
 * the user id) for the form's select; when it is done, {@link #designate} takes the chair named ({@code hearingChair}: 400
 * naming the field if it is not one of them) or, none named, whoever notices the hearing (403 if that one handled the case,
 * {@link HearingChair}). Used by {@code administrative-penalty} and by the licence's {@code licence-sanction}.
 */
@Component("hearingChairs")
public class HearingChairs {

    static final String OPTIONS = "hearingChairOptions";

    private final JurisdictionStaff staff;
    private final JurisdictionDirectory jurisdictions;

    HearingChairs(JurisdictionStaff staff, JurisdictionDirectory jurisdictions) {
        this.staff = staff;
        this.jurisdictions = jurisdictions;
    }

    /** 通知听证 opens: whom it may name chair ({@code hearingChairOptions}, task-local), none of {@code caseHandlers}. */
    public void offer(DelegateTask task, Object... caseHandlers) {
        Set<String> handlers = ids(caseHandlers);
        List<Map<String, String>> options = new ArrayList<>();
        for (User reviewer : reviewers(task)) {
            if (!handlers.contains(reviewer.getId())) {
                Map<String, String> option = new LinkedHashMap<>();
                option.put("label", UserNames.of(reviewer) + "（" + reviewer.getId() + "）");
                option.put("value", reviewer.getId());
                options.add(option);
            }
        }
        task.setVariableLocal(OPTIONS, options);
    }

    /**
     * The chair of the hearing noticed: the one named in {@code hearingChair} — impartial and a 法制审核员 of the case's
     * jurisdiction, else 400 naming the field — or, none named, whoever notices it (403 if one of {@code caseHandlers});
     * null when none is named and nobody is signed in (the engine's own work).
     */
    public String designate(DelegateTask task, Object... caseHandlers) {
        Object[] handlers = ids(caseHandlers).toArray();
        if (!(task.getVariable("hearingChair") instanceof String chair) || chair.isBlank()) {
            String actor = Actors.current(task.getProcessEngineServices());
            HearingChair.requireImpartial(actor, handlers);
            return actor;
        }
        String partial = HearingChair.problem(chair, handlers);
        if (partial != null) {
            throw Refusal.invalid("hearingChair", "「听证主持人」（hearingChair）：" + partial);
        }
        if (reviewers(task).stream().noneMatch(reviewer -> reviewer.getId().equals(chair))) {
            throw Refusal.invalid("hearingChair", "「听证主持人」（hearingChair）应为" + jurisdictionName(task) + "的"
                    + Role.LEGAL_REVIEWER.displayName() + "：" + chair + " 不是");
        }
        return chair;
    }

    /** 「姓名（用户名）」 of a chair, for the forms and the 文书. */
    public static String text(DelegateTask task, String chair) {
        String[] text = new String[1];
        SystemActions.inThisCommand(() -> text[0] = InspectionTeams.nameOf(task.getProcessEngineServices().getIdentityService(), chair));
        return text[0];
    }

    /** The user ids among {@code caseHandlers}: each one given, and each of a list given (the named investigators). */
    static Set<String> ids(Object... caseHandlers) {
        Set<String> ids = new LinkedHashSet<>();
        for (Object handler : caseHandlers) {
            if (handler instanceof String id) {
                ids.add(id);
            } else if (handler != null) {
                ids.addAll(EnforcementLabels.strings(handler));
            }
        }
        return ids;
    }

    /** The 法制审核员 who work for the case's jurisdiction, by user id. */
    private List<User> reviewers(DelegateTask scope) {
        String jurisdiction = scope.getVariable("jurisdiction") instanceof String code ? code : null;
        if (!jurisdictions.isKnown(jurisdiction)) {
            return List.of();
        }
        List<User> reviewers = new ArrayList<>();
        IdentityService identity = scope.getProcessEngineServices().getIdentityService();
        // Read as SafetyFlow, whoever notices the hearing: who works where is not the caller's to see or not.
        SystemActions.inThisCommand(() -> {
            Set<String> working = staff.of(jurisdiction);
            identity.createUserQuery().memberOfGroup(Role.LEGAL_REVIEWER.groupId()).orderByUserId().asc().list().stream()
                    .filter(user -> working.contains(user.getId())).forEach(reviewers::add);
        });
        return reviewers;
    }

    private String jurisdictionName(VariableScope scope) {
        return jurisdictions.find(scope.getVariable("jurisdiction") instanceof String code ? code : null)
                .map(j -> "本案管辖区划（" + j.name() + "，" + j.code() + "）").orElse("本案管辖区划");
    }
}
