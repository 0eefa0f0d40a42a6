package org.safetyflow.accident;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.identity.User;
import org.safetyflow.security.Role;
import org.springframework.stereotype.Component;

/**
 * Whom a government can name to an investigation team (事故条例§22: the departments, the police, the
 * union, experts): the users of those roles, offered to the team and hand-over forms as
 * {@code userOptions} ({@code label} 「姓名（用户名）」, {@code value} the user id), so that nobody types ids.
 */
@Component("investigatorChoices")
class InvestigatorChoices implements TaskListener {

    static final List<Role> ROLES = List.of(Role.INVESTIGATION_TEAM, Role.ACCIDENT_OFFICER, Role.GOVERNMENT, Role.EXPERT,
            Role.ENFORCEMENT_OFFICER, Role.BUREAU_HEAD);

    @Override
    public void notify(DelegateTask task) {
        IdentityService identity = task.getProcessEngineServices().getIdentityService();
        Map<String, User> users = new TreeMap<>();
        for (Role role : ROLES) {
            identity.createUserQuery().memberOfGroup(role.groupId()).list().forEach(user -> users.putIfAbsent(user.getId(), user));
        }
        List<Map<String, String>> options = new ArrayList<>();
        users.values().forEach(user -> {
            Map<String, String> option = new LinkedHashMap<>();
            option.put("label", name(user) + "（" + user.getId() + "）");
            option.put("value", user.getId());
            options.add(option);
        });
        task.setVariableLocal("userOptions", options);
    }

    private static String name(User user) {
        String name = (user.getLastName() == null ? "" : user.getLastName()) + (user.getFirstName() == null ? "" : user.getFirstName());
        return name.isBlank() ? user.getId() : name;
    }
}
