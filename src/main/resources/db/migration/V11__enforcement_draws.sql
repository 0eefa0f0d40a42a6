-- 双随机一公开 (国办发〔2015〕20号, contract §11): the 执法人员 roster with its 回避 declarations, and the draws of the
-- joint-enforcement cases — each kept with everything needed to replay it (docs/enforcement.md).

-- One department per inspector; the jurisdictions an inspector works for are its user's (Camunda tenants).
create table sf_inspector (
    user_id            varchar(64)  not null primary key,
    department         varchar(40)  not null,
    certificate_number varchar(50)  not null unique,
    updated_at         timestamp    not null,
    updated_by         varchar(64)  not null
);
create index sf_inspector_department on sf_inspector (department);

-- 回避: the enterprises an inspector may not be sent to.
create table sf_inspector_conflict (
    user_id     varchar(64) not null references sf_inspector (user_id),
    credit_code varchar(18) not null,
    primary key (user_id, credit_code)
);

-- A draw, written once in the transaction that starts its case. pool and roster are the snapshots it was drawn
-- from (JSON: the credit codes in pool order; per department the inspectors with their conflicts in the pool).
create table sf_enforcement_draw (
    case_number               varchar(40)  not null primary key,
    algorithm                 varchar(20)  not null,
    jurisdiction              varchar(6)   not null,
    industry                  varchar(100),
    departments               varchar(400) not null,
    sample_size               integer      not null,
    seed                      bigint       not null,
    inspectors_per_department integer      not null,
    pool                      text         not null,
    roster                    text         not null,
    drawn_at                  timestamp    not null,
    drawn_by                  varchar(64)  not null
);

-- The result: the enterprises in draw order ...
create table sf_enforcement_draw_sample (
    case_number varchar(40) not null references sf_enforcement_draw (case_number),
    position    integer     not null,
    credit_code varchar(18) not null,
    primary key (case_number, position),
    unique (case_number, credit_code)
);

-- ... and the inspectors sent to each, lead department first.
create table sf_enforcement_draw_inspector (
    case_number varchar(40) not null references sf_enforcement_draw (case_number),
    credit_code varchar(18) not null,
    position    integer     not null,
    user_id     varchar(64) not null,
    department  varchar(40) not null,
    primary key (case_number, credit_code, position)
);
create index sf_enforcement_draw_inspector_user on sf_enforcement_draw_inspector (user_id);
