-- The sandbox systems of record: ERP equipment, stock and purchasing, EAM notifications,
-- production planning windows and field service assignments. Ids come from sequences.

CREATE TABLE sandbox.equipment (
    id            text PRIMARY KEY,
    erp_id        text NOT NULL,
    name          text NOT NULL,
    asset_class   text NOT NULL,
    enterprise    text NOT NULL,
    site          text NOT NULL,
    area          text NOT NULL,
    line          text NOT NULL,
    machine_group text NOT NULL,
    support_type  text NOT NULL,
    plant         text NOT NULL,
    status        text NOT NULL,
    created_at    timestamptz NOT NULL
);

CREATE TABLE sandbox.equipment_spare_part (
    equipment_id text NOT NULL REFERENCES sandbox.equipment (id),
    failure_mode text NOT NULL,
    position     int  NOT NULL,
    material     text NOT NULL,
    quantity     int  NOT NULL CHECK (quantity > 0),
    PRIMARY KEY (equipment_id, failure_mode, position)
);

CREATE TABLE sandbox.equipment_status_history (
    id                 bigserial PRIMARY KEY,
    equipment_id       text NOT NULL REFERENCES sandbox.equipment (id),
    previous_status    text NOT NULL,
    status             text NOT NULL,
    external_reference text NOT NULL,
    created_at         timestamptz NOT NULL
);
CREATE INDEX equipment_status_history_equipment ON sandbox.equipment_status_history (equipment_id, id);

CREATE TABLE sandbox.material (
    material    text PRIMARY KEY,
    description text NOT NULL,
    unit        text NOT NULL
);

CREATE TABLE sandbox.stock (
    material text NOT NULL REFERENCES sandbox.material (material),
    plant    text NOT NULL,
    on_hand  int  NOT NULL CHECK (on_hand >= 0),
    reserved int  NOT NULL DEFAULT 0 CHECK (reserved >= 0),
    PRIMARY KEY (material, plant)
);

CREATE SEQUENCE sandbox.reservation_seq START 1;
CREATE TABLE sandbox.reservation (
    id                 text PRIMARY KEY,
    external_reference text NOT NULL,
    equipment          text NOT NULL,
    plant              text NOT NULL,
    status             text NOT NULL,
    created_at         timestamptz NOT NULL
);
CREATE INDEX reservation_external_reference ON sandbox.reservation (external_reference);
CREATE TABLE sandbox.reservation_item (
    document_id text NOT NULL REFERENCES sandbox.reservation (id),
    position    int  NOT NULL,
    material    text NOT NULL,
    quantity    int  NOT NULL CHECK (quantity > 0),
    PRIMARY KEY (document_id, position)
);

CREATE SEQUENCE sandbox.requisition_seq START 1;
CREATE TABLE sandbox.requisition (
    id                 text PRIMARY KEY,
    external_reference text NOT NULL,
    equipment          text NOT NULL,
    plant              text NOT NULL,
    status             text NOT NULL,
    created_at         timestamptz NOT NULL
);
CREATE INDEX requisition_external_reference ON sandbox.requisition (external_reference);
CREATE TABLE sandbox.requisition_item (
    document_id text NOT NULL REFERENCES sandbox.requisition (id),
    position    int  NOT NULL,
    material    text NOT NULL,
    quantity    int  NOT NULL CHECK (quantity > 0),
    PRIMARY KEY (document_id, position)
);

CREATE SEQUENCE sandbox.notification_seq START 10000001;
CREATE TABLE sandbox.notification (
    id                 text PRIMARY KEY,
    external_reference text NOT NULL,
    equipment          text NOT NULL,
    failure_mode       text NOT NULL,
    priority           int  NOT NULL,
    short_text         text NOT NULL,
    long_text          text NOT NULL,
    status             text NOT NULL,
    created_at         timestamptz NOT NULL,
    updated_at         timestamptz NOT NULL
);
CREATE INDEX notification_external_reference ON sandbox.notification (external_reference);
CREATE INDEX notification_equipment ON sandbox.notification (equipment, failure_mode);

CREATE SEQUENCE sandbox.window_seq START 1;
CREATE TABLE sandbox.maintenance_window (
    id                 text PRIMARY KEY,
    external_reference text NOT NULL,
    equipment          text NOT NULL,
    line               text NOT NULL,
    priority           int  NOT NULL,
    earliest_start     timestamptz NOT NULL,
    start_at           timestamptz NOT NULL,
    end_at             timestamptz NOT NULL,
    created_at         timestamptz NOT NULL
);
CREATE INDEX maintenance_window_external_reference ON sandbox.maintenance_window (external_reference);

CREATE SEQUENCE sandbox.assignment_seq START 1;
-- Round-robin over the fixed crew, durable across restarts.
CREATE SEQUENCE sandbox.crew_seq START 0 MINVALUE 0;
CREATE TABLE sandbox.assignment (
    id                    text PRIMARY KEY,
    external_reference    text NOT NULL,
    equipment             text NOT NULL,
    notification_id       text NOT NULL,
    window_id             text NOT NULL,
    instructions          text NOT NULL,
    callback_url          text NOT NULL,
    technician            text NOT NULL,
    status                text NOT NULL,
    created_at            timestamptz NOT NULL,
    due_at                timestamptz NOT NULL,
    completed_at          timestamptz,
    notes                 text,
    callback_attempts     int  NOT NULL DEFAULT 0,
    next_attempt_at       timestamptz,
    last_callback_error   text,
    callback_delivered_at timestamptz
);
CREATE INDEX assignment_external_reference ON sandbox.assignment (external_reference);
CREATE INDEX assignment_due ON sandbox.assignment (status, due_at);
CREATE INDEX assignment_undelivered ON sandbox.assignment (next_attempt_at) WHERE callback_delivered_at IS NULL;
