-- V16's index (principal, kind, due) made PostgreSQL read a county official's ranges through it — every row of the
-- principal, of every jurisdiction, to find those of one (a group view went from 3 to 74 ms at 100,000 tasks,
-- docs/benchmarks.md). A province's official reads its ranges through V14's index instead (inbox.InboxViews).
drop index if exists sf_inbox_principal;
