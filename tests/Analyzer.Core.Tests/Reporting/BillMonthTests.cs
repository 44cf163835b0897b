using Analyzer.Core.Reporting;

namespace Analyzer.Core.Tests.Reporting;

public sealed class BillMonthTests
{
    private static readonly DateOnly Sep = new(2026, 9, 1);
    private static readonly DateOnly Oct = new(2026, 10, 1);

    [Fact]
    public void From_TwoMonths_SumsComputeServicesApartAndTheChange()
    {
        // Sep: compute 1,000.00 + 200.00 + 50.00 = 1,250.00, all 1,250.00 + 300.00 (S3) = 1,550.00.
        // Oct: compute 1,100.00 + 250.00 + 25.00 = 1,375.00 (+125.00, +10.0%), all 1,375.00 + 310.00 = 1,685.00.
        var months = BillMonth.From(
        [
            new(Oct, "Amazon Elastic Compute Cloud - Compute", 1_100m), new(Oct, "Amazon Elastic Container Service", 250m),
            new(Oct, "AWS Lambda", 25m), new(Oct, "Amazon Simple Storage Service", 310m),
            new(Sep, "Amazon Elastic Compute Cloud - Compute", 1_000m), new(Sep, "Amazon Elastic Container Service", 200m),
            new(Sep, "AWS Lambda", 50m), new(Sep, "Amazon Simple Storage Service", 300m),
        ]);

        Assert.Equal([Sep, Oct], months.Select(m => m.Month));
        Assert.Equal((1_250m, 1_550m, (decimal?)null), (months[0].Compute, months[0].Total, months[0].ComputeChange));
        Assert.Equal((1_375m, 1_685m, (decimal?)125m, (decimal?)10.0m), (months[1].Compute, months[1].Total, months[1].ComputeChange, months[1].ComputeChangePercent));
    }

    [Fact]
    public void From_NoBill_IsEmpty() => Assert.Empty(BillMonth.From([]));
}
