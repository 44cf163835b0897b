-- 0013_whatif_scenarios: what-if scenarios saved by name (`analyzer whatif ... --save NAME`): the scenario's definition
-- and its result against the baseline run (totals on both sides, money in cents as the what-if prints it), and one row
-- per workload it selected or changed. The next report renders each saved scenario as its own section. Saving a name
-- again replaces it; `analyzer whatif --delete NAME` removes it.

CREATE TABLE whatif_scenarios (
    name                       VARCHAR NOT NULL,   -- [A-Za-z0-9][A-Za-z0-9._-]{0,63}, checked before it is stored
    description                VARCHAR,            -- the file's "description"
    definition                 VARCHAR NOT NULL,   -- the scenario file as given, and the flags applied on top
    baseline_run_id            VARCHAR NOT NULL,
    saved_at                   TIMESTAMP NOT NULL,
    workloads                  INTEGER NOT NULL,   -- workloads evaluated
    selected                   INTEGER NOT NULL,   -- workloads a change selected
    infeasible                 INTEGER NOT NULL,   -- workloads where what was asked cannot be done
    before_current_monthly     DECIMAL(18,2) NOT NULL,
    before_recommended_monthly DECIMAL(18,2) NOT NULL,
    before_commitment_savings  DECIMAL(18,2) NOT NULL,
    before_added_savings       DECIMAL(18,2) NOT NULL,
    after_current_monthly      DECIMAL(18,2) NOT NULL,
    after_recommended_monthly  DECIMAL(18,2) NOT NULL,
    after_commitment_savings   DECIMAL(18,2) NOT NULL,
    after_added_savings        DECIMAL(18,2) NOT NULL,
    commitment_before          VARCHAR,            -- "compute:3y:all 2.340/h"; null when none saves
    commitment_after           VARCHAR,
    missing_prices             VARCHAR[] NOT NULL  -- prices a region move lacked
);

CREATE TABLE whatif_scenario_lines (
    scenario       VARCHAR NOT NULL,
    workload_id    VARCHAR NOT NULL,
    name           VARCHAR NOT NULL,
    account_id     VARCHAR NOT NULL,
    region         VARCHAR NOT NULL,   -- as priced in the scenario
    moved_from     VARCHAR,            -- its region today, when the scenario moved it
    kind           VARCHAR NOT NULL,
    selected       BOOLEAN NOT NULL,
    current_before DECIMAL(18,2) NOT NULL,
    current_after  DECIMAL(18,2) NOT NULL,
    before_option  VARCHAR,            -- null when the workload is not in the baseline run
    before_monthly DECIMAL(18,2) NOT NULL,
    after_option   VARCHAR NOT NULL,
    after_family   VARCHAR NOT NULL,
    after_monthly  DECIMAL(18,2) NOT NULL,
    infeasible     VARCHAR,           -- why what was asked cannot be done; null when it can
    unpriced       BOOLEAN NOT NULL   -- today's setup has no price under the scenario (its costs show as 0)
);
