-- The security log is append-only (等保2.0 三级 8.1.4.3 d: 应对审计记录进行保护，避免受到未预期的删除、修改或覆盖).
-- Removing rows older than the retention period is a deliberate act of the database owner, with this
-- trigger disabled for that statement; SafetyFlow itself never does it.
create function sf_security_log_refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'sf_security_log is append-only: % refused', tg_op;
end;
$$;
create trigger sf_security_log_append_only before update or delete on sf_security_log
    for each row execute function sf_security_log_refuse_change();
