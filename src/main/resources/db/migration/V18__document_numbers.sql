-- 文号 (台应急责改〔2026〕17号) of the 文书 an authority issues under one (casefile.DocumentNumbers): taken in the
-- transaction that makes the document, from sf_case_sequence under the prefix 文 and the document's mark, per
-- authority (jurisdiction) and year; null for a record that carries none. Unique: a number is issued once.
alter table sf_case_document add column document_number varchar(64);
create unique index sf_case_document_number on sf_case_document (document_number);
