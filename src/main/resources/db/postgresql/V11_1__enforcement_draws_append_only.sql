-- A recorded draw never changes: anyone replays it from its record (docs/enforcement.md), and a record that could be
-- rewritten after the fact would prove nothing. Removing a draw is a deliberate act of the database owner.
create function sf_enforcement_draw_refuse_change() returns trigger language plpgsql as $$
begin
    raise exception '% is append-only: % refused', tg_table_name, tg_op;
end;
$$;
create trigger sf_enforcement_draw_append_only before update or delete on sf_enforcement_draw
    for each row execute function sf_enforcement_draw_refuse_change();
create trigger sf_enforcement_draw_sample_append_only before update or delete on sf_enforcement_draw_sample
    for each row execute function sf_enforcement_draw_refuse_change();
create trigger sf_enforcement_draw_inspector_append_only before update or delete on sf_enforcement_draw_inspector
    for each row execute function sf_enforcement_draw_refuse_change();
