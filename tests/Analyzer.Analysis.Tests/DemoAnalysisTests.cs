using Analyzer.Core.Options;

namespace Analyzer.Analysis.Tests;

/// <summary>The engine over the built-in demo organisation with the shipped price catalog.</summary>
public sealed class DemoAnalysisTests(DemoRun demo) : IClassFixture<DemoRun>
{
    [Fact]
    public void Run_DemoData_WindowEndsWhereTheDataEnds()
    {
        Assert.Equal(DemoRun.WindowEnd, demo.Run.Window.End);
    }

    [Fact]
    public void Run_DemoData_EveryWorkloadGetsARecommendationOrAStatedReason()
    {
        Assert.Equal(demo.Workloads, demo.Run.Evaluations.Count);
        Assert.All(demo.Run.Evaluations, e => Assert.False(string.IsNullOrWhiteSpace(e.Recommendation.Reason), e.WorkloadId));
    }

    [Fact]
    public void Run_DemoData_EveryWorkloadHasACurrentCost()
    {
        var unpriced = demo.Run.Evaluations
            .Where(e => e.Options.Single(o => o.Family == OptionFamily.Current).MonthlyCost is null)
            .Select(e => $"{e.WorkloadId}: {e.Recommendation.Reason}");

        Assert.Empty(unpriced);
    }

    [Fact]
    public void Run_DemoData_RecommendsChangesAndASavingsPlan()
    {
        Assert.Contains(demo.Run.Evaluations, e => e.Recommendation.Chosen.Family != OptionFamily.Current);
        Assert.Contains(demo.Run.SavingsPlans, p => p.Optimum.HourlyCommitment > 0);
    }

    [Fact]
    public void Run_DemoData_UnderProvisionedAreADeliberateMinority()
    {
        // Compute Optimizer's defaults (p99.5 + 20%): the demo's fleet runs mostly under its size, as real fleets do.
        var fixes = demo.Run.Evaluations.Count(e => e.Recommendation.Chosen.FixesUnderProvisioning);

        Assert.InRange(fixes, demo.Workloads * 5 / 100, demo.Workloads * 10 / 100);
    }

    [Fact]
    public void Run_DemoData_ResizesSomeFleetsByUnitCount()
    {
        var resized = demo.Run.Evaluations
            .Where(e => e.WorkloadId.Contains(":autoScalingGroup:", StringComparison.Ordinal) || e.WorkloadId.Contains(":service/", StringComparison.Ordinal))
            .Select(e => e.Recommendation.Chosen)
            .Where(c => c.Family != OptionFamily.Current && c.Target?.Change is not null);

        Assert.Contains(resized, c => c.Target!.Change!.ToUnits.Max != c.Target.Change.FromUnits.Max);
    }

    [Fact]
    public void Run_DemoData_EveryRecommendationChangesSomethingAndSavesTheMinimum()
    {
        var settings = new Core.Settings.AnalysisSettings();
        foreach (var e in demo.Run.Evaluations.Where(e => e.Recommendation.Chosen.Family != OptionFamily.Current))
        {
            var chosen = e.Recommendation.Chosen;
            var current = e.Options.Single(o => o.Family == OptionFamily.Current);
            Assert.True(Core.Rules.RecommendationSelector.Changes(chosen, current), $"{e.WorkloadId}: {chosen.Option} changes nothing");
            Assert.True(chosen.FixesUnderProvisioning || chosen.MonthlySavings >= settings.MinimumSavingsFor(current.MonthlyCost!.Value), $"{e.WorkloadId}: {chosen.Option} saves {chosen.MonthlySavings}");
        }
    }

    [Fact]
    public void Run_DemoData_NoBurstableTypeForNightlyBatchOrScalingFleets()
    {
        // Offered as a new type: a workload already on a burstable type keeps it in its current and schedule options.
        using var connection = demo.Connect();

        var offending = connection.ExecuteScalar<long>("""
            SELECT count(*) FROM workload_options o
            JOIN workload_profiles p USING (run_id, workload_id)
            JOIN workloads w USING (workload_id)
            JOIN instance_types t ON t.instance_type = o.target_instance_type
            WHERE o.run_id = $1 AND o.feasible AND t.burstable AND o.target_instance_type <> w.instance_type
              AND (p.shape = 'nightly-batch' OR (w.kind IN ('asg', 'ecs_service') AND p.running_count_max - p.running_count_min >= 1))
            """, demo.Run.RunId);

        Assert.Equal(0, offending);
    }

    [Fact]
    public void Run_DemoData_ChosenOptionsHourlyUnitsInTheStoreAddUpToTheirUnitHours()
    {
        // The stored series x 730 / observed hours is the option's unit-hours a month (units average x hours run).
        using var connection = demo.Connect();
        var chosen = demo.Run.Evaluations.Select(e => e.Recommendation.Chosen).Where(c => c.Target?.HourlyUnits is not null).ToArray();

        Assert.Contains(chosen, c => !c.Target!.Units.IsFixed);
        foreach (var option in chosen.Take(40))
        {
            var workload = demo.Run.Evaluations.Single(e => ReferenceEquals(e.Recommendation.Chosen, option)).WorkloadId;
            var stored = connection.ExecuteScalar<double>(
                "SELECT sum(units) * 730.0 / count(*) FROM option_hourly_units WHERE run_id = $1 AND workload_id = $2", demo.Run.RunId, workload);
            Assert.Equal(option.Target!.MonthlyUnitHours, stored, 6);
        }
    }

    [Fact]
    public void Run_DemoData_HourlyUnitsStoredHourByHourAsSized()
    {
        // The rows are the chosen option's units paired with the profile's hours, in order (staged as two lists
        // per workload and unnested side by side): a varying fleet's rows read back in hour order are its series.
        using var connection = demo.Connect();
        var evaluation = demo.Run.Evaluations.First(e => e.Recommendation.Chosen.Target is { HourlyUnits: not null, Units.IsFixed: false });
        var expected = evaluation.Recommendation.Chosen.Target!.HourlyUnits!;

        var stored = new List<(DateTime Hour, int Units)>();
        using (var reader = connection.ExecuteReader(
            "SELECT hour, units FROM option_hourly_units WHERE run_id = $1 AND workload_id = $2 ORDER BY hour", demo.Run.RunId, evaluation.WorkloadId))
        {
            while (reader.Read())
            {
                stored.Add((reader.GetDateTime(0), reader.GetInt32(1)));
            }
        }

        Assert.Equal(expected, stored.Select(r => r.Units));
        Assert.Equal(stored.Count, stored.Select(r => r.Hour).Distinct().Count());
        Assert.NotEqual(stored.Min(r => r.Units), stored.Max(r => r.Units));
    }

    [Fact]
    public void Run_DemoData_WorkloadSharesOfTheLayeredPortfolioAddUpToIt()
    {
        // On the demo fortnight the layered portfolio (RIs for the steady family bases, a Compute plan over the rest)
        // saves more than any single plan, so it is the decision; each workload's commitment row is its chosen option
        // plus its share of every layer, and the shares add up to the portfolio (to a cent per workload of rounding).
        using var connection = demo.Connect();
        var portfolio = connection.ExecuteScalar<decimal>("SELECT monthly_net_savings FROM commitment_portfolios WHERE run_id = $1 AND recommended", demo.Run.RunId);
        var shares = connection.ExecuteScalar<decimal>(
            "SELECT sum(commitment_monthly_savings - monthly_savings) FROM recommendations WHERE run_id = $1 AND commitment_option LIKE 'savings-plan:fleet-share:portfolio:%'",
            demo.Run.RunId);
        var rows = connection.ExecuteScalar<long>(
            "SELECT count(*) FROM recommendations WHERE run_id = $1 AND commitment_option LIKE 'savings-plan:fleet-share:portfolio:%'", demo.Run.RunId);

        Assert.True(portfolio > 0);
        Assert.InRange(shares, portfolio - (0.01m * rows), portfolio + (0.01m * rows));
    }

    [Fact]
    public void Run_DemoData_PortfolioPurchasePlanAddsUpToThePortfolioAndRenewsTheLapsingPlans()
    {
        // Per layer, buy now + after rightsizing is the layer's commitment; over all layers their savings are the
        // portfolio's (to the cent), and a tranche with nothing to buy saves nothing. This fixture holds no plan (its bill
        // has none), so nothing lapses and nothing is renewed.
        using var connection = demo.Connect();
        var mismatched = connection.ExecuteScalar<long>(
            """
            SELECT count(*) FROM commitment_portfolio_layers l
            JOIN commitment_portfolios p USING (run_id, term_years, payment)
            JOIN commitment_portfolio_plan_layers t USING (run_id, term_years, payment, plan, scope)
            WHERE l.run_id = $1 AND p.best
              AND (abs(t.now_hourly + t.after_hourly - l.hourly_commitment) > 0.00001
                   OR (t.now_hourly = 0 AND t.now_monthly_net_savings <> 0) OR (t.after_hourly = 0 AND t.after_monthly_net_savings <> 0))
            """, demo.Run.RunId);
        var apart = connection.ExecuteScalar<decimal>(
            """
            SELECT abs(sum(t.now_monthly_net_savings + t.after_monthly_net_savings) - any_value(p.monthly_net_savings))
            FROM commitment_portfolio_plan_layers t
            JOIN commitment_portfolios p USING (run_id, term_years, payment)
            WHERE t.run_id = $1 AND p.best
            """, demo.Run.RunId);
        var layers = connection.ExecuteScalar<long>(
            "SELECT count(*) FROM commitment_portfolio_layers l JOIN commitment_portfolios p USING (run_id, term_years, payment) WHERE l.run_id = $1 AND p.best", demo.Run.RunId);
        var planned = connection.ExecuteScalar<long>(
            "SELECT count(*) FROM commitment_portfolio_plan_layers WHERE run_id = $1 AND (now_hourly + after_hourly) > 0", demo.Run.RunId);
        var lapsing = connection.ExecuteScalar<decimal>("SELECT lapsing_hourly FROM commitment_portfolio_plan_totals WHERE run_id = $1", demo.Run.RunId);
        var renewal = connection.ExecuteScalar<decimal>("SELECT sum(renewal_hourly) FROM commitment_portfolio_plan_layers WHERE run_id = $1", demo.Run.RunId);

        Assert.Equal(0, mismatched);
        Assert.True(apart <= 0.01m, $"the tranches are {apart} apart from the portfolio");
        Assert.Equal(layers, planned);
        Assert.Equal(0m, lapsing);
        Assert.True(connection.ExecuteScalar<long>("SELECT count(*) FROM commitment_portfolio_plan_totals WHERE run_id = $1 AND steady_share_pct = 95", demo.Run.RunId) == 1);
        Assert.Equal(0m, renewal);
    }
}
