-- 延续提醒 (安全生产许可证条例第九条: apply for renewal 3 months before expiry): one row per licence and validity
-- (valid_until) for which a reminder was started. The primary key is the guarantee of "exactly one reminder per
-- validity" on every node: a sweep claims a licence by inserting its row in the same transaction that starts the
-- reminder case; a second node's insert fails and starts nothing. A renewal moves valid_until: a new validity.
create table sf_licence_reminder (
    licence_number varchar(100) not null references sf_licence (licence_number),
    valid_until    date         not null,
    case_number    varchar(40),
    claimed_at     timestamp    not null,
    primary key (licence_number, valid_until)
);
