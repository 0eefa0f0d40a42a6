-- The inbox of an official of a province (or any with many jurisdictions below it): its views read one range per
-- principal in due order and skip the rows of jurisdictions it does not hold, instead of a range per principal and
-- jurisdiction (a hundred and more of them; inbox.InboxViews).
create index sf_inbox_principal on sf_inbox (principal, kind, sort_at, task_id);
