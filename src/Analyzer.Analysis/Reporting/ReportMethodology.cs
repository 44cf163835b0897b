using System.Globalization;
using Analyzer.Core.Options;
using Analyzer.Core.Profiles;
using Analyzer.Core.Reporting;
using Analyzer.Storage.DuckDb;
using Analyzer.Storage.Pricing;

namespace Analyzer.Analysis.Reporting;

/// <summary>The methodology section from a run's recorded settings and the price catalog's provenance.</summary>
internal static class ReportMethodology
{
    public static Methodology Describe(DuckDbConnection connection, ReportRun run)
    {
        var s = run.Settings;
        var inv = CultureInfo.InvariantCulture;
        var percentile = s.CpuPercentile switch
        {
            CpuPercentile.P90 => "p90",
            CpuPercentile.P95 => "p95",
            CpuPercentile.P99 => "p99",
            CpuPercentile.P99_5 => "p99.5",
            _ => "max",
        };
        var asOf = run.PriceAsOf ?? DateOnly.FromDateTime(run.Window.End);
        var sources = PriceCatalogReader.Versions(connection)
            .Where(v => v.AsOf <= asOf)
            .Select(v => string.Create(inv, $"{v.Source} ({v.AsOf:yyyy-MM-dd})"))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var headroom = string.Create(inv, $"{s.CpuHeadroomPercent:0.#}%");
        var rules = new List<MethodologyRule>
        {
            new(OptionFamily.Stop, string.Create(inv, $"Offered when CPU never exceeds {s.IdleCpuMaxPercent:0.#}% over the lookback (idle).")),
            new(OptionFamily.Ec2Rightsized, $"Cheapest current-generation size whose vCPUs cover CPU {percentile} plus {headroom} headroom and whose memory covers the memory maximum plus {s.MemoryHeadroomPercent.ToString("0.#", inv)}%."),
            new(OptionFamily.Graviton, "The arm64 (Graviton) size that covers the same demand; effort rises because the software must run on arm64."),
            new(OptionFamily.Ec2Spot, "Spot price of the rightsized size, only for workloads tolerant of interruption (tags, ASG or stateless services) and pools with a low interruption rate."),
            new(OptionFamily.Fargate, "The smallest Fargate task size covering the demand, priced per vCPU-hour and GB-hour for the hours tasks run."),
            new(OptionFamily.FargateSpot, "The Fargate task size at the Fargate Spot rate, for interruption-tolerant services."),
            new(OptionFamily.Lambda, "Requests and GB-seconds at the demand's invocation rate, where one unit of work fits Lambda's 15-minute limit."),
            new(OptionFamily.LambdaRightsized, "The Lambda memory size that minimizes cost while keeping duration within the timeout."),
            new(OptionFamily.Lightsail, $"For a standalone Linux instance on shared tenancy that runs all month: the cheapest Lightsail bundle whose vCPUs cover CPU {percentile} plus {headroom} headroom, whose burstable baseline covers the mean CPU and whose memory covers the memory maximum plus headroom, at its monthly price (us-east-1 list prices only); kept only where it saves $1 and 1% beyond the cheapest option that stays on EC2, and stated with its limits (no Auto Scaling, fixed bundle sizes, limited AWS integration)."),
            new(OptionFamily.SavingsPlan, "Fleet hourly commitment that maximizes net savings over the hourly on-demand spend after the sizing recommendations, bought beyond the Savings Plans already held (EC2 Instance plans cover their region and family first)."),
        };
        var assumptions = new List<string>
        {
            string.Create(inv, $"A month is {Billing.HoursPerMonth:0} hours; money is USD, rounded to cents per workload."),
            $"Recommendations fit the '{s.RiskAppetite.ToString().ToLowerInvariant()}' risk appetite.",
            string.Create(inv, $"Sizing needs at least {s.MinimumHours} hours of data in the lookback."),
            "Usage in the lookback is representative of the next month.",
            string.Create(inv, $"Auto Scaling groups and ECS services are sized as fleets: the cheapest unit size and count covering the fleet's hourly total, never under {s.MinimumPooledUnits} units where 2 or more ran."),
            "Compute Optimizer's own recommendation, where collected, is shown beside ours with the reasons they differ.",
        };
        return new Methodology(
            s.LookbackDays, percentile, (decimal)s.CpuHeadroomPercent,
            sources.Count == 0 ? "No prices loaded" : string.Join("; ", sources),
            asOf, (int)Billing.HoursPerMonth, rules, assumptions);
    }
}
