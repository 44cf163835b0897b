-- Options a run could not price or refused, grouped by cause (not by each workload's wording, which carries its own
-- numbers): the data-quality section shows one line per cause with the families it touched and what fixes it.
-- $run_id: the run.
-- Output: cause, families (comma-separated option families), workloads, example (one reason as written)
WITH unpriced AS (
    SELECT workload_id, family, COALESCE(reason, 'no rate') AS reason
    FROM workload_options
    WHERE run_id = $run_id AND monthly_cost IS NULL
), classified AS (
    SELECT workload_id, family, reason,
           CASE
               WHEN reason LIKE '%Linux/UNIX on shared tenancy%' OR reason LIKE '%Dedicated Host%' THEN 'platform_price_gap'
               WHEN reason = 'no rate' OR reason LIKE 'no % rate%' OR reason LIKE '%price%' THEN 'price_gap'
               WHEN reason LIKE 'not interruption-tolerant%' THEN 'not_interruption_tolerant'
               WHEN reason LIKE 'how long one unit of work takes is unknown%' THEN 'unit_of_work_unknown'
               WHEN reason LIKE 'no memory metric%' THEN 'missing_memory_metrics'
               WHEN reason LIKE 'not idle%' OR reason = 'the function is invoked' THEN 'in_use'
               WHEN reason LIKE 'already %' THEN 'already_there'
               ELSE 'other:' || regexp_replace(split_part(reason, ':', 1), '[0-9][0-9.,]*', 'N', 'g')
           END AS cause
    FROM unpriced
)
SELECT cause,
       string_agg(DISTINCT family, ',' ORDER BY family) AS families,
       COUNT(DISTINCT workload_id) AS workloads,
       min(reason) AS example
FROM classified
GROUP BY cause
ORDER BY workloads DESC, cause;
