-- A link never changes once sealed: SafetyFlow only appends. Rewriting the chain is a deliberate act of the database
-- owner, and verify finds it all the same (docs/audit.md).
create function sf_audit_link_refuse_change() returns trigger language plpgsql as $$
begin
    raise exception '% is append-only: % refused', tg_table_name, tg_op;
end;
$$;
create trigger sf_audit_link_append_only before update or delete on sf_audit_link
    for each row execute function sf_audit_link_refuse_change();
