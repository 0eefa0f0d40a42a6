package org.safetyflow.inbox;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
 * principal, kind and jurisdiction, of which only the first rows in due order are read and merged, so that a page costs
 * the rows it shows, however many tasks the caller's groups hold. A task waiting for several of the caller's groups
 * comes once.
 */
@Component
class InboxViews {

    /** The most tasks {@code total} counts exactly. */
    static final int COUNTED = 1000;
    /**
     * Up to this many jurisdictions (with "none"), a view reads a range per jurisdiction; beyond, a range per principal
     * over all of them (V14's index, sorted: a province's official, whose groups' rows are mostly its own anyway).
     */
    static final int PER_JURISDICTION = 12;

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
        // A county's or a city's official reads a range per jurisdiction (in due order within each); one of a province,
        // with a hundred counties below it, reads a range per principal over its jurisdictions.
        boolean perJurisdiction = scopes != null && scopes.size() <= PER_JURISDICTION;
        for (String principal : caller.principals()) {
            boolean user = principal.equals(caller.userPrincipal());
            for (char kind : view.kinds) {
                if (kind != 'C' && !user) {
                    continue;
                }
                if (perJurisdiction) {
                    scopes.forEach(scope -> branches.add(new Branch(principal, kind, scope, null)));
                } else {
                    branches.add(new Branch(principal, kind, null, scopes));
                }
            }
        }
        return branches;
    }

    /**
     * The rows of the page, in two steps: which tasks, from each branch's first {@code offset + size} index entries in
     * order, merged, each task once (only the key's columns: a deep page reads thousands of entries, not rows); then the
     * page's rows by their primary key.
     */
    private List<Row> rows(List<Branch> branches, View view, int offset, int size) {
        // A range holds a task once: the first (offset + size) tasks lie within that many rows of each range, and within
        // that many times the caller's principals of all (a task waiting for several of them is in several ranges).
        List<String> principals = branches.stream().map(Branch::principal).distinct().toList();
        int limit = (offset + size) * Math.max(1, principals.size());
        List<Object> args = new ArrayList<>();
        String sql = ranges(branches, view, "task_id, sort_at", offset + size, true, args) + " order by " + view.order + " limit " + limit;
        LinkedHashSet<String> tasks = new LinkedHashSet<>();
        database.jdbc().query(sql, (ResultSet rs) -> {
            tasks.add(rs.getString("task_id"));
        }, args.toArray());
        List<String> page = new ArrayList<>(tasks).subList(Math.min(offset, tasks.size()), Math.min(offset + size, tasks.size()));
        if (page.isEmpty()) {
            return List.of();
        }
        List<Object> keys = new ArrayList<>(page);
        keys.addAll(principals);
        List<String> kinds = new String(view.kinds).chars().mapToObj(kind -> String.valueOf((char) kind)).toList();
        keys.addAll(kinds);
        Map<String, Row> found = new HashMap<>();
        database.jdbc().query("select * from sf_inbox where task_id in (" + marks(page.size()) + ") and principal in (" + marks(principals.size())
                + ") and kind in (" + marks(kinds.size()) + ")", (ResultSet rs) -> {
                    Row row = row(rs);
                    found.putIfAbsent(row.taskId(), row);
                }, keys.toArray());
        return page.stream().map(found::get).filter(Objects::nonNull).toList();
    }

    private static String marks(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }

    /**
     * How many tasks, exactly up to {@link #COUNTED}. A single range holding more than that settles it ("1000+"): the
     * ranges are read one after the other, each up to one row more than that, until one does (PostgreSQL stops there);
     * only when none does are they counted together, each task once.
     */
    private long count(List<Branch> branches, View view) {
        List<Object> args = new ArrayList<>();
        if (database.postgres()) {
            List<Long> full = database.jdbc().queryForList("select r.n from (values " + values(branches, args) + ") b(principal, kind, tenant)"
                    + " cross join lateral (select count(*) n from (" + range(branches, view, "1", COUNTED + 1, false, args) + ") counted) r"
                    + " where r.n > " + COUNTED + " limit 1", Long.class, args.toArray());
            if (!full.isEmpty()) {
                return full.get(0);
            }
            args.clear();
        }
        Long count = database.jdbc().queryForObject("select count(distinct task_id) from (" + ranges(branches, view, "task_id", COUNTED + 1, false, args)
                + ") counted", Long.class, args.toArray());
        return count == null ? 0 : count;
    }

    /**
     * The first {@code limit} rows of each range. On PostgreSQL one lateral join over the ranges, planned once however
     * many there are (a union of 24 ordered branches took longer to plan than to run); on H2, the demo's small database,
     * a union of the branches.
     */
    private String ranges(List<Branch> branches, View view, String columns, int limit, boolean ordered, List<Object> args) {
        if (branches.isEmpty()) {
            return "select " + columns + " from sf_inbox where 1 = 0";
        }
        if (database.postgres()) {
            String values = values(branches, args);
            return "select x.* from (values " + values + ") b(principal, kind, tenant) cross join lateral (" + range(branches, view, columns, limit, ordered, args)
                    + ") x";
        }
        List<String> parts = new ArrayList<>();
        for (Branch branch : branches) {
            args.add(branch.principal());
            args.add(String.valueOf(branch.kind()));
            if (branch.scope() != null) {
                args.add(branch.scope());
            }
            parts.add("(" + range(List.of(branch), view, columns, limit, ordered, args).replace("b.principal", "?").replace("b.kind", "?")
                    .replace("b.tenant", "?") + ")");
        }
        // As a derived table: H2 refuses a single parenthesized query followed by ORDER BY and LIMIT.
        return "select * from (" + String.join(" union all ", parts) + ") ranges";
    }

    /**
     * The ranges' keys as rows of a VALUES list: principal, kind, jurisdiction (null where the caller's are not checked).
     * The kind is cast to the column's {@code char(1)}: compared as text (the driver's type for a string), it drops out of
     * the index condition, and PostgreSQL sorted each whole range to find its first rows (a clerk's 10,000 assigned tasks:
     * 10 ms for {@code mine}, against 0.1 ms reading the range in order; 2026-12-01, EXPLAIN ANALYZE at 100k).
     */
    private static String values(List<Branch> branches, List<Object> args) {
        List<String> rows = new ArrayList<>();
        for (Branch branch : branches) {
            rows.add("(?, cast(? as char(1)), ?)");
            args.add(branch.principal());
            args.add(String.valueOf(branch.kind()));
            args.add(branch.scope());
        }
        return String.join(", ", rows);
    }

    /**
     * One range, read in the view's order from the index (or, for counting, in any order: a range is counted up to one
     * row more than {@link #COUNTED}, which rows does not matter): the key from {@code b}, the view's due-date bounds as
     * arguments.
     */
    private String range(List<Branch> branches, View view, String columns, int limit, boolean ordered, List<Object> args) {
        Date now = ClockUtil.getCurrentTime();
        StringBuilder range = new StringBuilder("select " + columns + " from sf_inbox where principal = b.principal and kind = b.kind");
        Branch first = branches.get(0);
        if (first.scope() != null) {
            range.append(" and tenant_id = b.tenant");
        } else if (first.within() != null) {
            range.append(" and tenant_id in (").append(String.join(", ", first.within().stream().map(t -> "?").toList())).append(")");
            args.addAll(first.within());
        }
        // A range over several jurisdictions (a province's official) is not in due order in V14's index, which has the
        // jurisdiction before the due date; on PostgreSQL it is read in order through V17_1's index on the due date, none
        // counting as infinity (= nulls last).
        String due = first.scope() == null && database.postgres() ? "coalesce(sort_at, timestamp 'infinity')" : "sort_at";
        if (view == View.OVERDUE) {
            range.append(" and ").append(due).append(" < ?");
            args.add(new Timestamp(now.getTime()));
        } else if (view == View.DUE_SOON) {
            range.append(" and ").append(due).append(" >= ? and ").append(due).append(" <= ?");
            args.add(new Timestamp(now.getTime()));
            args.add(new Timestamp(limits.after("inbox.due-soon", now).getTime()));
        }
        if (ordered) {
            range.append(" order by ").append(view.order.replace("sort_at", due));
        }
        return range.append(" limit ").append(limit).toString();
    }

    /** The page's rows with their case: number, process, enterprise, jurisdiction by name. */
    private List<Map<String, Object>> items(List<Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<String, Map<String, Object>> cases = new LinkedHashMap<>();
        List<String> instances = rows.stream().map(Row::processInstanceId).distinct().toList();
        String in = marks(instances.size());
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

    /**
     * A range of the index: the rows of a principal and kind, in one jurisdiction ({@code scope}), or in any of
     * {@code within} (null: in any, for a caller the engine does not tenant-check).
     */
    private record Branch(String principal, char kind, String scope, List<String> within) {
    }

    private record Row(String taskId, String processInstanceId, String tenantId, String name, String assignee, Timestamp due, Timestamp created,
            Timestamp ended) {
    }
}
