using Analyzer.Core.SavingsPlans;
using Analyzer.Storage.DuckDb;

namespace Analyzer.Analysis;

/// <summary>Appends one run's commitment candidates, renewal and series totals to the 0011 tables.</summary>
internal static class CommitmentAdviceWriter
{
    public static void Write(DuckDbConnection connection, string runId, CommitmentAdvice? advice)
    {
        if (advice is null)
        {
            return;
        }

        using (var a = connection.CreateAppender("commitment_candidates"))
        {
            foreach (var c in advice.Candidates)
            {
                var r = c.Result;
                var max = r.Maximum ?? r.Optimum;
                a.Append(runId).Append(r.Offer.Plan).Append(r.Offer.TermYears).Append(r.Offer.Payment)
                    .Append(Money(c.HourlyCommitment)).Append(Money(c.UpfrontUsd)).Append(Money(c.MonthlyNetSavings))
                    .Append(r.Optimum.UtilizationPercent).Append(r.Optimum.CoveragePercent).Append(c.BreakEvenMonth)
                    .Append(Money(c.BuyNowHourly)).Append(Money(c.AfterRightsizingHourly))
                    .Append(Money(max.HourlyCommitment)).Append(Money(max.MonthlyNetSavings - (r.Optimum.MonthlyNetSavings - r.AdditionalMonthlySavings)))
                    .Append(Money(r.MonthlyOnDemandSpend)).Append(Money(r.MonthlyWithoutRate));
                foreach (var d in c.Drops)
                {
                    a.Append(Money(d.MonthlyNetSavings)).Append(d.UtilizationPercent);
                }

                a.Append(ReferenceEquals(c, advice.Best)).EndRow();
            }
        }

        if (advice.Renewal is { } renewal && advice.Best is { } best)
        {
            using var a = connection.CreateAppender("commitment_renewals");
            a.Append(runId).Append(best.Result.Offer.Plan).Append(best.Result.Offer.TermYears).Append(best.Result.Offer.Payment)
                .Append(renewal.Lapsing.Count).Append(Money(renewal.LapsingHourly)).Append(renewal.FirstEnd)
                .Append(Money(renewal.RenewHourly)).Append(Money(renewal.MonthlyNetSavings)).EndRow();
        }

        Portfolios(connection, runId, advice);
        PurchasePlan(connection, runId, advice);
        using (var w = connection.CreateAppender("commitment_without_rate"))
        {
            foreach (var line in advice.WithoutRate)
            {
                w.Append(runId).Append(line.Basis).Append(line.Reason).Append(Money(line.MonthlyUsd)).EndRow();
            }
        }

        using (var t = connection.CreateAppender("commitment_totals"))
        {
            t.Append(runId).Append(Money(advice.HeldMonthlyNetSavingsRecommended)).EndRow();
        }

        using var s = connection.CreateAppender("commitment_series");
        var recommended = ByUsage(advice.Recommended);
        var current = ByUsage(advice.Current);
        foreach (var usage in recommended.Keys.Union(current.Keys).Order(StringComparer.Ordinal))
        {
            s.Append(runId).Append(usage).Append(Money(recommended.GetValueOrDefault(usage))).Append(Money(current.GetValueOrDefault(usage))).EndRow();
        }
    }

    private static void Portfolios(DuckDbConnection connection, string runId, CommitmentAdvice advice)
    {
        using (var a = connection.CreateAppender("commitment_portfolios"))
        {
            foreach (var p in advice.Portfolios)
            {
                var best = ReferenceEquals(p, advice.Portfolio);
                a.Append(runId).Append(p.TermYears).Append(p.Payment).Append(best).Append(best && advice.UsesPortfolio)
                    .Append(Money(p.HourlyCommitment)).Append(p.UpfrontUsd is { } u ? Money(u) : (decimal?)null).Append(Money(p.MonthlyNetSavings))
                    .Append(Money(p.MaximumMonthlyNetSavings)).Append(p.CoveragePercent).Append(Money(p.MonthlyOnDemand)).Append(Money(p.MonthlyWithoutRate))
                    .EndRow();
            }
        }

        using var l = connection.CreateAppender("commitment_portfolio_layers");
        foreach (var p in advice.Portfolios)
        {
            for (var i = 0; i < p.Layers.Count; i++)
            {
                var layer = p.Layers[i];
                l.Append(runId).Append(p.TermYears).Append(p.Payment).Append(i + 1).Append(layer.Plan).Append(layer.Scope)
                    .Append(layer.InstanceType).Append(layer.InstanceCount).Append(Money(layer.HourlyCommitment))
                    .Append(layer.UpfrontUsd is { } u ? Money(u) : (decimal?)null).Append(Money(layer.MonthlyNetSavings))
                    .Append(layer.UtilizationPercent).Append(layer.CoveragePercent).Append(layer.BreakEvenMonth).EndRow();
            }
        }
    }

    // The best portfolio's purchase plan: a row per layer (its tranches and usage-drop risk) and one of totals.
    private static void PurchasePlan(DuckDbConnection connection, string runId, CommitmentAdvice advice)
    {
        if (advice.Portfolio is not { } portfolio || advice.PortfolioPlan is not { } plan)
        {
            return;
        }

        using (var l = connection.CreateAppender("commitment_portfolio_plan_layers"))
        {
            for (var i = 0; i < plan.Layers.Count; i++)
            {
                var layer = plan.Layers[i];
                l.Append(runId).Append(portfolio.TermYears).Append(portfolio.Payment).Append(i + 1).Append(layer.Plan).Append(layer.Scope).Append(layer.InstanceType);
                foreach (var tranche in new[] { layer.Now, layer.AfterRightsizing, layer.Renewal })
                {
                    l.Append(tranche.InstanceCount).Append(Money(tranche.HourlyCommitment)).Append(tranche.UpfrontUsd is { } u ? Money(u) : (decimal?)null).Append(Money(tranche.MonthlyNetSavings));
                }

                for (var d = 0; d < 3; d++)
                {
                    var drop = d < layer.Drops.Count ? layer.Drops[d] : null;
                    l.Append(drop is null ? (decimal?)null : Money(drop.MonthlyNetSavings)).Append(drop?.UtilizationPercent);
                }

                l.EndRow();
            }
        }

        using var t = connection.CreateAppender("commitment_portfolio_plan_totals");
        t.Append(runId).Append(portfolio.TermYears).Append(portfolio.Payment).Append(Money(plan.BuyNowMonthlyNetSavingsToday));
        foreach (var drop in plan.Drops)
        {
            t.Append(Money(drop.MonthlyNetSavings)).Append(drop.UtilizationPercent);
        }

        t.Append(plan.Lapsing.Count).Append(Money(plan.Lapsing.Sum(p => p.HourlyCommitment))).Append(plan.Lapsing.Min(p => p.EndsAt))
            .Append((double)(portfolio.SteadyShare * 100)).Append(Money(portfolio.MonthlyNetSavingsWithoutComputeRate)).Append(portfolio.RegionsWithoutComputeRate).EndRow();
    }

    /// <summary>"ec2", "fargate" or "lambda" for a usage key.</summary>
    public static string Usage(string key)
    {
        var type = key[(key.IndexOf('/', StringComparison.Ordinal) + 1)..];
        return type.StartsWith("fargate:", StringComparison.Ordinal) ? "fargate" : type.StartsWith("lambda:", StringComparison.Ordinal) ? "lambda" : "ec2";
    }

    private static Dictionary<string, decimal> ByUsage(FleetSpend spend) =>
        spend.WorkloadMonthly.Values.GroupBy(v => Usage(v.Key)).ToDictionary(g => g.Key, g => g.Sum(v => v.MonthlyUsd), StringComparer.Ordinal);

    private static decimal Money(decimal value) => Math.Round(value, 6, MidpointRounding.AwayFromZero);
}
