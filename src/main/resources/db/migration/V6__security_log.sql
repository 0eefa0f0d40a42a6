-- 等保2.0 三级 security log (GB/T 22239-2019 8.1.4.3): logins, failed logins, lockouts, and changes to
-- users, groups, tenants, authorizations and deployments. Append-only: rows are never changed or
-- deleted by SafetyFlow (on PostgreSQL a trigger refuses it, see db/postgresql); kept at least 180 days.
create table sf_security_log (
    id        varchar(36)   not null primary key,
    -- the order of writing, for entries of the same millisecond
    seq       bigint        generated always as identity,
    logged_at timestamp     not null,
    event     varchar(40)   not null,
    actor     varchar(64),
    subject   varchar(255),
    detail    varchar(2000),
    client    varchar(64)
);
create index sf_security_log_time on sf_security_log (logged_at);
create index sf_security_log_actor on sf_security_log (actor, logged_at);
