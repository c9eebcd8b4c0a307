-- The hub's own tables (Flowable keeps its tables itself; the sandbox systems keep theirs in schema "sandbox").

-- Asset catalogue, synchronized from the ERP's equipment master; lets the hub start while the ERP is down.
create table asset_catalogue (
    asset_id      varchar(64) primary key,
    name          varchar(200) not null,
    asset_class   varchar(16)  not null,
    enterprise    varchar(64)  not null,
    site          varchar(64)  not null,
    area          varchar(64)  not null,
    line          varchar(64)  not null,
    machine_group varchar(16)  not null,
    support_type  varchar(16)  not null,
    plant         varchar(32)  not null,
    erp_id        varchar(64)  not null,
    synced_at     timestamptz  not null
);

-- One row per episode. At most one open episode per (asset, failure mode), enforced by the database.
create table episode (
    id               varchar(20) primary key,
    asset_id         varchar(64) not null,
    failure_mode     varchar(40) not null,
    state            varchar(16) not null check (state in ('OPEN', 'ESCALATED', 'CLOSED')),
    severity         varchar(16) not null,
    opened_at        timestamptz not null,
    escalated_at     timestamptz,
    cleared_at       timestamptz,
    closed_at        timestamptz,
    rule_set_version varchar(64) not null,
    evidence         text        not null default ''
);
create unique index episode_one_open_per_asset_and_mode on episode (asset_id, failure_mode) where state <> 'CLOSED';
create index episode_opened_at on episode (opened_at desc);

-- One workflow per episode: the primary key is the guarantee, not a read-then-write check.
create table episode_workflow (
    episode_id          varchar(20) primary key references episode (id),
    process_instance_id varchar(64) not null,
    started_at          timestamptz not null
);

-- Idempotency ledger: one row per (episode, step) call to a system of record.
create table sor_ledger (
    episode_id   varchar(20) not null references episode (id),
    step         varchar(40) not null,
    system       varchar(40) not null,
    state        varchar(16) not null check (state in ('PENDING', 'DONE')),
    attempts     integer     not null,
    result       text,
    created_at   timestamptz not null,
    completed_at timestamptz,
    primary key (episode_id, step)
);

-- What each workflow step did, for the API and the console.
create table workflow_step (
    episode_id varchar(20) not null references episode (id),
    step       varchar(40) not null,
    state      varchar(16) not null check (state in ('RUNNING', 'WAITING', 'DONE', 'FAILED')),
    started_at timestamptz not null,
    ended_at   timestamptz,
    attempts   integer     not null,
    outcome    text,
    error      text,
    primary key (episode_id, step)
);

-- Field-service completions, kept before they are delivered to the waiting workflow (they may arrive first).
create table work_completion (
    episode_id    varchar(20) primary key references episode (id),
    assignment_id varchar(64) not null,
    technician    varchar(200) not null,
    completed_at  timestamptz not null,
    received_at   timestamptz not null,
    delivered_at  timestamptz
);

-- Rejected input, with the raw payload, for inspection and replay.
create table dead_letter (
    id          bigserial primary key,
    source      varchar(32)  not null,
    topic       varchar(512) not null,
    reason      varchar(40)  not null,
    detail      text         not null,
    payload     bytea        not null,
    received_at timestamptz  not null
);
create index dead_letter_received_at on dead_letter (received_at desc);
