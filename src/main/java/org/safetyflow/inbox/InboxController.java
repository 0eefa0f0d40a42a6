package org.safetyflow.inbox;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.ListQueryParameterObject;
import org.safetyflow.input.FieldType;
import org.safetyflow.input.Fields;
import org.safetyflow.inbox.InboxViews.Caller;
import org.safetyflow.inbox.InboxViews.View;
import org.safetyflow.rules.Refusal;
import org.safetyflow.security.CurrentUser;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/inbox}: the caller's tasks in one view (contract §12), by due date, or its 抄送 and 已办 items, newest first. */
@RestController
class InboxController {

    /** The deepest item a page reaches: an inbox is worked from its top, a search finds the rest (GET /api/audit/cases). */
    static final int DEEPEST = 5000;

    private final InboxViews views;
    private final CarbonCopies copies;
    private final CurrentUser currentUser;
    private final ProcessEngineConfigurationImpl engine;

    InboxController(InboxViews views, CarbonCopies copies, CurrentUser currentUser, ProcessEngineConfigurationImpl engine) {
        this.views = views;
        this.copies = copies;
        this.currentUser = currentUser;
        this.engine = engine;
    }

    @GetMapping("/api/inbox")
    Map<String, Object> inbox(@RequestParam(defaultValue = "mine") String view, @RequestParam(defaultValue = "1") String page,
            @RequestParam(defaultValue = "20") String size) {
        String name = Fields.required("view", "视图", FieldType.oneOf(Arrays.stream(View.values()).map(v -> v.name).toList()), view);
        int pageNumber = Fields.page(page);
        int pageSize = Fields.pageSize(size, 100);
        if ((long) pageNumber * pageSize > DEEPEST) {
            throw Refusal.invalid("page", "待办列表只能翻阅前 " + DEEPEST + " 条；更早的案件请在审计查询中检索");
        }
        View chosen = Arrays.stream(View.values()).filter(v -> v.name.equals(name)).findFirst().orElseThrow();
        Caller caller = caller();
        int offset = (pageNumber - 1) * pageSize;
        InboxViews.Page found = chosen == View.CC ? copies.received(caller, offset, pageSize) : views.tasks(chosen, caller, offset, pageSize);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("view", name);
        answer.put("total", found.total());
        answer.put("page", pageNumber);
        answer.put("size", pageSize);
        answer.put("items", found.items());
        return answer;
    }

    /** The caller as the engine's queries see it: its groups, and its jurisdictions with those under them (none for one it does not check). */
    private Caller caller() {
        String user = currentUser.id();
        List<String> groups = currentUser.groups();
        return engine.getCommandExecutorTxRequired().execute(context -> {
            ListQueryParameterObject checks = new ListQueryParameterObject();
            context.getTenantManager().configureQuery(checks);
            List<String> tenants = checks.getTenantCheck().isTenantCheckEnabled()
                    ? (checks.getTenantCheck().getAuthTenantIds() == null ? List.of() : checks.getTenantCheck().getAuthTenantIds()) : null;
            return new Caller(user, groups, tenants);
        });
    }
}
