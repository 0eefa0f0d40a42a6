-- A case's row changes at each step (the due date of its open tasks) and at its end: room on each page lets PostgreSQL
-- write the new version beside the old one without touching the indexes (a HOT update), as long as no indexed column
-- changed.
alter table sf_case set (fillfactor = 80);

-- The audit search finds a case number or an enterprise name by any part of it (LIKE '%…%'), which a B-tree cannot
-- answer: PostgreSQL's pg_trgm indexes the three-character pieces of each text, so a part of three characters or more
-- (a full case number, "台儿庄某烟花爆竹") is looked up instead of read from every row. A two-character part ("化工") has
-- no such piece and is still read from every row, as it is where pg_trgm is missing: the index tables are narrow enough
-- for that (docs/benchmarks.md). pg_trgm ships with PostgreSQL (contrib) and is a trusted extension since PostgreSQL 13:
-- whoever may create objects in the database may create it. Where it is not installed or may not be created, the search works without it.
do $$
declare
    trigrams text;
begin
    if not exists (select 1 from pg_extension where extname = 'pg_trgm')
            and exists (select 1 from pg_available_extensions where name = 'pg_trgm') then
        begin
            create extension pg_trgm;
        exception when insufficient_privilege then
            raise notice 'pg_trgm could not be created (%): the case search reads every row for a part of a text', sqlerrm;
        end;
    end if;
    -- The operator class lives in the extension's schema, which need not be on the search path.
    select quote_ident(n.nspname) || '.gin_trgm_ops' into trigrams
        from pg_extension e join pg_namespace n on n.oid = e.extnamespace where e.extname = 'pg_trgm';
    if trigrams is not null then
        execute 'create index sf_case_number_trigrams on sf_case using gin (case_number ' || trigrams || ')';
        execute 'create index sf_case_enterprise_name_trigrams on sf_case_enterprise using gin (name ' || trigrams || ')';
    end if;
end
$$;
