using Analyzer.Collectors.Demo;
using Analyzer.Core.Costs;
using Analyzer.Core.Workloads;

namespace Analyzer.Collectors.Tests.Demo;

public class DemoCostsTests
{
    private const string Ec2 = "Amazon Elastic Compute Cloud - Compute";

    private static DemoSnapshot Demo => DemoTestData.Fortnight;

    [Theory]
    [InlineData("us-east-1", "m5.large", "BoxUsage:m5.large", 2.30)]
    [InlineData("eu-west-1", "m5.large", "EU-BoxUsage:m5.large", 2.57)]
    [InlineData("us-east-1", "t3.micro", "BoxUsage:t3.micro", 0.25)]
    public void CostLines_Ec2Instance_AreHourlyPriceTimes24HoursToTheCent(string region, string type, string usageType, decimal perDay)
    {
        var instance = Demo.Workloads.First(w => w.Kind == WorkloadKind.Ec2Instance && w.Region == region && w.InstanceType == type);

        var lines = Demo.CostLinesOf(instance);

        Assert.Equal(14, lines.Count);
        Assert.All(lines, line =>
        {
            Assert.Equal(Ec2, line.Service);
            Assert.Equal(usageType, line.UsageType);
            Assert.Equal(24m, line.UsageQuantity);
            Assert.Equal(perDay, line.UnblendedCost);
        });
    }

    [Theory]
    [InlineData(WorkloadKind.AutoScalingGroup)]
    [InlineData(WorkloadKind.EcsService)]
    public void CostLines_Ec2Capacity_ArePriceTimesRunningInstanceHours(WorkloadKind kind)
    {
        var workloads = Demo.Workloads.Where(w => w.Kind == kind && w.InstanceType is not null).ToArray();

        Assert.NotEmpty(workloads);
        Assert.All(workloads, w =>
        {
            var hours = RunningHoursByDay(w);
            var price = DemoTestPrices.Ec2[(w.Region, w.InstanceType!)];
            Assert.All(Demo.CostLinesOf(w), line =>
            {
                Assert.Equal(hours[line.UsageDate], line.UsageQuantity);
                Assert.Equal(Math.Round(price * hours[line.UsageDate], 2, MidpointRounding.AwayFromZero), line.UnblendedCost);
            });
        });
    }

    [Fact]
    public void CostLines_BusinessHoursGroup_CostMoreOnWeekdaysThanWeekends()
    {
        var group = Demo.WithPattern(DemoPatterns.BusinessHours).First(w => w.Kind == WorkloadKind.AutoScalingGroup);
        var lines = Demo.CostLinesOf(group);

        var weekday = lines.Where(l => l.UsageDate.DayOfWeek == DayOfWeek.Wednesday).Average(l => l.UnblendedCost);
        var sunday = lines.Where(l => l.UsageDate.DayOfWeek == DayOfWeek.Sunday).Average(l => l.UnblendedCost);

        Assert.True(weekday > sunday, $"{weekday} <= {sunday}");
    }

    [Fact]
    public void CostLines_FargateService_AreVcpuHoursAndGbHoursAtTheRegionsRates()
    {
        var services = Demo.Workloads.Where(w => w.LaunchType == "FARGATE" && w.Kind == WorkloadKind.EcsService).ToArray();

        Assert.All(services, w =>
        {
            var hours = RunningHoursByDay(w);
            var rate = DemoTestPrices.Fargate.Single(r => r.Region == w.Region && r.Architecture == w.Architecture && r.Capacity == "on-demand");
            var prefix = w.Region == "us-east-1" ? "USE1-" : "EU-";
            var arm = w.Architecture == "arm64" ? "ARM-" : "";
            var lines = Demo.CostLinesOf(w);
            Assert.Equal(28, lines.Count);
            Assert.All(lines.Where(l => l.UsageType == $"{prefix}Fargate-{arm}vCPU-Hours:perCPU"), line =>
                Assert.Equal(Math.Round((decimal)w.Vcpu!.Value * hours[line.UsageDate] * rate.UsdPerVcpuHour, 2, MidpointRounding.AwayFromZero), line.UnblendedCost));
            Assert.All(lines.Where(l => l.UsageType == $"{prefix}Fargate-{arm}GB-Hours"), line =>
                Assert.Equal(Math.Round((decimal)w.MemoryGib!.Value * hours[line.UsageDate] * rate.UsdPerGbHour, 2, MidpointRounding.AwayFromZero), line.UnblendedCost));
        });
    }

    [Fact]
    public void CostLines_SteadyFargateService_CostTheVcpuRateTimesTasksTimes24HoursADay()
    {
        var service = Demo.WithPattern(DemoPatterns.Steady).First(w => w.LaunchType == "FARGATE" && w.Region == "us-east-1" && w.Architecture == "x86_64");
        var vcpuHours = (decimal)service.Vcpu!.Value * service.DesiredCount * 24;

        var lines = Demo.CostLinesOf(service).Where(l => l.UsageType == "USE1-Fargate-vCPU-Hours:perCPU").ToArray();

        Assert.Equal(14, lines.Length);
        Assert.All(lines, line => Assert.Equal(vcpuHours, line.UsageQuantity));
        Assert.All(lines, line => Assert.Equal(Math.Round(vcpuHours * 0.04048m, 2, MidpointRounding.AwayFromZero), line.UnblendedCost));
    }

    [Fact]
    public void CostLines_PriceBookWithAnOlderFargateRate_UseTheNewest()
    {
        var older = DemoTestPrices.Fargate[0] with { UsdPerVcpuHour = 0.05m, Source = new("shipped:old", new DateOnly(2020, 1, 1)) };
        var book = DemoTestPrices.Book with { FargateRates = [older, .. DemoTestPrices.Fargate] };
        var batches = DemoOrganization.Generate(new DemoOptions(DemoTestData.WindowEnd) { Days = 1 }, book);
        var service = batches.SelectMany(b => b.Workloads).First(w => w.LaunchType == "FARGATE" && w.Region == "us-east-1" && w.Architecture == "x86_64");

        var line = batches.SelectMany(b => b.CostLines).Single(l => l.ResourceId == service.WorkloadId && l.UsageType == "USE1-Fargate-vCPU-Hours:perCPU");

        Assert.Equal(Math.Round(line.UsageQuantity * 0.04048m, 2, MidpointRounding.AwayFromZero), line.UnblendedCost);
    }

    [Fact]
    public void CostLines_LambdaFunction_AreGbSecondsAndRequestsAtTheRegionsRates()
    {
        var functions = Demo.Workloads.Where(w => w.Kind == WorkloadKind.LambdaFunction).ToArray();

        Assert.All(functions, w =>
        {
            var rate = DemoTestPrices.Lambda.Where(r => r.Region == w.Region && r.Architecture == w.Architecture).MinBy(r => r.TierGbSecondsFrom)!;
            var prefix = w.Region == "us-east-1" ? "" : "EU-";
            var arm = w.Architecture == "arm64" ? "-ARM" : "";
            var byDay = Demo.SamplesOf(w).GroupBy(s => DateOnly.FromDateTime(s.Hour)).ToDictionary(
                g => g.Key,
                g => (Requests: g.Sum(s => (decimal)s.Invocations!.Value),
                      GbSeconds: g.Sum(s => (decimal)s.Invocations!.Value * (decimal)s.DurationAverageMs!.Value / 1000m * w.LambdaMemoryMb!.Value / 1024m)));
            var lines = Demo.CostLinesOf(w);
            Assert.Equal(2 * byDay.Count, lines.Count);
            Assert.All(lines.Where(l => l.UsageType == $"{prefix}Lambda-GB-Second{arm}"), line =>
            {
                Assert.Equal(Math.Round(byDay[line.UsageDate].GbSeconds, 6, MidpointRounding.AwayFromZero), line.UsageQuantity);
                Assert.Equal(Math.Round(line.UsageQuantity * rate.UsdPerGbSecond, 2, MidpointRounding.AwayFromZero), line.UnblendedCost);
            });
            Assert.All(lines.Where(l => l.UsageType == $"{prefix}Request{arm}"), line =>
                Assert.Equal(Math.Round(byDay[line.UsageDate].Requests * 0.2m / 1_000_000m, 2, MidpointRounding.AwayFromZero), line.UnblendedCost));
        });
    }

    [Fact]
    public void CostLines_All_AreRoundedToCentsWithUnblendedEqualToAmortized()
    {
        Assert.All(Demo.CostLines, line =>
        {
            Assert.Equal(line.UnblendedCost, line.AmortizedCost);
            Assert.Equal(Math.Round(line.UnblendedCost, 2), line.UnblendedCost);
            Assert.True(line.UnblendedCost >= 0);
        });
    }

    [Fact]
    public void CostLines_OfEachBatch_BelongToItsAccount()
    {
        Assert.All(Demo.Batches, b => Assert.All(b.CostLines, line => Assert.Equal(b.AccountIds.Single(), line.AccountId)));
    }

    [Theory]
    [InlineData("Amazon Simple Storage Service")]
    [InlineData("Amazon Relational Database Service")]
    [InlineData("Amazon Elastic Container Service")]
    [InlineData("AWS Lambda")]
    public void CostLines_Default_IncludeService(string service)
    {
        Assert.Contains(Demo.CostLines, line => line.Service == service && line.UnblendedCost > 0);
    }

    [Fact]
    public void CostLines_Default_SpendAPlausibleAmountAMonth()
    {
        var monthly = Demo.CostLines.Sum(l => l.UnblendedCost) * 30 / 14;
        var compute = Demo.CostLines.Where(l => l.ResourceId is not null && !l.ResourceId.StartsWith("arn:aws:rds", StringComparison.Ordinal)).Sum(l => l.UnblendedCost) * 30 / 14;

        Assert.InRange(monthly, 30_000m, 200_000m);
        Assert.InRange(compute / monthly, 0.7m, 0.95m);
    }

    private static Dictionary<DateOnly, decimal> RunningHoursByDay(Workload workload) =>
        Demo.SamplesOf(workload).GroupBy(s => DateOnly.FromDateTime(s.Hour)).ToDictionary(g => g.Key, g => g.Sum(s => (decimal)(s.RunningCount ?? 1)));
}
