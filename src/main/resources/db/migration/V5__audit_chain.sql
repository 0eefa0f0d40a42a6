-- Tamper evidence: per case, a hash chain over the canonical form of every timeline event, appended in
-- the order the events were sealed. Append-only: SafetyFlow never updates or deletes these rows; in
-- production the application's database user should hold INSERT and SELECT on it only.
create table sf_audit_chain (
    case_number varchar(40)  not null,
    seq         integer      not null,
    event_id    varchar(200) not null,
    event_hash  varchar(64)  not null,
    chain_hash  varchar(64)  not null,
    sealed_at   timestamp    not null,
    primary key (case_number, seq)
);
create index sf_audit_chain_event on sf_audit_chain (case_number, event_id);
