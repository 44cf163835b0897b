using Analyzer.Core.Collection;
using Analyzer.Core.SavingsPlans;
using Analyzer.Core.Time;

namespace Analyzer.Core.Tests.SavingsPlans;

public class ReservedInstanceRuleTests
{
    private static readonly DateTime Start = new(2026, 9, 1, 0, 0, 0, DateTimeKind.Utc);
    private static readonly Period Window = new(Start, Start.AddDays(30));

    private static ReservedInstance Ri(
        string type = "m5.xlarge", string scope = "Region", string zone = "", string platform = "Linux/UNIX", string tenancy = "default",
        DateTime? end = null) =>
        new("ri-1", "111111111111", "us-east-1", type, 2, scope, zone, "standard", "No Upfront", platform, tenancy,
            Start.AddYears(-1), end ?? Start.AddYears(1), 0m, 0m, 0.121m);

    [Fact]
    public void Use_RegionalLinuxDefault_IsSizeFlexibleWithItsFamilysRates()
    {
        var use = ReservedInstanceRule.Use(Ri(), TestPrices.Book, Window);

        var applied = use.Applied!;
        Assert.True(applied.SizeFlexible);
        // 2 x m5.xlarge at $0.192 on demand: $0.384/h of its own type, 16 normalized units (2 x 8).
        Assert.Equal((0.384m, (decimal?)16m), (applied.CoveredUsdPerHour, applied.NormalizedUnits));
        Assert.Equal([("m5.2xlarge", 0.384m), ("m5.large", 0.096m), ("m5.xlarge", 0.192m)], applied.FamilyRates.OrderBy(r => r.Key, StringComparer.Ordinal).Select(r => (r.Key, r.Value)));
        Assert.Equal("us-east-1 m5, any size (regional: size-flexible by normalization factor)", use.Covers);
    }

    [Fact]
    public void Use_Zonal_AppliesToItsOwnTypeOnly()
    {
        var use = ReservedInstanceRule.Use(Ri(scope: "Availability Zone", zone: "us-east-1a"), TestPrices.Book, Window);

        Assert.False(use.Applied!.SizeFlexible);
        Assert.StartsWith("us-east-1 m5.xlarge only (zonal, us-east-1a", use.Covers, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Windows", "default", "m5.xlarge", "not applied: it covers only its own platform's instances")]
    [InlineData("Red Hat Enterprise Linux", "default", "m5.xlarge", "not applied: it covers only its own platform's instances")]
    [InlineData("Linux/UNIX", "dedicated", "m5.xlarge", "not applied: it covers only dedicated-tenancy instances")]
    [InlineData("Linux/UNIX", "default", "x9.large", "not applied: the price catalog has no on-demand rate for x9.large in us-east-1")]
    public void Use_WhatTheSeriesCannotHold_IsNotAppliedAndSaysWhy(string platform, string tenancy, string type, string reason)
    {
        var use = ReservedInstanceRule.Use(Ri(type: type, platform: platform, tenancy: tenancy), TestPrices.Book, Window);

        Assert.Null(use.Applied);
        Assert.StartsWith(reason, use.Covers, StringComparison.Ordinal);
    }

    [Fact]
    public void Use_RegionTheAnalysisRunsNothingIn_IsNotAppliedAndSaysSo()
    {
        var use = ReservedInstanceRule.Use(Ri() with { Region = "ap-south-1" }, TestPrices.Book, Window);

        Assert.Equal((null, "not applied: nothing in the analysis runs in ap-south-1 (its prices are not read)"), (use.Applied, use.Covers));
    }

    [Fact]
    public void Use_EndedBeforeTheWindow_IsNotApplied()
    {
        var use = ReservedInstanceRule.Use(Ri(end: Start.AddDays(-1)), TestPrices.Book, Window);

        Assert.Null(use.Applied);
        Assert.Equal("not applied: it ended on 2026-08-31, before the window", use.Covers);
    }

    [Fact]
    public void Use_EndingInsideTheWindow_IsAppliedUntilItsEnd()
    {
        var use = ReservedInstanceRule.Use(Ri(end: Start.AddDays(10)), TestPrices.Book, Window);

        Assert.Equal(Start.AddDays(10), use.Applied!.EndsAt);
        Assert.True(use.Applied.IsActiveAt(Start.AddDays(10).AddHours(-1)));
        Assert.False(use.Applied.IsActiveAt(Start.AddDays(10)));
    }

    [Fact]
    public void AmortizedUsdPerHour_PartialUpfront_IsTheHourlyChargesPlusTheUpfrontOverTheTerm()
    {
        // 2 instances at $0.059/h recurring: 0.118/h; $1,752 upfront over a 1-year term of 365 days = 8,760 hours:
        // 0.2/h. Together 0.318/h, whether the RI is used or not.
        var ri = new ReservedInstance("ri-p", "111111111111", "us-east-1", "m6i.xlarge", 2, "Region", string.Empty, "standard", "Partial Upfront",
            "Linux/UNIX", "default", Start, Start.AddDays(365), 1752m, 0m, 0.059m);

        Assert.Equal(0.318m, ReservedInstanceRule.AmortizedUsdPerHour(ri));
        Assert.Equal(0.318m, ReservedInstanceRule.Use(ri, TestPrices.Book, Window).Applied!.AmortizedUsdPerHour);
    }
}
