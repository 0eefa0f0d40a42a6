-- The inbox of an official with many jurisdictions below it (a province's): its views read one range per principal
-- and kind over all its jurisdictions (inbox.InboxViews). In V14's index the jurisdiction comes before the due date, so
-- such a range had to be read whole and sorted (a province's group view: 43 ms p95 at 100,000 tasks). This index
-- holds the range in due order, none last; it is an expression index, so that PostgreSQL does not read a county
-- official's ranges of one jurisdiction through it, as it did V16's plain (principal, kind, sort_at) index (V17).
create index sf_inbox_principal_due on sf_inbox (principal, kind, (coalesce(sort_at, timestamp 'infinity')), task_id);
