package org.safetyflow.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.AuthorizationCheck;
import org.camunda.bpm.engine.impl.db.ListQueryParameterObject;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.safetyflow.calendar.CalendarDays;
import org.safetyflow.input.FieldType;
import org.safetyflow.input.Fields;
import org.safetyflow.storage.Database;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Finds case files for auditors: by case number, process, enterprise (name or credit code), jurisdiction, state
 * (running, finished, overdue), start date range and a person who acted (started the case or holds or held one of its
 * tasks). One SQL query over the case index ({@link CaseIndex}), with what the engine's history query checked under
 * the caller's authentication, asked of the engine at each search: its tenant check (the caller's jurisdictions and
 * those under them, and cases without one; none for administrators) and its authorization check, as the engine answers
 * it for each process (READ_HISTORY on the process definition; READ_TASK too for overdue tasks, as the engine's task
 * query asked). The count and the page are read in one transaction. Only administrators
 * (no check) and auditors (both on every process: security.AccessGrants) may search; grants on single cases or tasks
 * (an enterprise's own case, an expert's task) are not consulted, as neither holds any.
 */
@Component
class CaseSearch {

    record Criteria(String caseNumber, String processKey, String enterprise, String jurisdiction, String state, String from,
            String to, String actor) {
    }

    /** A case found: its process instance and what the search answers about it. */
    record Hit(String processInstanceId, Map<String, Object> summary) {
    }

    /** How many cases a search found, and one page of them. */
    record Page(long total, List<Hit> hits) {
    }

    /** running (办理中), finished (已结案) or overdue (逾期). */
    private static final FieldType STATE = FieldType.oneOf(List.of("running", "finished", "overdue"));
    private static final String COLUMNS = "c.process_instance_id, c.case_number, c.process_key, c.process_name, c.process_definition_id,"
            + " c.tenant_id, c.state, c.started_at, c.started_by, c.ended_at";

    private final NamedParameterJdbcTemplate jdbc;
    private final Database database;
    private final ProcessEngineConfigurationImpl engine;
    private final TransactionTemplate reads;

    CaseSearch(Database database, ProcessEngineConfigurationImpl engine, PlatformTransactionManager transactions) {
        this.jdbc = new NamedParameterJdbcTemplate(database.jdbc());
        this.database = database;
        this.engine = engine;
        this.reads = new TransactionTemplate(transactions);
        reads.setReadOnly(true);
    }

    /** The cases that match and that the caller may see, newest first. */
    Found find(Criteria criteria) {
        String state = Fields.optional("state", "案件状态", STATE, criteria.state());
        LocalDate from = Fields.optional("from", "起始日期", FieldType.date(), criteria.from());
        LocalDate to = Fields.optional("to", "截止日期", FieldType.date(), criteria.to());
        Found found = new Found();
        if (present(criteria.caseNumber())) {
            String caseNumber = criteria.caseNumber().strip();
            found.where("c.case_number like :caseNumber escape '\\'", "caseNumber", "%" + caseNumber + "%");
        }
        if (present(criteria.processKey())) {
            found.where("c.process_key = :processKey", "processKey", criteria.processKey().strip());
        }
        if (present(criteria.enterprise())) {
            String enterprise = criteria.enterprise().strip();
            if (enterprise.matches("[0-9A-Z]{18}")) {
                found.where("exists (select 1 from sf_case_enterprise e where e.process_instance_id = c.process_instance_id"
                        + " and e.credit_code = :creditCode)", "creditCode", enterprise);
            } else {
                found.where("exists (select 1 from sf_case_enterprise e where e.process_instance_id = c.process_instance_id"
                        + " and e.name like :enterpriseName escape '\\')", "enterpriseName", "%" + enterprise + "%");
            }
        }
        if (present(criteria.jurisdiction())) {
            found.where("c.tenant_id = :jurisdiction", "jurisdiction", criteria.jurisdiction().strip());
        }
        if (from != null) {
            found.where("c.started_at >= :from", "from", new Timestamp(CalendarDays.endOf(from.minusDays(1)).getTime()));
        }
        if (to != null) {
            found.where("c.started_at <= :to", "to", new Timestamp(CalendarDays.endOf(to).getTime()));
        }
        if (present(criteria.actor())) {
            found.where("(c.started_by = :actor or exists (select 1 from sf_case_actor a where a.process_instance_id = c.process_instance_id"
                    + " and a.user_id = :actor))", "actor", criteria.actor().strip());
        }
        if ("running".equals(state)) {
            found.where("c.ended_at is null");
        } else if ("finished".equals(state)) {
            found.where("c.ended_at is not null");
        } else if ("overdue".equals(state)) {
            found.where("c.due_at < :now", "now", new Timestamp(ClockUtil.getCurrentTime().getTime()));
        }
        visibleTo(found, "overdue".equals(state));
        return found;
    }

    /** The engine's tenant and authorization checks for the caller, asked of the engine in one command. */
    private void visibleTo(Found found, boolean tasks) {
        engine.getCommandExecutorTxRequired().execute(context -> {
            ListQueryParameterObject checks = new ListQueryParameterObject();
            context.getAuthorizationManager().configureQuery(checks);
            context.getTenantManager().configureQuery(checks);
            if (checks.getTenantCheck().isTenantCheckEnabled()) {
                List<String> tenants = checks.getTenantCheck().getAuthTenantIds();
                found.where(tenants == null || tenants.isEmpty() ? "c.tenant_id is null" : "(c.tenant_id is null or c.tenant_id in (:tenants))",
                        "tenants", tenants);
            }
            AuthorizationCheck authorization = checks.getAuthCheck();
            if (authorization.isAuthorizationCheckEnabled()) {
                boolean revoked = revoked(authorization.getAuthUserId(), authorization.getAuthGroupIds());
                readable(found, context, revoked, ProcessDefinitionPermissions.READ_HISTORY, "historyKeys");
                if (tasks) {
                    readable(found, context, revoked, ProcessDefinitionPermissions.READ_TASK, "taskKeys");
                }
            }
            return null;
        });
    }

    /**
     * Whether a permission on a process definition is revoked from the user or one of its groups anywhere. The engine
     * already knows there are none when it skips revokes altogether (security.RevokeCheck: none stored, none can be made).
     */
    private boolean revoked(String user, List<String> groups) {
        if (ProcessEngineConfigurationImpl.AUTHORIZATION_CHECK_REVOKE_NEVER.equals(engine.getAuthorizationCheckRevokes())) {
            return false;
        }
        MapSqlParameterSource parameters = new MapSqlParameterSource("user", user).addValue("groups", groups == null || groups.isEmpty() ? null : groups)
                .addValue("type", Resources.PROCESS_DEFINITION.resourceType());
        return jdbc.queryForObject("select count(*) from act_ru_authorization where type_ = " + Authorization.AUTH_TYPE_REVOKE
                + " and resource_type_ = :type and (user_id_ in (:user, '*')" + (groups == null || groups.isEmpty() ? "" : " or group_id_ in (:groups)")
                + ")", parameters, Long.class) > 0;
    }

    /**
     * Only the processes whose definitions the caller holds {@code permission} on, where it lacks it on any: as the
     * engine answers for each process (its grants and revokes, the user's before its groups'). Without a revoke, a grant
     * on every process ({@code *}) answers for each at once.
     */
    private void readable(Found found, CommandContext context, boolean revoked, Permission permission, String parameter) {
        AuthorizationManager authorizations = context.getAuthorizationManager();
        if (!revoked && authorizations.isAuthorized(permission, Resources.PROCESS_DEFINITION, Authorization.ANY)) {
            return;
        }
        List<String> keys = database.jdbc().queryForList("select distinct key_ from act_re_procdef", String.class);
        List<String> granted = keys.stream().filter(key -> authorizations.isAuthorized(permission, Resources.PROCESS_DEFINITION, key)).toList();
        if (granted.size() < keys.size()) {
            found.where(granted.isEmpty() ? "c.process_key is null" : "(c.process_key is null or c.process_key in (:" + parameter + "))",
                    parameter, granted);
        }
    }

    /** The summary the search and the case file show (contract §7). */
    static Map<String, Object> summary(HistoricProcessInstance instance) {
        return summary(instance.getBusinessKey(), instance.getProcessDefinitionKey(), instance.getProcessDefinitionName(),
                instance.getProcessDefinitionId(), instance.getTenantId(), instance.getState(), instance.getStartTime(),
                instance.getStartUserId(), instance.getEndTime());
    }

    private static Map<String, Object> summary(String caseNumber, String processKey, String processName, String processDefinitionId,
            String jurisdiction, String state, Date startedAt, String startedBy, Date endedAt) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("caseNumber", caseNumber);
        row.put("processKey", processKey);
        row.put("processName", processName);
        row.put("processDefinitionId", processDefinitionId);
        row.put("jurisdiction", jurisdiction);
        row.put("state", state);
        row.put("startedAt", Timelines.time(startedAt));
        row.put("startedBy", startedBy);
        row.put("endedAt", Timelines.time(endedAt));
        return row;
    }

    private static Hit hit(ResultSet rs, int row) throws SQLException {
        return new Hit(rs.getString("process_instance_id"), summary(rs.getString("case_number"), rs.getString("process_key"),
                rs.getString("process_name"), rs.getString("process_definition_id"), rs.getString("tenant_id"), rs.getString("state"),
                rs.getTimestamp("started_at"), rs.getString("started_by"), rs.getTimestamp("ended_at")));
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    /** The conditions of one search, to count its cases and read them a page at a time. */
    final class Found {

        private final List<String> conditions = new ArrayList<>();
        private final MapSqlParameterSource parameters = new MapSqlParameterSource();

        private void where(String condition) {
            conditions.add(condition);
        }

        private void where(String condition, String parameter, Object value) {
            conditions.add(condition);
            parameters.addValue(parameter, value);
        }

        private String where() {
            return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        }

        /** How many cases there are, and a page of them, read together. */
        Page countAndPage(int first, int size) {
            return read(() -> new Page(jdbc.queryForObject("select count(*) from sf_case c" + where(), parameters, Long.class), hits(first, size)));
        }

        List<Hit> page(int first, int size) {
            return read(() -> hits(first, size));
        }

        /** Newest first; cases started at the same moment in a fixed order, so that pages neither repeat nor skip one. */
        private List<Hit> hits(int first, int size) {
            MapSqlParameterSource page = new MapSqlParameterSource(parameters.getValues()).addValue("first", first).addValue("size", size);
            return jdbc.query("select " + COLUMNS + " from sf_case c" + where()
                    + " order by c.started_at desc, c.process_instance_id desc limit :size offset :first", page, CaseSearch::hit);
        }

        private <T> T read(Supplier<T> query) {
            return reads.execute(status -> {
                database.shortReadsInThisTransaction();
                return query.get();
            });
        }
    }
}
