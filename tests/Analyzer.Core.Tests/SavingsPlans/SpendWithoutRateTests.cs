using Analyzer.Core.SavingsPlans;

namespace Analyzer.Core.Tests.SavingsPlans;

public class SpendWithoutRateTests
{
    [Fact]
    public void Of_UsageWithoutRates_IsSplitByReasonLargestFirst()
    {
        // 2 hours. Rated: us-east-1 m5.large. Without a rate: Fargate $1 + $3 (2 x 730 = 1,460/month), Lambda $0.5 each
        // hour (365), eu-west-1 m6g $2 each hour (a region with no EC2 rate at all: 1,460), and us-east-1 x8g $1 in one
        // hour (a type without a rate where the region has others: 1 / 2 x 730 = 365). Ties by reason.
        IReadOnlyList<SpendItem>[] hours =
        [
            [new("us-east-1/m5.large", 4m), new("us-east-1/fargate:x86_64", 1m), new("us-east-1/lambda:arm64", 0.5m), new("eu-west-1/m6g.large", 2m), new("us-east-1/x8g.large", 1m)],
            [new("us-east-1/m5.large", 4m), new("us-east-1/fargate:x86_64", 3m), new("us-east-1/lambda:arm64", 0.5m), new("eu-west-1/m6g.large", 2m)],
        ];

        var lines = SpendWithoutRate.Of("plan", hours, k => k == "us-east-1/m5.large");

        Assert.Equal(
            [("EC2 in eu-west-1 (no rate for the region)", 1460m), ("Fargate", 1460m), ("EC2 types without a rate", 365m), ("Lambda", 365m)],
            lines.Select(l => (l.Reason, l.MonthlyUsd)));
    }
}
