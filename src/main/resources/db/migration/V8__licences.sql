-- The 安全生产许可证 register (contract §9): licences issued by SafetyFlow's licensing cases and those issued
-- before SafetyFlow, registered by administrators (migration). A licence's status changes are kept, each with
-- its day, reason, case and actor; EXPIRED is not stored but read from valid_until.
create table sf_licence (
    licence_number  varchar(100) not null primary key,
    licence_type    varchar(40)  not null,
    credit_code     varchar(18)  not null,
    enterprise_name varchar(200) not null,
    jurisdiction    varchar(6)   not null,
    valid_from      date         not null,
    valid_until     date         not null,
    status          varchar(20)  not null,
    created_at      timestamp    not null,
    created_by      varchar(64)  not null
);
create index sf_licence_credit_code on sf_licence (credit_code);

create table sf_licence_event (
    id             varchar(36)   not null primary key,
    licence_number varchar(100)  not null references sf_licence (licence_number),
    seq            integer       not null,
    status         varchar(20)   not null,
    on_day         date          not null,
    reason         varchar(2000) not null,
    case_number    varchar(40),
    actor          varchar(64)   not null,
    recorded_at    timestamp     not null,
    unique (licence_number, seq)
);
