package org.safetyflow.registry;

import java.util.EnumSet;
import java.util.Set;
import org.safetyflow.rules.Refusal;
import org.safetyflow.security.CurrentUser;
import org.safetyflow.security.Role;

/**
 * Who reads what a bureau keeps to itself — the 执法人员 roster with its 回避 declarations, and whom a draw
 * sends where (检查 is 四不两直: 不发通知、不打招呼): administrators and the members of an official role group
 * who act for no enterprise. Enterprise users, experts and the 三权分立 administrators get 403.
 */
public final class Officials {

    private static final Set<Role> NOT_OFFICIALS = EnumSet.of(Role.ENTERPRISE, Role.EXPERT);

    private Officials() {
    }

    public static void require(CurrentUser user, String what) {
        user.id();
        if (user.isAdministrator()) {
            return;
        }
        boolean actsForAnEnterprise = user.groups().stream().anyMatch(group -> group.startsWith(EnterpriseGroups.PREFIX));
        boolean official = EnumSet.allOf(Role.class).stream()
                .anyMatch(role -> role.isWorkflow() && !NOT_OFFICIALS.contains(role) && user.isMemberOf(role));
        if (actsForAnEnterprise || !official) {
            throw Refusal.forbidden("只有执法机关工作人员可以查阅" + what);
        }
    }
}
