-- Documents made within the same instant keep the order in which the case made them.
alter table sf_case_document add column seq_in_case integer default 0 not null;
