-- Creates the empty temp tables a price load stages rows in before it replaces the target rows in one
-- transaction. No parameters; run before each load (CREATE OR REPLACE empties them).
CREATE OR REPLACE TEMP TABLE stage_prices_ec2 AS SELECT * FROM prices_ec2 LIMIT 0;
CREATE OR REPLACE TEMP TABLE stage_prices_commitment AS SELECT * FROM prices_commitment LIMIT 0;
CREATE OR REPLACE TEMP TABLE stage_prices_fargate AS SELECT * FROM prices_fargate LIMIT 0;
CREATE OR REPLACE TEMP TABLE stage_prices_lambda AS SELECT * FROM prices_lambda LIMIT 0;
CREATE OR REPLACE TEMP TABLE stage_spot_advisor AS SELECT * FROM spot_advisor LIMIT 0;
CREATE OR REPLACE TEMP TABLE stage_instance_types AS SELECT * FROM instance_types LIMIT 0;
CREATE OR REPLACE TEMP TABLE stage_ec2_terms (
    sku             VARCHAR,
    offer_term_code VARCHAR,
    term_type       VARCHAR,
    unit            VARCHAR,
    price           DECIMAL(18,10),
    lease           VARCHAR,
    purchase_option VARCHAR,
    offering_class  VARCHAR,
    instance_type   VARCHAR,
    platform        VARCHAR,
    tenancy         VARCHAR
);
