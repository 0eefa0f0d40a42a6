-- SafetyFlow's own tables (prefix sf_), beside the engine's ACT_* tables.
-- Portable SQL: the same script runs on PostgreSQL (production, tests) and H2 (the demo).

-- GB/T 2260 administrative divisions: province -> city -> county. Each is a Camunda tenant.
create table sf_jurisdiction (
    code        varchar(6)   not null primary key,
    name        varchar(100) not null,
    level       varchar(10)  not null,
    parent_code varchar(6)   references sf_jurisdiction (code),
    created_at  timestamp    not null,
    created_by  varchar(64)  not null
);
create index sf_jurisdiction_parent on sf_jurisdiction (parent_code);

-- Enterprises under supervision, by 统一社会信用代码 (GB 32100-2015).
create table sf_enterprise (
    credit_code            varchar(18)  not null primary key,
    name                   varchar(200) not null,
    jurisdiction           varchar(6)   not null references sf_jurisdiction (code),
    industry               varchar(100),
    supervising_department varchar(100),
    first_case             varchar(40),
    created_at             timestamp    not null,
    created_by             varchar(64)  not null,
    updated_at             timestamp,
    updated_by             varchar(64)
);
create index sf_enterprise_jurisdiction on sf_enterprise (jurisdiction);

-- 严重失信主体名单 (应急管理部令第11号): listed for 3 years; early removal after 12 months by decision.
create table sf_blacklist_entry (
    id              varchar(36)   not null primary key,
    credit_code     varchar(18)   not null,
    enterprise_name varchar(200)  not null,
    reason          varchar(2000) not null,
    source_case     varchar(40),
    decision_number varchar(100),
    listed_on       date          not null,
    expires_on      date          not null,
    removed_on      date,
    removal_reason  varchar(2000),
    removed_by      varchar(64),
    created_at      timestamp     not null,
    created_by      varchar(64)   not null
);
create index sf_blacklist_credit_code on sf_blacklist_entry (credit_code);

-- Case numbers: the last number given per prefix, jurisdiction and year. A number is taken in the
-- transaction that starts the case, so a start that fails gives its number back (gap-free).
create table sf_case_sequence (
    prefix       varchar(8) not null,
    jurisdiction varchar(6) not null,
    case_year    integer    not null,
    last_value   integer    not null,
    primary key (prefix, jurisdiction, case_year)
);

-- Statutory clocks that stand still (行政许可法§45, 事故条例§27): one row per pause.
create table sf_clock_pause (
    id                  varchar(36)   not null primary key,
    process_instance_id varchar(64)   not null,
    case_number         varchar(40),
    due_date_variable   varchar(64)   not null,
    unit                varchar(16)   not null,
    reason              varchar(2000) not null,
    paused_at           timestamp     not null,
    paused_by           varchar(64),
    resumed_at          timestamp,
    resumed_by          varchar(64),
    days_added          integer
);
create index sf_clock_pause_instance on sf_clock_pause (process_instance_id);

-- Public notices (公告、公示). Only published, not withdrawn notices are public.
create table sf_notice (
    id                varchar(36)   not null primary key,
    notice_type       varchar(40)   not null,
    title             varchar(300)  not null,
    case_number       varchar(40),
    jurisdiction      varchar(6),
    body              text          not null,
    published_at      timestamp     not null,
    published_by      varchar(64),
    withdrawn_at      timestamp,
    withdrawn_by      varchar(64),
    withdrawal_reason varchar(2000)
);
create index sf_notice_published on sf_notice (published_at);
