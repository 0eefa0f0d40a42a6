-- A 文书 made by a step that was then returned to or recalled (退回, 撤回) is void: the step is done again and makes its
-- document anew. The void one keeps its 文号 (the register stays gap-free and shows it), and says when, by whom, why.
alter table sf_case_document add column voided_at timestamp;
alter table sf_case_document add column voided_by varchar(64);
alter table sf_case_document add column void_reason varchar(1000);
