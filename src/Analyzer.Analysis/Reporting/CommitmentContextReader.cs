using Analyzer.Core.Reporting;
using Analyzer.Core.SavingsPlans;
using Analyzer.Storage;
using Analyzer.Storage.DuckDb;

namespace Analyzer.Analysis.Reporting;

/// <summary>
/// Reads a run's commitment portfolio, renewal and series (queries/analysis/report/commitment_*.sql), Savings Plans held
/// and Cost Explorer comparisons (commitments_*.sql) for the report's commitment section. Runs written before migrations
/// 0010 and 0011 have none: the context is empty.
/// </summary>
internal static class CommitmentContextReader
{
    public const string Held = "analysis/report/commitments_held";
    public const string CostExplorer = "analysis/report/commitments_cost_explorer";
    public const string Candidates = "analysis/report/commitment_candidates";
    public const string Renewal = "analysis/report/commitment_renewal";
    public const string Series = "analysis/report/commitment_series";
    public const string WithoutRateQuery = "analysis/report/commitment_without_rate";
    public const string SpendAsBilledQuery = "analysis/report/spend_as_billed";
    public const string PortfolioQuery = "analysis/report/commitment_portfolio";
    public const string PortfolioLayers = "analysis/report/commitment_portfolio_layers";
    public const string ReservedInstancesHeld = "analysis/report/reserved_instances_held";

    public static CommitmentContext Read(DuckDbConnection connection, string runId, DateTime windowEnd)
    {
        var args = new Dictionary<string, object?> { ["run_id"] = runId };
        var held = new List<HeldCommitmentLine>();
        decimal computeHourly = 0;
        var fromSetting = false;
        using (var reader = connection.ExecuteReader(QueryCatalog.Get(Held), args))
        {
            while (reader.Read())
            {
                (computeHourly, fromSetting) = (reader.GetDecimal(9), reader.GetBoolean(10));
                if (reader.IsDBNull(2))
                {
                    continue;
                }

                var plan = reader.GetString(2);
                DateTime? ends = reader.IsDBNull(8) ? null : reader.GetDateTime(8);
                var region = reader.IsDBNull(5) ? null : reader.GetString(5);
                var family = reader.IsDBNull(6) ? null : reader.GetString(6);
                held.Add(new HeldCommitmentLine(
                    reader.GetString(0), reader.GetString(1), Label(plan), reader.IsDBNull(3) ? null : reader.GetInt32(3),
                    reader.IsDBNull(4) ? null : reader.GetString(4),
                    plan == HeldCommitments.Ec2Instance ? $"{region} {family}" : plan == HeldCommitments.Compute ? "any region and family" : "not applied",
                    reader.GetDecimal(7), ends is { } e ? DateOnly.FromDateTime(e) : null,
                    ends is { } end && end > windowEnd && end <= windowEnd.AddDays(HeldCommitments.LapseWarningDays)));
            }
        }

        var ce = new List<CostExplorerCommitmentLine>();
        using (var reader = connection.ExecuteReader(QueryCatalog.Get(CostExplorer), args))
        {
            while (reader.Read())
            {
                ce.Add(new CostExplorerCommitmentLine(
                    Label(reader.GetString(0)), reader.GetInt32(1), reader.GetString(2), reader.GetString(3), reader.GetInt32(4),
                    Round(reader.GetDecimal(5), 3), Round(reader.GetDecimal(6), 2), reader.IsDBNull(7) ? null : Round((decimal)reader.GetDouble(7), 1),
                    Round(reader.GetDecimal(8), 3), Round(reader.GetDecimal(9), 2), Round((decimal)reader.GetDouble(10), 1),
                    Round(reader.GetDecimal(11), 2), Round((decimal)reader.GetDouble(12), 1), reader.GetString(13)));
            }
        }

        return new CommitmentContext(held, Round(computeHourly, 3), fromSetting, ce)
        {
            Candidates = ReadCandidates(connection, args),
            Renewal = ReadRenewal(connection, args),
            ReservedInstances = ReadReservedInstances(connection, args, windowEnd),
            Series = ReadSeries(connection, args),
            WithoutRate = ReadWithoutRate(connection, args),
            Portfolio = ReadPortfolio(connection, runId),
        };
    }

    /// <summary>
    /// Spend as billed and the Effective Savings Rate today (the held plans' net savings from the bill and the RIs held
    /// on today's fleet, net of their fee) and after the plan (the RIs and the held plans on the recommended fleet plus
    /// the recommended commitment); null for runs before 0011.
    /// </summary>
    public static SpendAsBilled? Billed(DuckDbConnection connection, string runId, Core.Time.Period window, ExecutiveSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        using var r = connection.ExecuteReader(QueryCatalog.Get(SpendAsBilledQuery), new Dictionary<string, object?>
        {
            ["run_id"] = runId,
            ["window_start"] = window.Start,
            ["window_end"] = window.End,
        });
        if (!r.Read())
        {
            return null;
        }

        return SpendAsBilled.From(
            summary.MonthlySpendAnalyzed, r.GetDecimal(r.GetOrdinal("held_savings_today")), summary.WorkloadSavings,
            r.GetDecimal(r.GetOrdinal("held_savings_after")), summary.CommitmentSavings,
            r.GetDecimal(r.GetOrdinal("reserved_net_today")), r.GetDecimal(r.GetOrdinal("reserved_net_after")));
    }

    private static List<HeldReservedInstanceLine> ReadReservedInstances(DuckDbConnection connection, Dictionary<string, object?> args, DateTime windowEnd)
    {
        var lines = new List<HeldReservedInstanceLine>();
        using var r = connection.ExecuteReader(QueryCatalog.Get(ReservedInstancesHeld), args);
        string S(string column) => r.GetString(r.GetOrdinal(column));
        while (r.Read())
        {
            var endsAt = r.GetOrdinal("ends_at");
            var startsAt = r.GetOrdinal("starts_at");
            DateTime? ends = r.IsDBNull(endsAt) ? null : r.GetDateTime(endsAt);
            lines.Add(new HeldReservedInstanceLine(
                S("account_id"), S("reserved_instances_id"), S("region"), S("instance_type"), r.GetInt32(r.GetOrdinal("instance_count")), S("scope"),
                S("availability_zone"), S("offering_class"), S("offering_type"), S("product_description"), S("instance_tenancy"),
                r.GetBoolean(r.GetOrdinal("applied")), S("covers"), Round(r.GetDecimal(r.GetOrdinal("on_demand_usd_per_hour")), 3),
                Round(r.GetDecimal(r.GetOrdinal("monthly_covered_usd")), 2), Round(r.GetDecimal(r.GetOrdinal("monthly_covered_today_usd")), 2), ends is { } e ? DateOnly.FromDateTime(e) : null,
                ends is { } end && end > windowEnd && end <= windowEnd.AddDays(HeldCommitments.LapseWarningDays))
            {
                AmortizedUsdPerHour = Round(r.GetDecimal(r.GetOrdinal("amortized_usd_per_hour")), 3),
                MonthlyFeeUsd = Round(r.GetDecimal(r.GetOrdinal("monthly_fee_usd")), 2),
                State = S("state"),
                MovedWorkloads = r.GetInt32(r.GetOrdinal("moved_workloads")),
                MovedMonthlySavingsUsd = Round(r.GetDecimal(r.GetOrdinal("moved_monthly_savings_usd")), 2),
                StartsOn = r.IsDBNull(startsAt) ? null : DateOnly.FromDateTime(r.GetDateTime(startsAt)),
            });
        }

        return lines;
    }

    private static List<CommitmentCandidateLine> ReadCandidates(DuckDbConnection connection, Dictionary<string, object?> args)
    {
        var lines = new List<CommitmentCandidateLine>();
        using var r = connection.ExecuteReader(QueryCatalog.Get(Candidates), args);
        decimal Usd(string column, int digits = 2) => Round(r.GetDecimal(r.GetOrdinal(column)), digits);
        decimal Pct(string column) => Round((decimal)r.GetDouble(r.GetOrdinal(column)), 1);
        while (r.Read())
        {
            var breakEven = r.GetOrdinal("break_even_month");
            lines.Add(new CommitmentCandidateLine(
                Label(r.GetString(r.GetOrdinal("plan"))), r.GetInt32(r.GetOrdinal("term_years")), r.GetString(r.GetOrdinal("payment")),
                Usd("hourly_commitment", 3), Usd("upfront_usd"), Usd("monthly_net_savings"), Pct("utilization_pct"), Pct("coverage_pct"),
                r.IsDBNull(breakEven) ? null : r.GetInt32(breakEven), Usd("buy_now_commitment", 3), Usd("after_rightsizing_commitment", 3),
                Usd("max_hourly_commitment", 3), Usd("max_monthly_net_savings"), Usd("monthly_on_demand"), Usd("monthly_without_rate"),
                Usd("drop10_monthly_net_savings"), Usd("drop20_monthly_net_savings"), Usd("drop30_monthly_net_savings"), Pct("drop30_utilization_pct"),
                r.GetBoolean(r.GetOrdinal("best"))));
        }

        return lines;
    }

    /// <summary>
    /// The portfolio with the most net savings and its layers; null for runs before 0017 or when none saves. Its net
    /// savings keep the stored precision: they are the headline's commitment savings, as a single plan's are.
    /// </summary>
    public static CommitmentPortfolioLine? ReadPortfolio(DuckDbConnection connection, string runId)
    {
        int term;
        string payment;
        bool recommended;
        decimal hourly, savings, max, onDemand, withoutRate;
        decimal? upfront;
        double coverage;
        using (var r = connection.ExecuteReader(QueryCatalog.Get(PortfolioQuery), new Dictionary<string, object?> { ["run_id"] = runId }))
        {
            if (!r.Read())
            {
                return null;
            }

            var up = r.GetOrdinal("upfront_usd");
            (term, payment, recommended) = (r.GetInt32(r.GetOrdinal("term_years")), r.GetString(r.GetOrdinal("payment")), r.GetBoolean(r.GetOrdinal("recommended")));
            (hourly, savings, max) = (r.GetDecimal(r.GetOrdinal("hourly_commitment")), r.GetDecimal(r.GetOrdinal("monthly_net_savings")), r.GetDecimal(r.GetOrdinal("max_monthly_net_savings")));
            (onDemand, withoutRate, coverage) = (r.GetDecimal(r.GetOrdinal("monthly_on_demand")), r.GetDecimal(r.GetOrdinal("monthly_without_rate")), r.GetDouble(r.GetOrdinal("coverage_pct")));
            upfront = r.IsDBNull(up) ? null : r.GetDecimal(up);
        }

        var layers = new List<CommitmentLayerLine>();
        using (var r = connection.ExecuteReader(QueryCatalog.Get(PortfolioLayers), new Dictionary<string, object?> { ["run_id"] = runId, ["term_years"] = term, ["payment"] = payment }))
        {
            int Col(string name) => r.GetOrdinal(name);
            while (r.Read())
            {
                var plan = r.GetString(Col("plan"));
                layers.Add(new CommitmentLayerLine(
                    plan == ReservedInstanceOffer.Plan ? "Standard Reserved Instances" : Label(plan), r.GetString(Col("scope")),
                    r.IsDBNull(Col("instance_type")) ? null : r.GetString(Col("instance_type")), r.IsDBNull(Col("instance_count")) ? null : r.GetInt32(Col("instance_count")),
                    Round(r.GetDecimal(Col("hourly_commitment")), 3), r.IsDBNull(Col("upfront_usd")) ? null : Round(r.GetDecimal(Col("upfront_usd")), 2),
                    Round(r.GetDecimal(Col("monthly_net_savings")), 2), Round((decimal)r.GetDouble(Col("utilization_pct")), 1), Round((decimal)r.GetDouble(Col("coverage_pct")), 1),
                    r.IsDBNull(Col("break_even_month")) ? null : r.GetInt32(Col("break_even_month"))));
            }
        }

        var (planned, purchase) = CommitmentPurchasePlanReader.Read(connection, runId, term, payment, layers);
        return new CommitmentPortfolioLine(
            term, payment, recommended, Round(hourly, 3), upfront is { } u ? Round(u, 2) : null, savings, Round(max, 2), Round((decimal)coverage, 1),
            Round(onDemand, 2), Round(withoutRate, 2), planned)
        {
            Purchase = purchase,
            SteadySharePercent = purchase?.SteadySharePercent ?? 95m,
        };
    }

    private static CommitmentRenewalLine? ReadRenewal(DuckDbConnection connection, Dictionary<string, object?> args)
    {
        using var r = connection.ExecuteReader(QueryCatalog.Get(Renewal), args);
        if (!r.Read())
        {
            return null;
        }

        var end = r.GetOrdinal("first_end");
        return new CommitmentRenewalLine(
            Label(r.GetString(r.GetOrdinal("plan"))), r.GetInt32(r.GetOrdinal("term_years")), r.GetString(r.GetOrdinal("payment")),
            r.GetInt32(r.GetOrdinal("lapsing_plans")), Round(r.GetDecimal(r.GetOrdinal("lapsing_hourly")), 3),
            r.IsDBNull(end) ? null : DateOnly.FromDateTime(r.GetDateTime(end)), Round(r.GetDecimal(r.GetOrdinal("renew_commitment")), 3),
            Round(r.GetDecimal(r.GetOrdinal("monthly_net_savings")), 2));
    }

    private static List<CommitmentWithoutRateLine> ReadWithoutRate(DuckDbConnection connection, Dictionary<string, object?> args)
    {
        var lines = new List<CommitmentWithoutRateLine>();
        using var r = connection.ExecuteReader(QueryCatalog.Get(WithoutRateQuery), args);
        while (r.Read())
        {
            lines.Add(new CommitmentWithoutRateLine(r.GetString(r.GetOrdinal("basis")), r.GetString(r.GetOrdinal("reason")), Round(r.GetDecimal(r.GetOrdinal("monthly_usd")), 2)));
        }

        return lines;
    }

    private static List<CommitmentSeriesLine> ReadSeries(DuckDbConnection connection, Dictionary<string, object?> args)
    {
        var lines = new List<CommitmentSeriesLine>();
        using var r = connection.ExecuteReader(QueryCatalog.Get(Series), args);
        while (r.Read())
        {
            var usage = r.GetString(r.GetOrdinal("usage")) switch { "fargate" => "Fargate", "lambda" => "Lambda", _ => "EC2" };
            lines.Add(new CommitmentSeriesLine(usage, Round(r.GetDecimal(r.GetOrdinal("recommended_monthly")), 2), Round(r.GetDecimal(r.GetOrdinal("current_monthly")), 2)));
        }

        return lines;
    }

    public static string Label(string plan) => plan switch
    {
        HeldCommitments.Compute => "Compute Savings Plan",
        HeldCommitments.Ec2Instance => "EC2 Instance Savings Plan",
        _ => plan,
    };

    private static decimal Round(decimal value, int digits) => Math.Round(value, digits, MidpointRounding.AwayFromZero);
}
