package org.safetyflow.accident;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.identity.User;
import org.safetyflow.registry.EnclosingJurisdictions;
import org.safetyflow.registry.Jurisdiction;
import org.safetyflow.registry.JurisdictionStaff;
import org.safetyflow.security.Role;
import org.safetyflow.security.SystemActions;
import org.safetyflow.security.UserNames;
import org.springframework.stereotype.Component;

/**
 * Whom a government can name to an investigation team (事故条例§22: the departments, the police, the
 * union, experts): the users of those roles who work for the investigating jurisdiction — the one at
 * {@code investigationLevel} enclosing the case's, or an enclosing city or province — offered to the
 * team and hand-over forms as {@code userOptions} ({@code label} 「姓名（用户名）」, {@code value} the
 * user id), so that nobody types ids. A 国务院 investigation offers the province's.
 */
@Component("investigatorChoices")
class InvestigatorChoices implements TaskListener {

    static final List<Role> ROLES = List.of(Role.INVESTIGATION_TEAM, Role.ACCIDENT_OFFICER, Role.GOVERNMENT, Role.EXPERT,
            Role.ENFORCEMENT_OFFICER, Role.BUREAU_HEAD);

    private final EnclosingJurisdictions jurisdictions;
    private final JurisdictionStaff staff;

    InvestigatorChoices(EnclosingJurisdictions jurisdictions, JurisdictionStaff staff) {
        this.jurisdictions = jurisdictions;
        this.staff = staff;
    }

    @Override
    public void notify(DelegateTask task) {
        String investigating = investigatingJurisdiction((String) task.getVariable("jurisdiction"), (String) task.getVariable("investigationLevel"));
        IdentityService identity = task.getProcessEngineServices().getIdentityService();
        Map<String, User> users = new TreeMap<>();
        // Whoever completed the previous step need not be allowed to read users, groups and tenants.
        SystemActions.inThisCommand(() -> {
            Set<String> working = staff.of(investigating);
            for (Role role : ROLES) {
                identity.createUserQuery().memberOfGroup(role.groupId()).list().stream().filter(user -> working.contains(user.getId()))
                        .forEach(user -> users.putIfAbsent(user.getId(), user));
            }
        });
        List<Map<String, String>> options = new ArrayList<>();
        users.values().forEach(user -> {
            Map<String, String> option = new LinkedHashMap<>();
            option.put("label", UserNames.of(user) + "（" + user.getId() + "）");
            option.put("value", user.getId());
            options.add(option);
        });
        task.setVariableLocal("userOptions", options);
    }

    /** The code of the jurisdiction whose government investigates: the case's own at COUNTY, its city at CITY, … */
    String investigatingJurisdiction(String caseJurisdiction, String investigationLevel) {
        Jurisdiction.Level level = investigationLevel == null || "STATE_COUNCIL".equals(investigationLevel)
                ? Jurisdiction.Level.PROVINCE : Jurisdiction.Level.valueOf(investigationLevel);
        return jurisdictions.at(caseJurisdiction, level).code();
    }

    /** 「姓名（用户名）」 of a user, or the id alone for a user no longer there. */
    static String nameOf(IdentityService identity, String userId) {
        User user = identity.createUserQuery().userId(userId).singleResult();
        return user == null ? userId : UserNames.of(user) + "（" + userId + "）";
    }
}
