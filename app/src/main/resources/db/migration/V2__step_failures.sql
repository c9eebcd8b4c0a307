-- A failed step keeps what an operator needs to fix and replay it: the system that failed, how the workflow treats
-- the failure, the system's own error text and the exact request the step sent (JSON).
alter table workflow_step add column system varchar(40);
alter table workflow_step add column failure_kind varchar(24)
    check (failure_kind in ('RETRIABLE', 'PERMANENT', 'SYSTEM_UNAVAILABLE', 'INTERNAL'));
alter table workflow_step add column upstream_message text;
alter table workflow_step add column request text;

-- Requests to the canonical business services (/api/v1) by their Idempotency-Key: the same key and request get the
-- recorded answer again; a request whose earlier attempt may have reached the system first looks its record up.
create table api_idempotency (
    idempotency_key varchar(255) not null,
    operation       varchar(64)  not null,
    request_hash    varchar(64)  not null,
    state           varchar(16)  not null check (state in ('PENDING', 'DONE')),
    attempts        integer      not null,
    system          varchar(40),
    status_code     integer,
    response        text,
    created_at      timestamptz  not null,
    updated_at      timestamptz  not null,
    primary key (idempotency_key, operation)
);
