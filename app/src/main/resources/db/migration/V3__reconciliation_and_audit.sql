-- Reconciliation (what the hub believes against what each system of record holds) and the audit trail.

-- One run of the reconciliation job: scheduled, or requested from the API or the console.
create table reconciliation_run (
    id               bigserial primary key,
    node             varchar(64) not null, -- the hub node that executes it (millwright.node-id)
    requested_by     varchar(16) not null check (requested_by in ('SCHEDULE', 'API', 'CONSOLE')),
    episode_id       varchar(20) references episode (id), -- only this episode; every episode in scope when null
    state            varchar(16) not null check (state in ('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED')),
    requested_at     timestamptz not null,
    started_at       timestamptz,
    finished_at      timestamptz,
    episodes_checked integer     not null default 0,
    episodes_skipped integer     not null default 0,
    drift_found      integer     not null default 0,
    repaired         integer     not null default 0,
    error            text
);
create index reconciliation_run_requested_at on reconciliation_run (requested_at desc);

-- Drift per episode and record. A row is current until a run no longer finds it (resolved_at); the partial unique
-- index keeps one current row per episode, record and kind, so a drift seen by many runs stays one row.
create table reconciliation_drift (
    id              bigserial primary key,
    episode_id      varchar(20)  not null references episode (id),
    system          varchar(40)  not null,
    record          varchar(40)  not null,
    record_id       varchar(128),
    kind            varchar(24)  not null
        check (kind in ('MISSING_IN_SYSTEM', 'STATUS_MISMATCH', 'UNRECORDED_IN_HUB', 'UNREACHABLE')),
    detail          text         not null,
    first_seen_run  bigint       not null references reconciliation_run (id),
    last_seen_run   bigint       not null references reconciliation_run (id),
    first_seen_at   timestamptz  not null,
    last_seen_at    timestamptz  not null,
    resolved_at     timestamptz,
    resolution      varchar(16) check (resolution in ('NOT_SEEN_AGAIN', 'REPAIRED', 'OUT_OF_SCOPE')),
    acknowledged_at timestamptz,
    acknowledged_by varchar(200),
    acknowledgement text,
    check ((resolved_at is null) = (resolution is null))
);
create unique index reconciliation_drift_current on reconciliation_drift (episode_id, record, kind)
    where resolved_at is null;
create index reconciliation_drift_episode on reconciliation_drift (episode_id, id);

-- Append-only, hash-chained audit trail: hash = SHA-256(prev_hash || canonical row), see AuditTrail.
create table audit_event (
    seq       bigint primary key,
    at        timestamptz  not null,
    actor     varchar(200) not null,
    action    varchar(100) not null,
    subject   varchar(200) not null,
    detail    text         not null check (detail::jsonb is not null), -- kept as written: the hash covers its text
    trace_id  varchar(64),
    prev_hash char(64)     not null,
    hash      char(64)     not null
);
create index audit_event_subject on audit_event (subject, seq);

-- The chain's head: appends lock this one row, so they are serialized and the chain never forks.
create table audit_head (
    id   smallint primary key check (id = 1),
    seq  bigint   not null,
    hash char(64) not null
);
insert into audit_head (id, seq, hash) values (1, 0, repeat('0', 64));

create function audit_event_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_event is append-only: % is not allowed', tg_op;
end
$$;
create trigger audit_event_no_update_or_delete before update or delete on audit_event
    for each row execute function audit_event_is_append_only();
create trigger audit_event_no_truncate before truncate on audit_event
    for each statement execute function audit_event_is_append_only();
