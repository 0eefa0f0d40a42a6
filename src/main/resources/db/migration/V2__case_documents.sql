-- The 文书 of a case (reports, notices, plans, reviews...): structured records kept with the case,
-- listed on it and visible to auditors. Content is the JSON object of the fields the document holds.
create table sf_case_document (
    id                  varchar(36)  not null primary key,
    case_number         varchar(40)  not null,
    process_instance_id varchar(64)  not null,
    kind                varchar(40)  not null,
    title               varchar(300) not null,
    content             text         not null,
    task_id             varchar(64),
    activity_id         varchar(255),
    created_at          timestamp    not null,
    created_by          varchar(64)
);
create index sf_case_document_case on sf_case_document (case_number, created_at);
