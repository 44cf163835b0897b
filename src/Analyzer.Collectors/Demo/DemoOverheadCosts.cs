using Analyzer.Core.Costs;
using Analyzer.Core.Time;
using Analyzer.Core.Workloads;

namespace Analyzer.Collectors.Demo;

/// <summary>
/// Daily non-compute spend per account and region (storage, databases, monitoring), so a spend-by-service chart
/// has more than compute. The rates are illustrative us-east-1/eu-west-1 list prices, not from the price book:
/// nothing analyses these lines beyond summing them.
/// </summary>
internal static class DemoOverheadCosts
{
    public static IEnumerable<CostLine> For(Account account, int accountIndex, Period window, ulong seed)
    {
        // Bigger accounts hold more; eu-west-1 holds about a third of us-east-1.
        var accountSize = accountIndex switch { 0 => 1.0m, 1 => 0.4m, _ => 0.6m };
        for (var r = 0; r < DemoRegion.All.Count; r++)
        {
            var region = DemoRegion.All[r];
            var rng = new SplitMix64(SplitMix64.Derive(seed, 1_000_000UL + (ulong)(accountIndex * 10) + (ulong)r));
            var size = accountSize * (r == 0 ? 1m : 0.35m);
            var eu = r == 0 ? 1m : 1.1m;
            var s3Gb = size * (decimal)rng.Between(30_000.0, 60_000.0);
            var ebsGb = size * (decimal)rng.Between(8_000.0, 20_000.0);
            var databases = Math.Max(1, (int)Math.Round(4 * size));
            var metrics = size * (decimal)rng.Between(800.0, 3_000.0);
            var database = $"{account.Name}-{region.Code}-db";
            var dayIndex = 0;
            for (var day = DateOnly.FromDateTime(window.Start); day < DateOnly.FromDateTime(window.End); day = day.AddDays(1), dayIndex++)
            {
                // Storage grows by about 0.1% a day, as storage does.
                var growth = 1m + (0.001m * dayIndex);
                var jitter = (decimal)rng.Between(0.97, 1.03);
                yield return Line(day, account, region, "Amazon Simple Storage Service", "TimedStorage-ByteHrs", null, s3Gb * growth / 30m, 0.023m);
                yield return Line(day, account, region, "EC2 - Other", "EBS:VolumeUsage.gp3", null, ebsGb * growth / 30m, 0.08m * eu);
                yield return Line(day, account, region, "Amazon Relational Database Service", "InstanceUsage:db.r5.large", DemoIds.RdsArn(region.Code, account.AccountId, database), 24m * databases, 0.25m * eu);
                yield return Line(day, account, region, "AmazonCloudWatch", "CW:MetricMonitorUsage", null, metrics * jitter / 30m, 0.30m);
            }
        }
    }

    private static CostLine Line(DateOnly day, Account account, DemoRegion region, string service, string usageType, string? resourceId, decimal quantity, decimal rate)
    {
        var usage = Math.Round(quantity, 6, MidpointRounding.AwayFromZero);
        var cost = Math.Round(usage * rate, 2, MidpointRounding.AwayFromZero);
        return new CostLine(day, account.AccountId, region.Code, service, region.UsagePrefix + usageType, resourceId, cost, cost, usage);
    }
}
