using Analyzer.Core.Options;
using Analyzer.Core.SavingsPlans;
using Analyzer.Core.Workloads;

namespace Analyzer.Core.Tests.SavingsPlans;

public class FleetSpendSeriesTests
{
    private static OptionResult Option(OptionFamily family, OptionTarget target, decimal monthlyCost = 100m) =>
        OptionResult.Priced("o", family, monthlyCost, 200m, Risk.Low, Effort.Low, Confidence.High, target);

    private static OptionTarget Ec2Target(string type, int units) => new(type, "x86_64", null, null, null, "on-demand", 730, UnitCount.Fixed(units));

    [Fact]
    public void Build_FleetRightsizedFrom10XlargeTo6Large_CommitsOnTheNewFleet()
    {
        // The group ran 10 x m5.xlarge ($0.192) every hour; the recommendation is 6 x m5.large ($0.096).
        // Recommended series: 6 x 0.096 = 0.576 per hour under us-east-1/m5.large (not 10 x 0.096 = 0.96, the new
        // price x the current count, nor 10 x 0.192 = 1.92). Today's series: 10 x 0.192 = 1.92 under m5.xlarge.
        var asg = TestWorkloads.Asg("m5.xlarge", 4, 16, 10);
        var chosen = FleetUsageRule.For(asg, Option(OptionFamily.Ec2Rightsized, Ec2Target("m5.large", 6)), TestPrices.Book)!;
        var current = FleetUsageRule.For(asg, Option(OptionFamily.Current, Ec2Target("m5.xlarge", 10)), TestPrices.Book)!;
        var demand = Enumerable.Range(0, 24).Select(h => new FleetDemandHour(asg.WorkloadId, h, 10)).ToArray();

        var recommended = FleetSpendSeries.Build(24, [chosen], demand);
        var today = FleetSpendSeries.Build(24, [current], demand);

        Assert.All(recommended.Hours, h => Assert.Equal([new SpendItem("us-east-1/m5.large", 0.576m)], h));
        Assert.All(today.Hours, h => Assert.Equal([new SpendItem("us-east-1/m5.xlarge", 1.92m)], h));

        // Compute 1y no upfront on m5.large: 0.071 / 0.096. The optimum commits 6 x 0.071 = 0.426 per hour and saves
        // (0.576 - 0.426) x 730 = 109.50 a month.
        var offer = new SavingsPlanOffer("compute", 1, "no", new Dictionary<string, decimal> { ["us-east-1/m5.large"] = 0.071m / 0.096m });
        var result = SavingsPlanOptimizer.Optimize(recommended.Hours, offer, 0m, 10);
        Assert.Equal(0.426m, Math.Round(result.Optimum.HourlyCommitment, 6));
        Assert.Equal(109.50m, Math.Round(result.Optimum.MonthlyNetSavings, 2));
    }

    [Fact]
    public void Builder_TwoWorkloadsAddedInTwoSteps_SumsAsOneBuildAndRefusesAWorkloadTwice()
    {
        // A batch at a time: the group (10 then 5 running, 6 recommended on average: 8 and 4 m5.large at 0.096) and a
        // second group with no observed hour (2 m5.large every hour). Hour 0: (8 + 2) x 0.096 = 0.96; hour 1: (4 + 2) x
        // 0.096 = 0.576. Monthly of the second: 2 x 0.096 x 730 = 140.16.
        var first = TestWorkloads.Asg("m5.xlarge", 4, 16, 10);
        var second = first with { WorkloadId = first.WorkloadId + "-2" };
        var target = Ec2Target("m5.large", 6);
        var a = FleetUsageRule.For(first, Option(OptionFamily.Ec2Rightsized, target), TestPrices.Book)!;
        var b = FleetUsageRule.For(second, Option(OptionFamily.Ec2Rightsized, Ec2Target("m5.large", 2)), TestPrices.Book)!;
        var builder = new FleetSpendBuilder(2);

        builder.Add(a, [(0, 10), (1, 5)]);
        builder.Add(b, []);
        var spend = builder.Build();

        Assert.Equal([0.96m, 0.576m], spend.Hours.Select(h => h.Sum(i => i.OnDemandUsd)));
        Assert.Equal(140.16m, spend.WorkloadMonthly[second.WorkloadId].MonthlyUsd);
        var once = FleetSpendSeries.Build(2, [a, b], [new(first.WorkloadId, 0, 10), new(first.WorkloadId, 1, 5)]);
        Assert.Equal(once.Hours.Select(h => h.Sum(i => i.OnDemandUsd)), spend.Hours.Select(h => h.Sum(i => i.OnDemandUsd)));
        Assert.Throws<ArgumentException>(() => builder.Add(a, []));
    }

    [Fact]
    public void Build_UnitsFollowTheHoursTheFleetRan()
    {
        // Ran 10, 10, 5, 5 (mean 7.5); 6 units recommended on average: 6 x 10 / 7.5 = 8 and 6 x 5 / 7.5 = 4 per hour.
        // Spend per hour at m5.large 0.096: 0.768, 0.768, 0.384, 0.384; hour 4 was not observed: nothing.
        var asg = TestWorkloads.Asg("m5.xlarge", 4, 16, 10);
        var chosen = FleetUsageRule.For(asg, Option(OptionFamily.Ec2Rightsized, Ec2Target("m5.large", 6)), TestPrices.Book)!;
        FleetDemandHour[] demand = [new(asg.WorkloadId, 0, 10), new(asg.WorkloadId, 1, 10), new(asg.WorkloadId, 2, 5), new(asg.WorkloadId, 3, 5)];

        var spend = FleetSpendSeries.Build(5, [chosen], demand);

        Assert.Equal([0.768m, 0.768m, 0.384m, 0.384m, 0m], spend.Hours.Select(h => h.Sum(i => i.OnDemandUsd)));
        // Monthly: (0.768 x 2 + 0.384 x 2) / 5 hours x 730 = 336.384.
        Assert.Equal(336.384m, spend.WorkloadMonthly[asg.WorkloadId].MonthlyUsd);
    }

    [Fact]
    public void Build_OptionWithItsOwnHourlyUnits_RunsThoseWholeUnits()
    {
        // The engine sized the fleet hour by hour: 2, 7, 0 (stopped by a schedule), 3 whole m5.large in hours 0-3.
        // They replace the spread of the average over the demand (which ran 10 every hour): spend 2 x 0.096 = 0.192,
        // 7 x 0.096 = 0.672, 0, 3 x 0.096 = 0.288. Monthly: (2 + 7 + 3) x 0.096 / 4 hours x 730 = 210.24.
        var asg = TestWorkloads.Asg("m5.xlarge", 4, 16, 10);
        var chosen = FleetUsageRule.For(asg, Option(OptionFamily.Ec2Rightsized, Ec2Target("m5.large", 3)), TestPrices.Book)! with
        {
            Hourly = [(0, 2), (1, 7), (2, 0), (3, 3)],
        };
        var demand = Enumerable.Range(0, 4).Select(h => new FleetDemandHour(asg.WorkloadId, h, 10)).ToArray();

        var spend = FleetSpendSeries.Build(4, [chosen], demand);

        Assert.Equal([0.192m, 0.672m, 0m, 0.288m], spend.Hours.Select(h => h.Sum(i => i.OnDemandUsd)));
        Assert.Equal(210.24m, spend.WorkloadMonthly[asg.WorkloadId].MonthlyUsd);
    }

    [Fact]
    public void Build_EcsOnEc2FargateAndLambda_CountAtTheirOwnRates()
    {
        // ECS on EC2 as it runs: 3 tasks on m5.large every hour -> 3 x 0.096 = 0.288 under us-east-1/m5.large.
        var ecsOnEc2 = new Workload("svc-ec2", "111111111111", TestPrices.Region, WorkloadKind.EcsService, "svc", "m5.large", 2, 8, "x86_64", "on-demand", "EC2", 3, null, null, new Dictionary<string, string>());
        var onEc2 = FleetUsageRule.For(ecsOnEc2, Option(OptionFamily.Current, Ec2Target("m5.large", 3)), TestPrices.Book)!;
        // Fargate: 2 tasks of 1 vCPU / 2 GB: 0.04048 + 2 x 0.004445 = 0.04937 a task-hour -> 0.09874 under fargate:x86_64.
        var fargate = TestWorkloads.EcsFargate(1, 2, 2);
        var onFargate = FleetUsageRule.For(fargate, Option(OptionFamily.Fargate, new OptionTarget(null, "x86_64", 1, 2, null, "on-demand", 730, UnitCount.Fixed(2))), TestPrices.Book)!;
        // Lambda at $73 a month: 73 / 730 = 0.10 an hour on average, spread by invocations 30 and 10 (mean 20): 0.15, 0.05.
        var function = TestWorkloads.Function(1024);
        var onLambda = FleetUsageRule.For(function, Option(OptionFamily.Current, new OptionTarget(null, "x86_64", null, null, 1024, "on-demand", 730, UnitCount.Fixed(1)), 73m), TestPrices.Book)!;
        FleetDemandHour[] demand =
        [
            new(ecsOnEc2.WorkloadId, 0, 3), new(ecsOnEc2.WorkloadId, 1, 3), new(fargate.WorkloadId, 0, 2), new(fargate.WorkloadId, 1, 2),
            new(function.WorkloadId, 0, 30), new(function.WorkloadId, 1, 10),
        ];

        var spend = FleetSpendSeries.Build(2, [onEc2, onFargate, onLambda], demand);

        Assert.Equal(
            [new SpendItem("us-east-1/fargate:x86_64", 0.09874m), new SpendItem("us-east-1/lambda:x86_64", 0.15m), new SpendItem("us-east-1/m5.large", 0.288m)],
            spend.Hours[0]);
        Assert.Equal(0.05m, spend.Hours[1].Single(i => i.Key == "us-east-1/lambda:x86_64").OnDemandUsd);

        // Each at its own plan rate: EC2 ratio 0.7, Fargate 0.78, Lambda 0.83. A commitment of
        // 0.288 x 0.7 + 0.09874 x 0.78 = 0.2016 + 0.0770172 = 0.2786172 covers EC2 and Fargate whole (deepest discount
        // first) and no Lambda: coverage (0.288 + 0.09874) / (0.288 + 0.09874 + 0.15) = 72.05% in hour 0.
        var offer = new SavingsPlanOffer("compute", 1, "no", new Dictionary<string, decimal>
        {
            ["us-east-1/m5.large"] = 0.7m, ["us-east-1/fargate:x86_64"] = 0.78m, ["us-east-1/lambda:x86_64"] = 0.83m,
        });
        var point = SavingsPlanOptimizer.Evaluate([spend.Hours[0]], offer, 0.2786172m);
        Assert.Equal(72.05, point.CoveragePercent, 2);
        // Net: covered 0.38674 - committed 0.2786172 = 0.1081228 an hour, x 730 = 78.929644.
        Assert.Equal(78.929644m, Math.Round(point.MonthlyNetSavings, 6));
    }

    [Fact]
    public void For_SpotOrStop_IsNotCoverable()
    {
        var asg = TestWorkloads.Asg("m5.xlarge", 4, 16, 10);

        Assert.Null(FleetUsageRule.For(asg, Option(OptionFamily.Ec2Spot, Ec2Target("m5.large", 6) with { Capacity = "spot" }), TestPrices.Book));
        Assert.Null(FleetUsageRule.For(asg, Option(OptionFamily.Stop, Ec2Target("m5.large", 0)), TestPrices.Book));
    }
}
