-- Samples an edge agent backfilled after an outage (flagged historical): kept as history, never fed to live
-- detection. (source, seq) is the agent's numbering, so a redelivered sample is stored once.
create table sample_history (
    source      varchar(128)     not null,
    seq         bigint           not null,
    asset_id    varchar(64)      not null,
    signal      varchar(40)      not null,
    value       double precision not null,
    quality     varchar(16)      not null,
    observed_at timestamptz      not null,
    received_at timestamptz      not null,
    primary key (source, seq)
);
create index sample_history_asset on sample_history (asset_id, signal, observed_at);
