using Analyzer.Analysis.WhatIf;
using Analyzer.Core.Settings;
using Analyzer.Core.WhatIf;

namespace Analyzer.Analysis.Tests.WhatIf;

/// <summary>
/// A region move on the engine's known fortnight (<see cref="EngineStore"/>): the steady m5.2xlarge (6% average, 8%
/// peak, 3 of 32 GiB) moved from us-east-1 to eu-west-1, priced with eu-west-1 rows copied from catalog/pricing.
/// </summary>
public sealed class WhatIfRegionMoveTests : IDisposable
{
    // catalog/pricing/ec2_ondemand.csv, ec2_spot.csv, ec2_spot_advisor.csv and fargate.csv, eu-west-1. The catalog holds
    // no Compute Savings Plans rates for eu-west-1 (only us-east-1's), and this copy none for arm64 Fargate.
    private const string EuWest1 = """
        INSERT INTO prices_ec2 (region, instance_type, capacity, usd_per_hour, source, as_of) VALUES
          ('eu-west-1', 'm5.2xlarge', 'on-demand', 0.428, 'test', DATE '2026-09-24'),
          ('eu-west-1', 'm5.large', 'on-demand', 0.107, 'test', DATE '2026-09-24'),
          ('eu-west-1', 'm7g.medium', 'on-demand', 0.0455, 'test', DATE '2026-09-24'),
          ('eu-west-1', 'm7g.large', 'on-demand', 0.091, 'test', DATE '2026-09-24'),
          ('eu-west-1', 't4g.large', 'on-demand', 0.0736, 'test', DATE '2026-09-24'),
          ('eu-west-1', 'm5.2xlarge', 'spot', 0.1845, 'test', DATE '2026-09-24');
        INSERT INTO spot_advisor VALUES ('eu-west-1', 'm5.2xlarge', 55, '5-10%', 'test', DATE '2026-09-24');
        INSERT INTO prices_fargate VALUES
          ('eu-west-1', 'x86_64', 'on-demand', 0.04048, 0.004445, NULL, 'test', DATE '2026-09-24'),
          ('eu-west-1', 'x86_64', 'spot', 0.01257825, 0.00138118, NULL, 'test', DATE '2026-09-24');
        """;

    private readonly EngineStore store = new();
    private readonly WhatIfEngine engine;
    private readonly WhatIfBaseline baseline;

    public WhatIfRegionMoveTests()
    {
        store.LoadFortnight();
        using (var connection = store.Store.Connect())
        {
            TestCatalog.Insert(connection);
            connection.Execute(EuWest1);
        }

        var run = new AnalysisEngine(store.Store.Connect, store.Time).Run(new AnalysisSettings());
        engine = new WhatIfEngine(store.Store.Connect, store.Time);
        baseline = engine.Baseline(run.RunId)!;
    }

    public void Dispose() => store.Dispose();

    private WhatIfResult Move(string region) =>
        engine.Evaluate(baseline, ScenarioReader.Parse($$"""{ "changes": [ { "select": { "ids": ["i-steady"] }, "moveToRegion": "{{region}}" } ] }""", "move.json"));

    [Fact]
    public void Evaluate_SteadyMovedToEuWest1_IsPricedFromEuWest1sCatalog()
    {
        var line = Assert.Single(Move("eu-west-1").Lines);

        // Today's setup, moved as it is: m5.2xlarge all 730 h at eu-west-1's 0.428 = 312.44 (us-east-1: 0.384 x 730 = 280.32).
        Assert.Equal(280.32m, line.CurrentBefore);
        Assert.Equal(312.44m, line.CurrentAfter);

        // The same need (0.64 x 1.2 = 0.768 vCPU, 3.6 GiB) picks the same size: m7g.medium, 0.0455 x 730 = 33.215 -> 33.22
        // (us-east-1: 0.0408 x 730 = 29.784 -> 29.78); the move costs 33.22 - 29.78 = 3.44 a month more.
        Assert.Equal(("graviton:m7g.medium", 29.78m), (line.BeforeOption, line.BeforeMonthly));
        Assert.Equal(("graviton:m7g.medium", 33.22m), (line.AfterOption, line.AfterMonthly));
        Assert.Equal(3.44m, line.Change);
        Assert.Equal(("eu-west-1", "us-east-1"), (line.Region, line.MovedFrom));
        Assert.Null(line.Infeasible);
    }

    [Fact]
    public void Evaluate_SteadyMovedToEuWest1_ListsTheCommitmentRatesEuWest1Lacks()
    {
        var result = Move("eu-west-1");

        // Its m7g.medium had Compute Savings Plan rates in us-east-1; eu-west-1 has none, so none is priced at us-east-1's.
        Assert.Contains(result.MissingPrices, m => m.StartsWith("no Compute Savings Plans rate for m7g.medium", StringComparison.Ordinal) && m.Contains("in eu-west-1", StringComparison.Ordinal));
        Assert.All(result.MissingPrices, m => Assert.Contains("eu-west-1", m, StringComparison.Ordinal));
    }

    [Fact]
    public void Evaluate_SteadyMovedWhereItsTypeHasNoPrice_IsUnpricedWithTheMissingPrice()
    {
        var result = Move("ap-south-2");
        var line = Assert.Single(result.Lines);

        // No ap-south-2 row at all: today's m5.2xlarge has no price there, so nothing is priced (never at us-east-1's rate).
        Assert.Equal("current", line.AfterOption);
        Assert.Equal(0m, line.CurrentAfter);
        Assert.Contains("no price for m5.2xlarge in ap-south-2", line.Infeasible, StringComparison.Ordinal);
        Assert.Contains("no price for m5.2xlarge in ap-south-2", result.MissingPrices);
    }

    [Fact]
    public void Evaluate_NothingMoved_ListsNoMissingPrice()
    {
        var result = engine.Evaluate(baseline, ScenarioReader.Parse("""{ "changes": [ { "select": { "ids": ["i-steady"] }, "demandScale": 1 } ] }""", "none.json"));

        Assert.Empty(result.MissingPrices);
        Assert.Null(Assert.Single(result.Lines).MovedFrom);
    }
}
