using Analyzer.Core.Costs;
using Analyzer.Core.Ingest;
using Analyzer.Core.Time;
using Analyzer.Core.Workloads;

namespace Analyzer.Storage.Tests;

/// <summary>Small, fully known batches: 2 workloads x 24 hours of samples and 2 days x 2 cost lines per day.</summary>
internal static class TestBatches
{
    public static readonly DateTime Day1 = new(2024, 6, 1, 0, 0, 0, DateTimeKind.Utc);

    public static Period TwoDays(DateTime start) => new(start, start.AddDays(2));

    public static Workload Workload(string id, string region = "us-east-1") => new(
        id, "111111111111", region, WorkloadKind.Ec2Instance, "name-" + id, "m5.large", 2, 8, "x86_64", "on-demand",
        null, 1, null, null, new Dictionary<string, string> { ["team"] = "payments", ["env"] = "prod" });

    public static IngestBatch Batch(
        Period window,
        string source = "demo",
        IEnumerable<UtilizationSample>? samples = null,
        IEnumerable<CostLine>? costs = null) => new(
        source,
        window,
        ["111111111111"],
        [new Account("111111111111", "Payments prod")],
        [Workload("i-1"), Workload("i-2", "eu-west-1")],
        samples ?? Samples(window.Start, ["i-1", "i-2"], 24),
        costs ?? Costs(DateOnly.FromDateTime(window.Start), 2));

    public static IEnumerable<UtilizationSample> Samples(DateTime start, string[] workloadIds, int hours)
    {
        foreach (var id in workloadIds)
        {
            for (var h = 0; h < hours; h++)
            {
                yield return new UtilizationSample(id, start.AddHours(h), h, h + 10, null, null, 1000, 2000, 1, null, null, null, null);
            }
        }
    }

    public static IEnumerable<CostLine> Costs(DateOnly first, int days)
    {
        for (var d = 0; d < days; d++)
        {
            yield return new CostLine(first.AddDays(d), "111111111111", "us-east-1", "Amazon Elastic Compute Cloud - Compute", "BoxUsage:m5.large", "i-1", 2.304m, 2.304m, 24m);
            yield return new CostLine(first.AddDays(d), "111111111111", "eu-west-1", "Amazon Elastic Compute Cloud - Compute", "EU-BoxUsage:m5.large", "i-2", 2.448123m, 2.1m, 24m);
        }
    }

    /// <summary>Yields <paramref name="count"/> items, then throws: a collector failing mid-stream.</summary>
    public static IEnumerable<T> ThrowAfter<T>(IEnumerable<T> items, int count)
    {
        var yielded = 0;
        foreach (var item in items)
        {
            if (yielded++ == count)
            {
                throw new InvalidOperationException("collector failed halfway");
            }

            yield return item;
        }
    }
}
