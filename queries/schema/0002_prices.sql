-- 0002: the price catalog. Every price row carries the source it came from and the date it reflects (as_of).
-- The catalog can hold several dates for the same price; analysis uses the newest as_of not after the period
-- analyzed (queries/prices/select_*.sql). Loads replace the rows of one (source, as_of[, region]) in one
-- transaction, so there are no unique keys here: DuckDB checks them eagerly inside a delete-then-insert.

CREATE TABLE price_catalog_versions (
    as_of      DATE      NOT NULL,
    source     VARCHAR   NOT NULL,
    loaded_at  TIMESTAMP NOT NULL,
    note       VARCHAR
);

CREATE TABLE instance_types (
    instance_type    VARCHAR        NOT NULL,
    family           VARCHAR        NOT NULL,
    generation       INTEGER,
    vcpu             INTEGER        NOT NULL,
    memory_gib       DECIMAL(18,10) NOT NULL,
    arch             VARCHAR,
    burstable        BOOLEAN        NOT NULL,
    baseline_cpu_pct DECIMAL(6,2),
    gpus             INTEGER        NOT NULL,
    source           VARCHAR        NOT NULL,
    as_of            DATE           NOT NULL
);

CREATE TABLE prices_ec2 (
    region        VARCHAR       NOT NULL,
    instance_type VARCHAR       NOT NULL,
    capacity      VARCHAR       NOT NULL CHECK (capacity IN ('on-demand', 'spot')),
    usd_per_hour  DECIMAL(18,8) NOT NULL,
    source        VARCHAR       NOT NULL,
    as_of         DATE          NOT NULL
);

CREATE TABLE prices_commitment (
    region                 VARCHAR       NOT NULL,
    instance_type          VARCHAR       NOT NULL,
    plan                   VARCHAR       NOT NULL CHECK (plan IN ('compute', 'ec2instance', 'ri-standard', 'ri-convertible')),
    term_years             INTEGER       NOT NULL CHECK (term_years IN (1, 3)),
    payment                VARCHAR       NOT NULL CHECK (payment IN ('no', 'partial', 'all')),
    effective_usd_per_hour DECIMAL(18,8) NOT NULL,
    upfront_usd            DECIMAL(18,4),
    source                 VARCHAR       NOT NULL,
    as_of                  DATE          NOT NULL
);

CREATE TABLE prices_fargate (
    region                  VARCHAR       NOT NULL,
    arch                    VARCHAR       NOT NULL CHECK (arch IN ('x86_64', 'arm64')),
    capacity                VARCHAR       NOT NULL CHECK (capacity IN ('on-demand', 'spot')),
    usd_per_vcpu_hour       DECIMAL(18,8) NOT NULL,
    usd_per_gb_hour         DECIMAL(18,8) NOT NULL,
    usd_per_storage_gb_hour DECIMAL(18,8),
    source                  VARCHAR       NOT NULL,
    as_of                   DATE          NOT NULL
);

CREATE TABLE prices_lambda (
    region                   VARCHAR        NOT NULL,
    arch                     VARCHAR        NOT NULL CHECK (arch IN ('x86_64', 'arm64')),
    tier_gb_seconds_from     DECIMAL(18,0)  NOT NULL,
    usd_per_gb_second        DECIMAL(18,12) NOT NULL,
    usd_per_million_requests DECIMAL(18,8)  NOT NULL,
    source                   VARCHAR        NOT NULL,
    as_of                    DATE           NOT NULL
);

CREATE TABLE spot_advisor (
    region                  VARCHAR NOT NULL,
    instance_type           VARCHAR NOT NULL,
    savings_vs_ondemand_pct INTEGER NOT NULL,
    interruption_frequency  VARCHAR NOT NULL,
    source                  VARCHAR NOT NULL,
    as_of                   DATE    NOT NULL
);
