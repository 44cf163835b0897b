using Analyzer.Core.Reporting;

namespace Analyzer.Testing.Reporting;

/// <summary>
/// The sample model with Savings Plans held (a Compute plan ending within 90 days, an EC2 Instance plan whose
/// region text is hostile), two Reserved Instances held (a regional m5 one applied and lapsing soon, a Windows one not), Cost Explorer's Compute 1-year no-upfront recommendation beside ours, and the portfolio:
/// a Compute 3-year All Upfront plan of 3.5 USD/h (upfront 3.5 x 8760 x 3 = 91980, break-even month 16) and a 1-year
/// No Upfront one, with the renewal of the lapsing plan; beside them a layered portfolio, 3-year No Upfront, that saves
/// less (not the decision): 12 x m6g.large Standard RIs in us-east-1 (0.48 USD/h) and a Compute plan of 1.2 USD/h.
/// <see cref="CreateWithPortfolioRecommended"/> makes it the decision.
/// </summary>
public static class CommitmentContextSample
{
    public const string HostileRegion = "<script>x</script>";

    public static ReportModel Create() => SampleReportModel.Create() with
    {
        CommitmentContext = new CommitmentContext(
            [
                new HeldCommitmentLine("111111111111", "arn:aws:savingsplans::111111111111:savingsplan/a", "Compute Savings Plan", 1, "no", "any region and family", 2.5m, new DateOnly(2026, 12, 15), true),
                new HeldCommitmentLine("222222222222", "arn:aws:savingsplans::222222222222:savingsplan/b", "EC2 Instance Savings Plan", 3, "all", $"{HostileRegion} m5", 1.25m, new DateOnly(2028, 3, 1), false),
            ],
            2.5m,
            false,
            [new CostExplorerCommitmentLine("Compute Savings Plan", 1, "no", "LINKED", 30, 4.125m, 812.40m, 97.5m, 3.5m, 655.12m, 99.1m, 590.33m, 88.4m, "Cost Explorer recommends more.")])
        {
            Candidates =
            [
                new CommitmentCandidateLine("Compute Savings Plan", 3, "all", 3.5m, 91980m, 3277.25m, 98.2m, 41.3m, 16, 2.25m, 1.25m, 3.75m, 3301.10m, 9120.40m, 1530.75m, 2950.10m, 2602.45m, 2210.80m, 84.6m, true),
                new CommitmentCandidateLine("Compute Savings Plan", 1, "no", 3.25m, 0m, 1610.90m, 99.0m, 38.2m, 1, 3.25m, 0m, 3.4m, 1640.00m, 9120.40m, 1530.75m, 1400.20m, 1150.00m, 880.15m, 85.0m, false),
            ],
            Billed = SpendAsBilled.From(12000m, 600m, 2500m, 550m, 3277.25m),
            Renewal = new CommitmentRenewalLine("Compute Savings Plan", 3, "all", 1, 2.5m, new DateOnly(2026, 12, 15), 1.75m, 1412.34m),
            ReservedInstances =
            [
                new HeldReservedInstanceLine("111111111111", "ri-0a1", "us-east-1", "m5.xlarge", 2, "Region", string.Empty, "standard", "No Upfront", "Linux/UNIX", "default",
                    true, "us-east-1 m5, any size (regional: size-flexible by normalization factor)", 0.384m, 280.32m, 400.00m, new DateOnly(2026, 12, 1), true)
                {
                    // Stranded: it covers 400.00 today and 280.32 after, 119.68 lost; its fee 250.00 is paid either way.
                    AmortizedUsdPerHour = 0.342m,
                    MonthlyFeeUsd = 250.00m,
                    StartsOn = new DateOnly(2025, 12, 1),
                },
                new HeldReservedInstanceLine("222222222222", "ri-0b2<b>", HostileRegion, "c5.large", 1, "Availability Zone", "us-east-1a", "convertible", "All Upfront", "Windows", "default",
                    false, "not applied: it covers only its own platform's instances; the series is Linux/UNIX usage", 0m, 0m, 0m, new DateOnly(2028, 1, 1), false),
            ],
            Series = [new CommitmentSeriesLine("EC2", 7800.10m, 10250.00m), new CommitmentSeriesLine("Fargate", 1100.20m, 1300.00m), new CommitmentSeriesLine("Lambda", 220.10m, 240.00m)],
            Portfolio = Portfolio(false),
            // The best plan's 1,530.75 without a rate: 1,000 + 430.75 + 100; the portfolio's 1,200: 1,000 + 200.
            WithoutRate =
            [
                new CommitmentWithoutRateLine("plan", "EC2 in eu-west-1 (no rate for the region)", 1000.00m), new CommitmentWithoutRateLine("plan", "Fargate", 430.75m),
                new CommitmentWithoutRateLine("plan", "Lambda", 100.00m), new CommitmentWithoutRateLine("portfolio", "Fargate", 1000.00m),
                new CommitmentWithoutRateLine("portfolio", "Lambda", 200.00m),
            ],
        },
    };

    /// <summary>The same, with the layered portfolio as the commitment decision.</summary>
    public static ReportModel CreateWithPortfolioRecommended()
    {
        var model = Create();
        return model with
        {
            Commitment = new CommitmentRecommendation(CommitmentPortfolioLine.PlanName, 3, "no", 1.68m, 3400.50m, 52.1m, []),
            CommitmentContext = model.CommitmentContext with { Portfolio = Portfolio(true) },
        };
    }

    // Its purchase plan: the RIs 8 now (0.32/h, 1,073.50) and 4 after (0.16/h, 536.75), 2 more at renewal; the Compute
    // plan 0.9/h now (1,342.69) and 0.3/h after (447.56), 0.5/h more at renewal; 5 x c6g.large only at renewal.
    // Totals: now 0.32 + 0.9 = 1.22/h saving 2,416.19; after 0.46/h saving 984.31; renewal 0.78/h saving 1,178.48;
    // if usage drops 10/20/30%: 1,450.10 + 1,500 = 2,950.10, 2,310.40, 1,555.20.
    private static CommitmentPortfolioLine Portfolio(bool recommended) => new(
        3, "no", recommended, 1.68m, 0m, 3400.50m, 3410.00m, 52.1m, 9120.40m, 1200.00m,
        [
            new CommitmentLayerLine("Standard Reserved Instances", "us-east-1 m6g", "m6g.large", 12, 0.48m, 0m, 1610.25m, 100m, 12.4m, 1)
            {
                Now = new CommitmentTrancheLine(8, 0.32m, 0m, 1073.50m),
                AfterRightsizing = new CommitmentTrancheLine(4, 0.16m, 0m, 536.75m),
                Renewal = new CommitmentTrancheLine(2, 0.08m, 0m, 268.38m),
                Drops = [new CommitmentDropLine(10, 1450.10m, 95.0m), new CommitmentDropLine(20, 1210.40m, 88.0m), new CommitmentDropLine(30, 905.20m, 80.5m)],
            },
            new CommitmentLayerLine("Compute Savings Plan", "any region and family", null, null, 1.2m, 0m, 1790.25m, 97.5m, 39.7m, 1)
            {
                Now = new CommitmentTrancheLine(null, 0.9m, 0m, 1342.69m),
                AfterRightsizing = new CommitmentTrancheLine(null, 0.3m, 0m, 447.56m),
                Renewal = new CommitmentTrancheLine(null, 0.5m, 0m, 600.10m),
                Drops = [new CommitmentDropLine(10, 1500.00m, 95.1m), new CommitmentDropLine(20, 1100.00m, 88.2m), new CommitmentDropLine(30, 650.00m, 78.0m)],
            },
        ])
    {
        SteadySharePercent = 95m,
        Purchase = new CommitmentPurchasePlanLine(
            new CommitmentTrancheLine(null, 1.22m, 0m, 2416.19m),
            new CommitmentTrancheLine(null, 0.46m, 0m, 984.31m),
            new CommitmentTrancheLine(null, 0.78m, 0m, 1178.48m),
            2300.00m,
            [new CommitmentDropLine(10, 2950.10m, 95.0m), new CommitmentDropLine(20, 2310.40m, 88.1m), new CommitmentDropLine(30, 1555.20m, 78.7m)],
            1,
            2.5m,
            new DateOnly(2026, 12, 15),
            [new CommitmentLayerLine("Standard Reserved Instances", "us-east-1 c6g", "c6g.large", 5, 0m, 0m, 0m, 0m, 0m, null) { Renewal = new CommitmentTrancheLine(5, 0.2m, 0m, 310.00m) }])
        {
            SteadySharePercent = 95m,
            MonthlyNetSavingsWithoutComputeRate = 1610.25m,
            RegionsWithoutComputeRate = "us-east-1",
        },
    };
}
