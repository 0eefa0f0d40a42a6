package org.safetyflow.registry;

import org.safetyflow.rules.Refusal;
import org.safetyflow.security.CurrentUser;

/**
 * Who reads what a bureau keeps to itself — the 执法人员 roster with its 回避 declarations, and whom a draw
 * sends where (检查 is 四不两直: 不发通知、不打招呼): administrators and the members of an official role group
 * who act for no enterprise. Enterprise users, experts and the 三权分立 administrators get 403.
 */
public final class Officials {

    private Officials() {
    }

    public static void require(CurrentUser user, String what) {
        user.id();
        if (!user.isOfficial()) {
            throw Refusal.forbidden("只有执法机关工作人员可以查阅" + what);
        }
    }
}
