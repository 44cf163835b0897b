-- 0020_reserved_instances_cost: what each Reserved Instance held costs, so that the Effective Savings Rate and the
-- savings as billed count RIs as well as Savings Plans, and the coverage an RI loses when the rightsizing moves usage off
-- it is seen (stranded: its fee is paid until it ends either way); and the state of the RIs read (active, or queued:
-- bought to start later, applied only from its start).
ALTER TABLE reserved_instances ADD COLUMN state VARCHAR DEFAULT 'active'; -- 'active' or 'queued'

ALTER TABLE reserved_instances_held_applied ADD COLUMN amortized_usd_per_hour DECIMAL(18,6) DEFAULT 0; -- the purchase's hourly fee plus its upfront over the term
ALTER TABLE reserved_instances_held_applied ADD COLUMN monthly_fee_usd DECIMAL(18,6) DEFAULT 0;        -- that fee over the hours of the window it is active in, per 730-hour month
ALTER TABLE reserved_instances_held_applied ADD COLUMN state VARCHAR DEFAULT 'active';
-- The workloads the rightsizing moves off it (today on usage it applies to, recommended on usage it does not) and what
-- their recommendations save per month at on-demand prices: beside the coverage it loses, whether moving them before it ends pays.
ALTER TABLE reserved_instances_held_applied ADD COLUMN moved_workloads INTEGER DEFAULT 0;
ALTER TABLE reserved_instances_held_applied ADD COLUMN moved_monthly_savings_usd DECIMAL(18,6) DEFAULT 0;
