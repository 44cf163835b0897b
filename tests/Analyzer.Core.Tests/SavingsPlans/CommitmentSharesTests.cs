using Analyzer.Core.Options;
using Analyzer.Core.Rules;
using Analyzer.Core.SavingsPlans;

namespace Analyzer.Core.Tests.SavingsPlans;

public class CommitmentSharesTests
{
    private const string Key = "us-east-1/m5.large";

    private static WorkloadEvaluation Evaluation(string id, decimal chosenCost, decimal currentCost)
    {
        var chosen = OptionResult.Priced("ec2-rightsized:m5.large", OptionFamily.Ec2Rightsized, chosenCost, currentCost, Risk.Low, Effort.Low, Confidence.High,
            new OptionTarget("m5.large", "x86_64", 2, 8, null, "on-demand", 730, UnitCount.Fixed(1)));
        var own = OptionResult.Priced("savings-plan:compute:3y:all:m5.large", OptionFamily.SavingsPlan, chosenCost / 2, currentCost, Risk.Low, Effort.VeryLow, Confidence.High, chosen.Target);
        var missing = OptionResult.Infeasible("savings-plan:ec2instance:m5.large", OptionFamily.SavingsPlan, "no rate", Risk.Low, Effort.VeryLow, Confidence.High);
        return new WorkloadEvaluation(id, [chosen, own, missing], new Recommendation(id, chosen, own, [chosen], "cheaper"));
    }

    [Fact]
    public void Apply_TwoWorkloads_TheirSharesAddUpToTheFleetPlan()
    {
        // Fleet 10/h on one key, 3y all ratio 0.5: plan 5/h saving 3650 a month. Workloads a and b spend 5475 and 1825 a
        // month on it (7.5/h + 2.5/h): a's share 75% = 3.75/h and 2737.50, b's 25% = 1.25/h and 912.50; together 3650.
        var spend = new FleetSpend(
            [.. Enumerable.Range(0, 24).Select(_ => (IReadOnlyList<SpendItem>)[new SpendItem(Key, 10m)])],
            new Dictionary<string, (string Key, decimal MonthlyUsd)> { ["a"] = (Key, 5475m), ["b"] = (Key, 1825m) });
        var offer = new SavingsPlanOffer("compute", 3, "all", new Dictionary<string, decimal> { [Key] = 0.5m });
        var advice = CommitmentAdvisor.Advise(spend, spend, [offer], HeldCommitments.None, 10, 0m, DateTime.UnixEpoch);

        var a = CommitmentShares.Apply(Evaluation("a", 5475m, 6000m), advice);
        var b = CommitmentShares.Apply(Evaluation("b", 1825m, 2000m), advice);

        // a: 5475 less its 2737.50 share costs 2737.50; it saves 6000 - 5475 = 525 by its option and 2737.50 by the plan.
        Assert.Equal(("savings-plan:fleet-share:compute:3y:all", 2737.50m, 3262.50m), (a.Recommendation.Commitment!.Option, a.Recommendation.Commitment.MonthlyCost, a.Recommendation.Commitment.MonthlySavings));
        // b: 1825 - 912.50 = 912.50. The plan parts: (3262.50 - 525) + (1087.50 - 175) = 2737.50 + 912.50 = 3650, the fleet plan.
        Assert.Equal(912.50m, b.Recommendation.Commitment!.MonthlyCost);
        Assert.Equal(3650m, a.Recommendation.Commitment.MonthlySavings!.Value - 525m + b.Recommendation.Commitment.MonthlySavings!.Value - 175m);
        Assert.DoesNotContain(a.Options, o => o.Option == "savings-plan:compute:3y:all:m5.large");
        Assert.Contains(a.Options, o => o.Option == "savings-plan:ec2instance:m5.large" && !o.Feasible);
    }
}
