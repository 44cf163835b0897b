using Analyzer.Core.Reporting;
using Analyzer.Core.SavingsPlans;
using Analyzer.Storage;
using Analyzer.Storage.DuckDb;

namespace Analyzer.Analysis.Reporting;

/// <summary>
/// Reads the recommended portfolio's purchase plan (queries/analysis/report/commitment_portfolio_plan_*.sql): each layer's
/// tranches and usage-drop risk onto its <see cref="CommitmentLayerLine"/>, and the totals. Runs written before
/// migration 0016 have none: the layers are returned as they are and the totals are null.
/// </summary>
internal static class CommitmentPurchasePlanReader
{
    public const string Layers = "analysis/report/commitment_portfolio_plan_layers";
    public const string Totals = "analysis/report/commitment_portfolio_plan_totals";

    private static readonly int[] DropPercents = [10, 20, 30];

    public static (IReadOnlyList<CommitmentLayerLine> Layers, CommitmentPurchasePlanLine? Plan) Read(
        DuckDbConnection connection, string runId, int term, string payment, IReadOnlyList<CommitmentLayerLine> layers)
    {
        var args = new Dictionary<string, object?> { ["run_id"] = runId, ["term_years"] = term, ["payment"] = payment };
        var rows = new List<(string Plan, string Scope, string? Type, CommitmentTrancheLine Now, CommitmentTrancheLine After, CommitmentTrancheLine Renewal, List<CommitmentDropLine> Drops)>();
        using (var r = connection.ExecuteReader(QueryCatalog.Get(Layers), args))
        {
            int Col(string name) => r.GetOrdinal(name);
            CommitmentTrancheLine Tranche(string prefix) => new(
                r.IsDBNull(Col(prefix + "_count")) ? null : r.GetInt32(Col(prefix + "_count")),
                Round(r.GetDecimal(Col(prefix + "_hourly")), 3),
                r.IsDBNull(Col(prefix + "_upfront_usd")) ? null : Round(r.GetDecimal(Col(prefix + "_upfront_usd")), 2),
                Round(r.GetDecimal(Col(prefix + "_monthly_net_savings")), 2));
            while (r.Read())
            {
                var drops = DropPercents.Where(d => !r.IsDBNull(Col($"drop{d}_monthly_net_savings")))
                    .Select(d => new CommitmentDropLine(d, Round(r.GetDecimal(Col($"drop{d}_monthly_net_savings")), 2), Round((decimal)r.GetDouble(Col($"drop{d}_utilization_pct")), 1)))
                    .ToList();
                var plan = r.GetString(Col("plan"));
                rows.Add((plan == ReservedInstanceOffer.Plan ? "Standard Reserved Instances" : CommitmentContextReader.Label(plan), r.GetString(Col("scope")),
                    r.IsDBNull(Col("instance_type")) ? null : r.GetString(Col("instance_type")), Tranche("now"), Tranche("after"), Tranche("renewal"), drops));
            }
        }

        if (rows.Count == 0)
        {
            return (layers, null);
        }

        var withPlan = layers.Select(l => rows.FirstOrDefault(x => x.Plan == l.Plan && x.Scope == l.Scope) is { Plan: not null } x
            ? l with { Now = x.Now, AfterRightsizing = x.After, Renewal = x.Renewal, Drops = x.Drops }
            : l).ToList();
        var renewalOnly = rows.Where(x => !layers.Any(l => l.Plan == x.Plan && l.Scope == x.Scope))
            .Select(x => new CommitmentLayerLine(x.Plan, x.Scope, x.Type, x.Renewal.InstanceCount, 0m, 0m, 0m, 0m, 0m, null) { Renewal = x.Renewal })
            .ToList();

        using var t = connection.ExecuteReader(QueryCatalog.Get(Totals), args);
        if (!t.Read())
        {
            return (withPlan, null);
        }

        int TCol(string name) => t.GetOrdinal(name);
        var totals = DropPercents
            .Select(d => new CommitmentDropLine(d, Round(t.GetDecimal(TCol($"drop{d}_monthly_net_savings")), 2), Round((decimal)t.GetDouble(TCol($"drop{d}_utilization_pct")), 1)))
            .ToList();
        var end = TCol("first_end");
        var all = withPlan.Concat(renewalOnly).ToList();
        return (withPlan, new CommitmentPurchasePlanLine(
            Sum(all.Select(l => l.Now)), Sum(all.Select(l => l.AfterRightsizing)), Sum(all.Select(l => l.Renewal)),
            Round(t.GetDecimal(TCol("now_monthly_net_savings_today")), 2), totals, t.GetInt32(TCol("lapsing_plans")), Round(t.GetDecimal(TCol("lapsing_hourly")), 3),
            t.IsDBNull(end) ? null : DateOnly.FromDateTime(t.GetDateTime(end)), renewalOnly)
        {
            SteadySharePercent = Round((decimal)t.GetDouble(TCol("steady_share_pct")), 1),
            MonthlyNetSavingsWithoutComputeRate = Round(t.GetDecimal(TCol("monthly_net_savings_without_compute_rate")), 2),
            RegionsWithoutComputeRate = t.GetString(TCol("regions_without_compute_rate")),
        });
    }

    private static CommitmentTrancheLine Sum(IEnumerable<CommitmentTrancheLine?> tranches)
    {
        var all = tranches.OfType<CommitmentTrancheLine>().ToList();
        return new CommitmentTrancheLine(
            null, all.Sum(t => t.HourlyCommitment), all.Any(t => t.UpfrontUsd is null) ? null : all.Sum(t => t.UpfrontUsd!.Value), all.Sum(t => t.MonthlyNetSavings));
    }

    private static decimal Round(decimal value, int digits) => Math.Round(value, digits, MidpointRounding.AwayFromZero);
}
