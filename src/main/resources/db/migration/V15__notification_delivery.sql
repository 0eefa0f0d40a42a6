-- Notifications beyond the app (docs/inbox.md): each one written to sf_notification is also sent by mail and by SMS where
-- its user asked for that, after its transaction committed (inbox.NotificationDelivery reads them as an outbox, so a
-- crash loses none and a rolled-back operation sends nothing).
--   delivered_at  when delivery finished (each channel tried); null: still to deliver
--   delivery      what happened, e.g. "mail" or "mail: 失败（…）, sms"
--   attempts      tries so far; a notification is given up after 3
alter table sf_notification add column delivered_at timestamp;
alter table sf_notification add column delivery varchar(1000);
alter table sf_notification add column attempts integer default 0 not null;
-- Those from before: told in the app only.
update sf_notification set delivered_at = created_at, delivery = 'in-app';
create index sf_notification_undelivered on sf_notification (delivered_at, id);

-- Each user's choice per kind of notification (ASSIGNED, URGED, CC, DUE_SOON, OVERDUE): by mail, by SMS. In the app always.
-- No row: by mail where the user has an e-mail address, not by SMS.
create table sf_notification_preference (
    user_id    varchar(255) not null,
    kind       varchar(20)  not null,
    mail       boolean      not null,
    sms        boolean      not null,
    updated_at timestamp    not null,
    primary key (user_id, kind)
);

-- The mobile number SMS goes to (the engine's users have none).
create table sf_notification_contact (
    user_id    varchar(255) not null primary key,
    mobile     varchar(20),
    updated_at timestamp    not null
);
