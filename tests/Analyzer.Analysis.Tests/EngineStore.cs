using Analyzer.Core.Ingest;
using Analyzer.Core.Time;
using Analyzer.Core.Workloads;
using Analyzer.Storage;
using Analyzer.Testing.DuckDb;

namespace Analyzer.Analysis.Tests;

/// <summary>
/// A migrated store in a temp file holding a known fortnight, 2026-11-08 to 2026-11-22 (UTC), ending at "now":
/// a steady m5.2xlarge, a nightly batch instance, and a Lambda function.
/// </summary>
internal sealed class EngineStore : IDisposable
{
    public static readonly DateTimeOffset Now = new(2026, 11, 22, 6, 30, 0, TimeSpan.Zero);
    public static readonly Period Window = Period.LastWholeDays(Now, 14);

    private readonly TempDuckDbFile file = new();

    public EngineStore()
    {
        file.Database.Dispose();
        Store = AnalyzerStore.Open(file.Path, Time);
    }

    public TimeProvider Time { get; } = new FixedTime(Now);

    public AnalyzerStore Store { get; }

    public static Workload Steady { get; } = new("i-steady", "111111111111", "us-east-1", WorkloadKind.Ec2Instance, "steady", "m5.2xlarge", 8, 32, "x86_64", "on-demand", null, 1, null, null, new Dictionary<string, string>());

    public static Workload Batch { get; } = new("i-batch", "111111111111", "us-east-1", WorkloadKind.Ec2Instance, "batch", "m5.large", 2, 8, "x86_64", "on-demand", null, 1, null, null, new Dictionary<string, string>());

    public static Workload Function { get; } = new("arn:aws:lambda:us-east-1:111111111111:function:f", "111111111111", "us-east-1", WorkloadKind.LambdaFunction, "f", null, 512 / 1769.0, 0.5, "x86_64", "on-demand", null, 1, 512, 30, new Dictionary<string, string>());

    public IngestResult LoadFortnight() => Store.Load(new IngestBatch(
        "test",
        new Period(Window.Start.AddHours(-1), Window.End),
        ["111111111111"],
        [new Account("111111111111", "prod")],
        [Steady, Batch, Function],
        Samples(),
        []));

    public void Dispose()
    {
        Store.Dispose();
        file.Dispose();
    }

    // Steady: avg 6%, max 8% every hour but one at 50%; memory max 3 of 32 GiB. One sample before the window at 99%.
    // Batch: 60% (max 70%) from 01:00 to 03:59 every night, 1% otherwise; no memory metric.
    // Function: 100 invocations of 120 ms every hour.
    private static IEnumerable<UtilizationSample> Samples()
    {
        yield return new UtilizationSample("i-steady", Window.Start.AddHours(-1), 99, 99, 90, 90, null, null, null, null, null, null, null);
        for (var h = 0; h < 336; h++)
        {
            var hour = Window.Start.AddHours(h);
            yield return new UtilizationSample("i-steady", hour, 6, h == 100 ? 50 : 8, 8, 9.375, 1e6, 2e6, null, null, null, null, null);
            var busy = hour.Hour is >= 1 and <= 3;
            yield return new UtilizationSample("i-batch", hour, busy ? 60 : 1, busy ? 70 : 1, null, null, null, null, null, null, null, null, null);
            yield return new UtilizationSample(Function.WorkloadId, hour, null, null, null, null, null, null, null, 100, 120, 180, 3);
        }
    }
}
