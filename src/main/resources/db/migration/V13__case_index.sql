-- The audit search's case index (docs/audit.md, "Search and export"): what GET /api/audit/cases filters on, written in
-- the transaction of the engine history it copies (audit.CaseIndex), so that a search is one SQL query over these narrow
-- tables instead of the engine's history query, which held every id an actor or an overdue task matched in memory and
-- bound them all as parameters. Each row copies one engine history row and goes with it: foreign keys with ON DELETE
-- CASCADE onto ACT_HI_PROCINST, ACT_HI_VARINST and ACT_HI_TASKINST, added at start-up once the engine's tables exist
-- (audit.CaseIndexSetUp: Flyway may run before the engine creates them), so history cleanup and a deletion in Cockpit
-- remove a case from the search too.
-- The seal's tables hold none of it when the case commits: sf_audit_case is written by the sealer afterwards, and
-- sf_audit_actor names who changed a variable, not who started the case or held its tasks.

-- A process instance (ACT_HI_PROCINST) as the search filters and shows it, with its definition's name and the earliest
-- due date of its open tasks (ACT_RU_TASK): the case is overdue once that has passed.
create table sf_case (
    process_instance_id   varchar(64)  not null primary key,
    case_number           varchar(255),
    process_key           varchar(255),
    process_name          varchar(255),
    process_definition_id varchar(64),
    tenant_id             varchar(64),
    started_at            timestamp,
    started_by            varchar(255),
    ended_at              timestamp,
    state                 varchar(255),
    due_at                timestamp
);
-- Newest first, within a jurisdiction or not.
create index sf_case_started on sf_case (started_at);
create index sf_case_tenant on sf_case (tenant_id, started_at);
create index sf_case_starter on sf_case (started_by);

-- The enterprises a case names: one row per variable instance (ACT_HI_VARINST) enterpriseName or enterpriseCreditCode
-- with a text value, anywhere in the case (a 双随机 plan names one per inspected enterprise, each in its own scope).
-- credit_code holds a value of at most 18 characters only: a longer one never equals a credit code searched for, and
-- a text of any length would not fit a B-tree entry.
create table sf_case_enterprise (
    variable_id         varchar(64)   not null primary key,
    process_instance_id varchar(64)   not null,
    name                varchar(4000),
    credit_code         varchar(18)
);
create index sf_case_enterprise_instance on sf_case_enterprise (process_instance_id);
create index sf_case_enterprise_code on sf_case_enterprise (credit_code);

-- Who holds or held each task of a case (ACT_HI_TASKINST.ASSIGNEE_): one row per task that has an assignee.
create table sf_case_actor (
    task_id             varchar(64)  not null primary key,
    process_instance_id varchar(64)  not null,
    user_id             varchar(255) not null
);
create index sf_case_actor_user on sf_case_actor (user_id, process_instance_id);

-- Present until the cases that existed before this migration are copied into the index (once, at the next start).
create table sf_case_backfill (
    requested_at timestamp not null
);
insert into sf_case_backfill (requested_at) values (current_timestamp);
