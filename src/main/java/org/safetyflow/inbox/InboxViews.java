package org.safetyflow.inbox;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.safetyflow.calendar.engine.TimeLimits;
import org.safetyflow.registry.Jurisdiction;
import org.safetyflow.registry.JurisdictionDirectory;
import org.safetyflow.storage.Database;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The views of {@code GET /api/inbox} (contract §12) over the read model ({@link InboxIndex}). Each view is a few
 * kinds of row for the caller's principals (the user, its groups) within its jurisdictions: one index range per
 * principal, kind and jurisdiction, read in due order and merged ({@code UNION ALL} of ordered, limited branches, which
 * PostgreSQL answers with a merge of index scans), so that a page costs the rows it shows, however many tasks the
 * caller's groups hold. A task waiting for several of the caller's groups comes once.
 */
@Component
class InboxViews {

    /** The most tasks {@code total} counts exactly. */
    static final int COUNTED = 1000;

    private final Database database;
    private final TransactionTemplate readOnly;
    private final TimeLimits limits;
    private final JurisdictionDirectory jurisdictions;

    InboxViews(Database database, PlatformTransactionManager transactions, TimeLimits limits, JurisdictionDirectory jurisdictions) {
        this.database = database;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.limits = limits;
        this.jurisdictions = jurisdictions;
    }

    /** The caller's tasks in {@code view} (not {@link View#CC}), the {@code offset}-th on; {@code total} exact up to 1,000. */
    Page tasks(View view, Caller caller, int offset, int size) {
        List<Branch> branches = branches(view, caller);
        return readOnly.execute(status -> {
            database.shortReadsInThisTransaction();
            List<Row> rows = rows(branches, view, offset, size);
            long counted = count(branches, view);
            return new Page(counted > COUNTED ? COUNTED + "+" : counted, items(rows));
        });
    }

    /** The index ranges of a view: principal, kind, jurisdiction. */
    private List<Branch> branches(View view, Caller caller) {
        List<Branch> branches = new ArrayList<>();
        List<String> scopes = caller.tenants() == null ? null : new ArrayList<>(caller.tenants());
        if (scopes != null) {
            scopes.add("-");
        }
        for (String principal : caller.principals()) {
            boolean user = principal.equals(caller.userPrincipal());
            for (char kind : view.kinds) {
                if (kind != 'C' && !user) {
                    continue;
                }
                if (scopes == null) {
                    branches.add(new Branch(principal, kind, null));
                } else {
                    scopes.forEach(scope -> branches.add(new Branch(principal, kind, scope)));
                }
            }
        }
        return branches;
    }

    /** The rows of the page: each branch's first {@code limit} rows in order, merged, each task once. */
    private List<Row> rows(List<Branch> branches, View view, int offset, int size) {
        // A task is in at most one branch per principal: the first (offset + size) tasks lie within this many rows.
        int limit = (offset + size) * Math.max(1, (int) branches.stream().map(Branch::principal).distinct().count());
        List<Object> args = new ArrayList<>();
        String sql = union(branches, view, "*", limit, args) + " order by " + view.order + " limit " + limit;
        Map<String, Row> unique = new LinkedHashMap<>();
        database.jdbc().query(sql, (ResultSet rs) -> {
            Row row = row(rs);
            unique.putIfAbsent(row.taskId(), row);
        }, args.toArray());
        List<Row> ordered = new ArrayList<>(unique.values());
        return ordered.subList(Math.min(offset, ordered.size()), Math.min(offset + size, ordered.size()));
    }

    /** How many tasks, exactly up to {@link #COUNTED}: each branch reads at most one more row than that. */
    private long count(List<Branch> branches, View view) {
        List<Object> args = new ArrayList<>();
        String sql = "select count(distinct task_id) from (" + union(branches, view, "task_id", COUNTED + 1, args) + ") counted";
        Long count = database.jdbc().queryForObject(sql, Long.class, args.toArray());
        return count == null ? 0 : count;
    }

    private String union(List<Branch> branches, View view, String columns, int limit, List<Object> args) {
        Date now = ClockUtil.getCurrentTime();
        List<String> parts = new ArrayList<>();
        for (Branch branch : branches) {
            StringBuilder part = new StringBuilder("(select " + columns + " from sf_inbox where principal = ? and kind = ?");
            args.add(branch.principal());
            args.add(String.valueOf(branch.kind()));
            if (branch.scope() != null) {
                part.append(" and tenant_id = ?");
                args.add(branch.scope());
            }
            if (view == View.OVERDUE) {
                part.append(" and sort_at < ?");
                args.add(new Timestamp(now.getTime()));
            } else if (view == View.DUE_SOON) {
                part.append(" and sort_at >= ? and sort_at <= ?");
                args.add(new Timestamp(now.getTime()));
                args.add(new Timestamp(limits.after("inbox.due-soon", now).getTime()));
            }
            parts.add(part.append(" order by ").append(view.order).append(" limit ").append(limit).append(")").toString());
        }
        return parts.isEmpty() ? "select " + columns + " from sf_inbox where 1 = 0" : String.join(" union all ", parts);
    }

    /** The page's rows with their case: number, process, enterprise, jurisdiction by name. */
    private List<Map<String, Object>> items(List<Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<String, Map<String, Object>> cases = new LinkedHashMap<>();
        List<String> instances = rows.stream().map(Row::processInstanceId).distinct().toList();
        String in = String.join(", ", instances.stream().map(id -> "?").toList());
        database.jdbc().query("select c.process_instance_id, c.case_number, c.process_name, (select min(e.name) from sf_case_enterprise e"
                + " where e.process_instance_id = c.process_instance_id) from sf_case c where c.process_instance_id in (" + in + ")", (ResultSet rs) -> {
                    Map<String, Object> found = new LinkedHashMap<>();
                    found.put("caseNumber", rs.getString(2));
                    found.put("processName", rs.getString(3));
                    found.put("enterprise", rs.getString(4));
                    cases.put(rs.getString(1), found);
                }, instances.toArray());
        List<Map<String, Object>> items = new ArrayList<>();
        for (Row row : rows) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("taskId", row.taskId());
            item.put("name", row.name());
            Map<String, Object> found = cases.getOrDefault(row.processInstanceId(), Map.of());
            item.put("caseNumber", found.get("caseNumber"));
            item.put("processName", found.get("processName"));
            item.put("enterprise", found.get("enterprise"));
            String tenant = "-".equals(row.tenantId()) ? null : row.tenantId();
            item.put("jurisdiction", tenant);
            item.put("jurisdictionName", tenant == null ? null : jurisdictions.find(tenant).map(Jurisdiction::name).orElse(tenant));
            item.put("due", Database.shanghai(row.due()));
            item.put("created", Database.shanghai(row.created()));
            item.put("assignee", row.assignee());
            if (row.ended() != null) {
                item.put("completed", Database.shanghai(row.ended()));
            }
            items.add(item);
        }
        return items;
    }

    private static Row row(ResultSet rs) throws SQLException {
        return new Row(rs.getString("task_id"), rs.getString("process_instance_id"), rs.getString("tenant_id"), rs.getString("task_name"),
                rs.getString("assignee"), rs.getTimestamp("due_at"), rs.getTimestamp("created_at"), rs.getTimestamp("ended_at"));
    }

    /** A view of the inbox as the contract names it, and the kinds of row it reads in which order. */
    enum View {
        MINE("mine", "A"), GROUP("group", "C"), DUE_SOON("due-soon", "AC"), OVERDUE("overdue", "AC"), CC("cc", ""),
        DONE("done", "D", "sort_at desc, task_id desc");

        final String name;
        final char[] kinds;
        final String order;

        View(String name, String kinds) {
            this(name, kinds, "sort_at asc nulls last, task_id asc");
        }

        View(String name, String kinds, String order) {
            this.name = name;
            this.kinds = kinds.toCharArray();
            this.order = order;
        }
    }

    /** Who asks: the user, the groups it is in, and its jurisdictions (null: all, for one the engine does not tenant-check). */
    record Caller(String userId, List<String> groups, List<String> tenants) {

        String userPrincipal() {
            return "u:" + userId;
        }

        List<String> principals() {
            List<String> principals = new ArrayList<>();
            principals.add(userPrincipal());
            groups.forEach(group -> principals.add("g:" + group));
            return principals;
        }
    }

    record Page(Object total, List<Map<String, Object>> items) {
    }

    private record Branch(String principal, char kind, String scope) {
    }

    private record Row(String taskId, String processInstanceId, String tenantId, String name, String assignee, Timestamp due, Timestamp created,
            Timestamp ended) {
    }
}
