using Analyzer.Analysis.Reporting;
using Analyzer.Analysis.WhatIf;
using Analyzer.Core.Options;
using Analyzer.Core.Settings;
using Analyzer.Core.WhatIf;

namespace Analyzer.Analysis.Tests.WhatIf;

/// <summary>
/// What-ifs on the demo organisation against its analysis run, each compared with a full re-analysis given the same
/// changed inputs: the scenario must answer what `analyze` would have written.
/// </summary>
public sealed class WhatIfDemoTests(DemoRun demo) : IClassFixture<DemoRun>
{
    private static readonly FixedTime Time = new(new DateTimeOffset(2026, 11, 22, 6, 0, 0, TimeSpan.Zero));

    private WhatIfEngine Engine => new(demo.Connect, Time);

    private WhatIfBaseline Baseline => Engine.Baseline(demo.Run.RunId)!;

    private WhatIfResult WhatIf(string json) => Engine.Evaluate(Baseline, ScenarioReader.Parse(json, "test.json"));

    // Runs `analyze` with the settings over the baseline's window and returns what it wrote, per workload and in total.
    private (Dictionary<string, (string Option, decimal Monthly)> Chosen, Core.Reporting.ExecutiveSummary Summary) Analyze(AnalysisSettings settings)
    {
        var run = new AnalysisEngine(demo.Connect, Time).Run(settings, Baseline.WindowEnd);
        var chosen = new Dictionary<string, (string, decimal)>(StringComparer.Ordinal);
        using (var connection = demo.Connect())
        using (var reader = connection.ExecuteReader(
            "SELECT workload_id, option, family, current_monthly_cost, monthly_cost FROM recommendations WHERE run_id = $1", run.RunId))
        {
            while (reader.Read())
            {
                var current = reader.IsDBNull(3) ? 0m : reader.GetDecimal(3);
                var monthly = reader.GetString(2) != "current" && !reader.IsDBNull(4) ? reader.GetDecimal(4) : current;
                chosen[reader.GetString(0)] = (reader.GetString(1), WhatIfTotals.Cents(monthly));
            }
        }

        return (chosen, new ReportModelBuilder(demo.Connect, Time).Build(run.RunId)!.Summary);
    }

    [Fact]
    public void Evaluate_EmptyScenario_ChangesNothingAndMatchesTheRunsReport()
    {
        var result = WhatIf("{}");
        var report = new ReportModelBuilder(demo.Connect, Time).Build(demo.Run.RunId)!.Summary;

        Assert.Empty(result.Lines);
        Assert.Equal(result.Before, result.After);
        Assert.Equal((report.MonthlySpendAnalyzed, report.TotalMonthlySavings), (result.Before.CurrentMonthly, result.Before.TotalSavings));
    }

    [Fact]
    public void Evaluate_FleetLargerThanTheBatch_ReadsInBatchesAndAnswersTheSame()
    {
        // A fleet over BatchSize is read and evaluated a batch at a time (memory follows the batch at 100,000
        // workloads); the demo in batches of 37 must answer exactly as the demo read whole. Two scenarios side by side
        // (the second reads the store again, batch by batch) and a moved region and an added plan, so every path counts.
        const string devToFargateSpot = """{ "changes": [ { "select": { "tags": "env=dev" }, "settings": { "interruptionToleranceTags": ["env=dev"] }, "force": "fargate-spot" } ] }""";
        const string moveAndCommit = """{ "changes": [ { "select": { "tags": "env=prod" }, "moveToRegion": "eu-west-1" } ], "addCommitments": [ { "plan": "compute", "termYears": 3, "payment": "all", "hourlyUsd": 1 } ] }""";
        var whole = new WhatIfEngine(demo.Connect, Time);
        var batched = new WhatIfEngine(demo.Connect, Time) { BatchSize = 37 };
        Assert.True(demo.Workloads > 37 * 10, "the demo must span many batches");

        foreach (var json in new[] { devToFargateSpot, moveAndCommit })
        {
            var scenario = ScenarioReader.Parse(json, "test.json");
            var one = whole.Evaluate(Baseline, scenario);
            var many = batched.Evaluate(Baseline, scenario);

            Assert.NotEmpty(one.Lines);
            Assert.Equal(one.Lines, many.Lines);
            Assert.Equal(one.After, many.After);
            Assert.Equal(one.CommitmentAfter, many.CommitmentAfter);
            Assert.Equal(one.Added, many.Added);
            Assert.All(one.Added, a => Assert.NotNull(a.Effect));
            Assert.Equal(one.MissingPrices, many.MissingPrices);
        }
    }

    [Fact]
    public void Evaluate_AggressiveForTheWholeFleet_EqualsAnalyzeWithThatSetting()
    {
        var result = WhatIf("""{ "settings": { "riskAppetite": "aggressive" } }""");
        var (chosen, summary) = Analyze(new AnalysisSettings { RiskAppetite = RiskAppetite.Aggressive });

        Assert.NotEmpty(result.Lines);
        Assert.Equal((summary.MonthlySpendAnalyzed, summary.TotalMonthlySavings), (result.After.CurrentMonthly, result.After.TotalSavings));
        Assert.All(result.Lines, l => Assert.Equal(chosen[l.WorkloadId], (l.AfterOption, l.AfterMonthly)));
    }

    [Fact]
    public void Evaluate_SpotForbiddenForDev_EqualsAnalyzeForbiddingSpotOnDevAndBaselineElsewhere()
    {
        var result = WhatIf("""{ "changes": [ { "select": { "tags": "env=dev" }, "forbidOptions": ["ec2-spot", "fargate-spot"] } ] }""");
        var allowed = Enum.GetValues<OptionFamily>().Where(f => f is not (OptionFamily.Ec2Spot or OptionFamily.FargateSpot)).ToHashSet();
        var (chosen, _) = Analyze(new AnalysisSettings { AllowedOptions = allowed });

        Assert.Contains(result.Lines, l => l.Selected);
        Assert.All(result.Lines, l => Assert.True(l.Selected, $"{l.WorkloadId} is not dev but changed"));
        Assert.All(result.Lines, l => Assert.Equal(chosen[l.WorkloadId], (l.AfterOption, l.AfterMonthly)));
        Assert.Contains(result.Lines, l => l.BeforeOption != l.AfterOption && l.Infeasible?.Contains("is not allowed in the scenario", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void Evaluate_CommitmentsForbiddenForInstances_MovesSomeToLightsailAndTheFleetCommitmentSavesLess()
    {
        // With its commitment the EC2 choice beats every bundle on the demo (no instance gets Lightsail in the run);
        // without one, bundles win where they save $1 and 1% beyond the on-demand choice, each at its monthly price,
        // and the always-on usage they take off EC2 is what the fleet commitment would have covered.
        var result = WhatIf("""{ "changes": [ { "select": { "kinds": ["ec2_instance"] }, "forbidOptions": ["reserved-instance", "savings-plan"] } ] }""");

        var moved = result.Lines.Where(l => l.AfterFamily == "lightsail").ToList();
        Assert.NotEmpty(moved);
        Assert.DoesNotContain(result.Lines, l => l.BeforeOption?.StartsWith("lightsail", StringComparison.Ordinal) == true);
        Assert.All(moved, l => Assert.Contains(Core.Lightsail.LightsailCatalog.Bundles, b => l.AfterOption == $"lightsail:{b.BundleName}" && l.AfterMonthly == b.UsdPerMonth));
        Assert.True(result.After.WorkloadSavings > result.Before.WorkloadSavings);
        Assert.True(result.After.CommitmentSavings < result.Before.CommitmentSavings);
    }

    [Fact]
    public void Evaluate_FargateSpotPricesAndCommitmentRatesDoubled_EqualsAnalyzeOnDoubledPrices()
    {
        var result = WhatIf("""{ "priceScale": { "fargate-spot": 2, "commitments": 2 } }""");
        AnalysisSettings settings = new();
        (Dictionary<string, (string Option, decimal Monthly)> Chosen, Core.Reporting.ExecutiveSummary Summary) analyzed;
        using (var connection = demo.Connect())
        {
            // x2 keeps every DECIMAL(18,8) rate exact, so the store holds exactly the scaled prices.
            connection.Execute("UPDATE prices_fargate SET usd_per_vcpu_hour = usd_per_vcpu_hour * 2, usd_per_gb_hour = usd_per_gb_hour * 2 WHERE capacity = 'spot'");
            connection.Execute("UPDATE prices_commitment SET effective_usd_per_hour = effective_usd_per_hour * 2, upfront_usd = upfront_usd * 2");
        }

        try
        {
            analyzed = Analyze(settings);
        }
        finally
        {
            using var connection = demo.Connect();
            connection.Execute("UPDATE prices_fargate SET usd_per_vcpu_hour = usd_per_vcpu_hour / 2, usd_per_gb_hour = usd_per_gb_hour / 2 WHERE capacity = 'spot'");
            connection.Execute("UPDATE prices_commitment SET effective_usd_per_hour = effective_usd_per_hour / 2, upfront_usd = upfront_usd / 2");
        }

        Assert.NotEmpty(result.Lines);
        Assert.Equal((analyzed.Summary.MonthlySpendAnalyzed, analyzed.Summary.TotalMonthlySavings), (result.After.CurrentMonthly, result.After.TotalSavings));
        Assert.All(result.Lines, l => Assert.Equal(analyzed.Chosen[l.WorkloadId], (l.AfterOption, l.AfterMonthly)));
    }

    [Fact]
    public void Evaluate_DevInUsEast1MovedToEuWest1_EqualsAnalyzeWithThoseWorkloadsInEuWest1()
    {
        var result = WhatIf("""{ "changes": [ { "select": { "regions": ["us-east-1"], "tags": "env=dev" }, "moveToRegion": "eu-west-1" } ] }""");
        var moved = result.Lines.Where(l => l.Selected).Select(l => l.WorkloadId).ToList();
        (Dictionary<string, (string Option, decimal Monthly)> Chosen, Core.Reporting.ExecutiveSummary Summary) analyzed;

        // The same changed inputs: the workloads' region is eu-west-1, and their bill (us-east-1's) is not theirs there.
        void Shift(string region, string from, string to)
        {
            using var connection = demo.Connect();
            foreach (var id in moved)
            {
                connection.Execute("UPDATE workloads SET region = $1 WHERE workload_id = $2", region, id);
                connection.Execute("UPDATE cost_daily SET resource_id = $1 WHERE resource_id = $2", to + id, from + id);
                connection.Execute("UPDATE cost_resource_daily SET resource_id = $1 WHERE resource_id = $2", to + id, from + id);
            }
        }

        Shift("eu-west-1", string.Empty, "moved:");
        try
        {
            analyzed = Analyze(new AnalysisSettings());
        }
        finally
        {
            Shift("us-east-1", "moved:", string.Empty);
        }

        Assert.NotEmpty(moved);
        Assert.All(result.Lines.Where(l => l.Selected), l => Assert.Equal(("eu-west-1", "us-east-1"), (l.Region, l.MovedFrom)));
        Assert.NotEmpty(result.MissingPrices);
        Assert.Equal((analyzed.Summary.MonthlySpendAnalyzed, analyzed.Summary.TotalMonthlySavings), (result.After.CurrentMonthly, result.After.TotalSavings));
        Assert.All(result.Lines, l => Assert.Equal(analyzed.Chosen[l.WorkloadId], (l.AfterOption, l.AfterMonthly)));
    }

    [Fact]
    public void Evaluate_AnyScenario_WritesNothing()
    {
        const string count = "SELECT (SELECT COUNT(*) FROM analysis_runs) + (SELECT COUNT(*) FROM recommendations) + (SELECT COUNT(*) FROM workload_options)";
        long Count()
        {
            using var connection = demo.Connect();
            return connection.ExecuteScalar<long>(count);
        }

        var before = Count();
        WhatIf("""{ "settings": { "riskAppetite": "conservative" }, "addCommitments": [ { "plan": "compute", "termYears": 1, "payment": "no", "hourlyUsd": 1 } ] }""");

        Assert.Equal(before, Count());
    }

    [Fact]
    public void Evaluate_DevForcedToFargateSpot_MovesWhatCanAndSaysWhyTheRestCannot()
    {
        var result = WhatIf("""{ "changes": [ { "select": { "tags": "env=dev" }, "force": "fargate-spot" } ] }""");
        var selected = result.Lines.Where(l => l.Selected).ToList();

        Assert.NotEmpty(selected);
        Assert.All(selected, l => Assert.True(l.AfterFamily == "fargate-spot" || l.Infeasible is not null, l.WorkloadId));
        Assert.Contains(selected, l => l.AfterFamily == "fargate-spot");
        Assert.Contains(selected, l => l.Kind == "lambda_function" && l.Infeasible == "fargate-spot is not offered for this kind of workload");
    }

    [Fact]
    public void Evaluate_ComputePlanAdded_ReportsItsUseAndShrinksWhatIsLeftToBuy()
    {
        var result = WhatIf("""{ "addCommitments": [ { "plan": "compute", "termYears": 3, "payment": "no", "hourlyUsd": 1 } ] }""");
        var added = Assert.Single(result.Added);
        var effect = added.Effect!;

        Assert.InRange(effect.UtilizationPercent, 0.1, 100.0 + 1e-9);
        Assert.True(effect.CoverageAfterPercent > effect.CoverageBeforePercent);
        Assert.Equal(WhatIfTotals.Cents(effect.MonthlyNetSavings), result.After.AddedCommitmentSavings);
        Assert.True(result.After.CommitmentSavings <= result.Before.CommitmentSavings);
        Assert.Empty(result.Lines);
    }
}
