using Analyzer.Core.SavingsPlans;

namespace Analyzer.Core.Tests.SavingsPlans;

public class PortfolioEvaluationTests
{
    private const string M5 = "us-east-1/m5.large";
    private const string C5 = "us-east-1/c5.large";
    private const string Fargate = "us-east-1/fargate:x86_64";

    private static Dictionary<string, decimal> Map(params (string Key, decimal Value)[] values) => values.ToDictionary(v => v.Key, v => v.Value, StringComparer.Ordinal);

    private static PortfolioLayer Layer(string plan, string scope) => new(plan, scope, 1, "no", 0m, null, null, 0m, 0m, 0, 0, null);

    [Fact]
    public void Evaluate_OneCommitmentAfterAnother_EachIsTheWholePortfolioAppliedAgain()
    {
        // Two hours of m5 $1, c5 $1 and Fargate $1. RIs at 0.6 of on demand, the Compute plan at 0.7 (c5 before Fargate:
        // same ratio, then the key). Layers: m5 RIs, c5 RIs, the Compute plan.
        var hours = Enumerable.Range(0, 2).Select(_ => (IReadOnlyList<SpendItem>)[new(M5, 1m), new(C5, 1m), new(Fargate, 1m)]).ToList();
        var reserved = new ReservedInstanceOffer(1, "no", Map((M5, 0.6m), (C5, 0.6m)), Map((M5, 0.06m), (C5, 0.06m)), true);
        var compute = new SavingsPlanOffer("compute", 1, "no", Map((M5, 0.7m), (C5, 0.7m), (Fargate, 0.7m)));
        var evaluation = new PortfolioEvaluation(
            hours, [Layer(ReservedInstanceOffer.Plan, "us-east-1 m5"), Layer(ReservedInstanceOffer.Plan, "us-east-1 c5"), Layer("compute", "any region and family")], reserved, compute);
        (decimal, double)[] Of(IReadOnlyList<PortfolioLayerOutcome> outcomes) => [.. outcomes.Select(o => (Math.Round(o.MonthlyNetSavings, 6), Math.Round(o.UtilizationPercent, 6)))];

        // m5 RIs $0.6/h cover m5 whole: (1 - 0.6) x 730 = 292. No c5 RIs. The plan's $0.7/h covers c5: (1 - 0.7) x 730 = 219.
        var first = evaluation.Evaluate([0.6m, 0m, 0.7m]);
        // c5 RIs $0.6/h take c5 (292); the plan's $0.7/h moves to Fargate (219); the m5 layer is as it was.
        var second = evaluation.Evaluate([0.6m, 0.6m, 0.7m]);
        // Back without c5 RIs, m5 RIs at $0.3/h cover $0.5 of m5: (0.5 - 0.3) x 730 = 146; the plan's $0.35/h covers $0.5 of
        // c5 again: (0.5 - 0.35) x 730 = 109.5. The c5 layer costs nothing and saves nothing.
        var third = evaluation.Evaluate([0.3m, 0m, 0.35m]);

        Assert.Equal([(292m, 100d), (0m, 0d), (219m, 100d)], Of(first));
        Assert.Equal([(292m, 100d), (292m, 100d), (219m, 100d)], Of(second));
        Assert.Equal([(146m, 100d), (0m, 0d), (109.5m, 100d)], Of(third));
    }
}
