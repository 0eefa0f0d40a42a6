-- Links between cases (an accident case and its one-year evaluation; later an inspection and the hazard
-- it found), recorded by the capability that makes them and shown in both cases' audit timelines. The
-- Chinese labels are kept with the link so that a replay years later reads as it did then.
create table sf_case_link (
    id             varchar(36)  not null primary key,
    from_case      varchar(40)  not null,
    to_case        varchar(40)  not null,
    relation       varchar(40)  not null,
    forward_label  varchar(100) not null,
    backward_label varchar(100) not null,
    created_at     timestamp    not null
);
create index sf_case_link_from on sf_case_link (from_case);
create index sf_case_link_to on sf_case_link (to_case);
