using System.Security.Cryptography;
using System.Text;
using Analyzer.Core.Ingest;

namespace Analyzer.Collectors.Tests.Demo;

/// <summary>A SHA-256 over every value of a generation, as bits (no text formatting, so no culture in it).</summary>
internal static class DemoFingerprint
{
    public static string Of(IEnumerable<IngestBatch> batches)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var batch in batches)
        {
            Add(hash, batch.Window.Start.Ticks);
            Add(hash, batch.Window.End.Ticks);
            foreach (var w in batch.Workloads)
            {
                Add(hash, $"{w.WorkloadId}|{w.AccountId}|{w.Region}|{w.Kind}|{w.Name}|{w.InstanceType}|{w.Architecture}|{w.PurchaseOption}|{w.LaunchType}|{w.LambdaTimeoutSeconds}|{w.LambdaMemoryMb}|{w.DesiredCount}|{w.Platform}|{w.Tenancy}");
                Add(hash, w.Vcpu);
                Add(hash, w.MemoryGib);
                foreach (var (key, value) in w.Tags)
                {
                    Add(hash, key + "=" + value);
                }
            }

            // One append per sample: a million small appends would dominate the test's time.
            var values = new long[12];
            var bytes = new byte[values.Length * sizeof(long)];
            foreach (var s in batch.Samples)
            {
                Add(hash, s.WorkloadId);
                values[0] = s.Hour.Ticks;
                double?[] metrics =
                [
                    s.CpuAveragePercent, s.CpuMaximumPercent, s.MemoryAveragePercent, s.MemoryMaximumPercent,
                    s.NetworkInBytes, s.NetworkOutBytes, s.RunningCount, s.Invocations, s.DurationAverageMs,
                    s.DurationP99Ms, s.ConcurrencyMaximum,
                ];
                for (var i = 0; i < metrics.Length; i++)
                {
                    values[i + 1] = metrics[i] is { } v ? BitConverter.DoubleToInt64Bits(v) : long.MinValue;
                }

                Buffer.BlockCopy(values, 0, bytes, 0, bytes.Length);
                hash.AppendData(bytes);
            }

            foreach (var c in batch.CostLines)
            {
                Add(hash, $"{c.UsageDate.DayNumber}|{c.AccountId}|{c.Region}|{c.Service}|{c.UsageType}|{c.ResourceId}");
                foreach (var value in new[] { c.UnblendedCost, c.AmortizedCost, c.UsageQuantity })
                {
                    foreach (var part in decimal.GetBits(value))
                    {
                        Add(hash, part);
                    }
                }
            }
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static void Add(IncrementalHash hash, string text) => hash.AppendData(Encoding.UTF8.GetBytes(text + "\0"));

    private static void Add(IncrementalHash hash, long value) => hash.AppendData(BitConverter.GetBytes(value));

    private static void Add(IncrementalHash hash, double? value) =>
        Add(hash, value is { } v ? BitConverter.DoubleToInt64Bits(v) : long.MinValue);
}
