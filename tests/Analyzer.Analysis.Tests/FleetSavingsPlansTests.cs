using Analyzer.Core.Pricing;
using Analyzer.Core.Rules;

namespace Analyzer.Analysis.Tests;

public sealed class FleetSavingsPlansTests
{
    private static readonly PriceSource Source = new("test", new DateOnly(2026, 11, 1));

    [Fact]
    public void Offers_FargateAndLambdaPlanRates_AreDiscountsOfTheirOwnOnDemandUnit()
    {
        // The Savings Plans offer file gives Fargate per vCPU-hour and Lambda per GB-second (stored per GB-hour), not per
        // task or function: each is divided by its own on-demand unit, never by the usage's per-task price.
        // Fargate 0.0323 / 0.04048 = 0.797925; Lambda 0.05280012 / (0.0000166667 x 3,600 = 0.06000012) = 0.880000;
        // EC2 m5.large 0.071 / 0.096 (the usage's own instance-hour price) = 0.739583.
        var prices = new PriceBook(
            [], [],
            [
                new CommitmentRate("us-east-1", "fargate:x86_64", "compute", 1, "no", 0.0323m, null, Source),
                new CommitmentRate("us-east-1", "lambda:x86_64", "compute", 1, "no", 0.05280012m, null, Source),
                new CommitmentRate("us-east-1", "m5.large", "compute", 1, "no", 0.071m, null, Source),
            ],
            [new FargateRate("us-east-1", "x86_64", "on-demand", 0.04048m, 0.004445m, null, Source)],
            [new LambdaRate("us-east-1", "x86_64", 0m, 0.0000166667m, 0.2m, Source), new LambdaRate("us-east-1", "x86_64", 6_000_000_000m, 0.0000150000m, 0.2m, Source)],
            []);

        var offer = Assert.Single(FleetSavingsPlans.Offers(prices, [("us-east-1/fargate:x86_64", 0.1m), ("us-east-1/lambda:x86_64", 0.5m), ("us-east-1/m5.large", 0.096m)]));

        Assert.Equal(("compute", 1, "no"), (offer.Plan, offer.TermYears, offer.Payment));
        Assert.Equal(
            [("us-east-1/fargate:x86_64", 0.797925m), ("us-east-1/lambda:x86_64", 0.880000m), ("us-east-1/m5.large", 0.739583m)],
            offer.RateRatios.OrderBy(r => r.Key, StringComparer.Ordinal).Select(r => (r.Key, Math.Round(r.Value, 6))));
    }
}
