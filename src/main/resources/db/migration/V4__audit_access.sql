-- Who looked at or exported which case file, and when: access to audit data is itself audited.
create table sf_audit_access (
    id          varchar(36)  not null primary key,
    user_id     varchar(64)  not null,
    action      varchar(20)  not null,
    case_number varchar(40),
    detail      varchar(2000),
    accessed_at timestamp    not null
);
create index sf_audit_access_case on sf_audit_access (case_number, accessed_at);
create index sf_audit_access_user on sf_audit_access (user_id, accessed_at);
