-- Webhook deliveries that failed every attempt, kept for inspection and redelivery (with the same event id).
create table webhook_dead_letter (
    id           bigserial    primary key,
    subscriber   varchar(128) not null,
    url          text         not null,
    event_id     varchar(64)  not null,
    event_type   varchar(128) not null,
    body         text         not null,
    attempts     integer      not null,
    reason       text         not null,
    dropped_at   timestamptz  not null,
    redelivered_at timestamptz
);
