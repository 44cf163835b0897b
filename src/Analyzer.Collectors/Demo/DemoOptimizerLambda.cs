using Analyzer.Core.Collection;
using Analyzer.Core.Workloads;

namespace Analyzer.Collectors.Demo;

/// <summary>
/// A demo Lambda function's memory as Compute Optimizer would judge it. Above 1,792 MB it gives no answer
/// (Inconclusive), under 50 invocations in the look-back neither (InsufficientData). The demo has no memory-used
/// metric, so the verdict rests on duration: short calls at 512 MB or more do not need the CPU their memory buys
/// (halve it), and small functions whose p99 duration takes over a quarter of their timeout are starved (double it).
/// </summary>
internal static class DemoOptimizerLambda
{
    private const int MaximumMemoryMb = 1792;
    private const int MinimumInvocations = 50;
    private const int MinimumMemoryMb = 128;

    public static LambdaRecommendation Recommend(DemoWorkload workload, IReadOnlyList<UtilizationSample> samples, DateTime refreshed)
    {
        var w = workload.Workload;
        var memory = w.LambdaMemoryMb!.Value;
        var invocations = samples.Sum(s => s.Invocations ?? 0);
        if (memory > MaximumMemoryMb)
        {
            return Row(w, refreshed, memory, "Unavailable", "Inconclusive", null, null, null);
        }

        if (invocations < MinimumInvocations)
        {
            return Row(w, refreshed, memory, "Unavailable", "InsufficientData", null, null, null);
        }

        var averageMs = samples.Sum(s => (s.Invocations ?? 0) * (s.DurationAverageMs ?? 0)) / invocations;
        var p99Ms = DemoComputeOptimizer.Percentile(samples.Select(s => s.DurationP99Ms), 99) ?? 0;
        var timeoutMs = w.LambdaTimeoutSeconds!.Value * 1000.0;
        if (memory >= 512 && averageMs < 100)
        {
            var smaller = Math.Max(MinimumMemoryMb, memory / 2);

            // Duration-priced only: the same calls at less memory; monthly is the look-back scaled to 30 days.
            var monthlyGbSeconds = (decimal)(invocations * 30.0 / DemoComputeOptimizer.LookbackDays * averageMs / 1000);
            var rate = workload.Lambda!.UsdPerGbSecond;
            var (savings, percent) = DemoComputeOptimizer.Savings(monthlyGbSeconds * memory / 1024m * rate, monthlyGbSeconds * smaller / 1024m * rate);
            return Row(w, refreshed, memory, "NotOptimized", "MemoryOverprovisioned", smaller, savings, percent);
        }

        if (memory <= 256 && p99Ms > timeoutMs / 4)
        {
            return Row(w, refreshed, memory, "NotOptimized", "MemoryUnderprovisioned", memory * 2, 0m, 0);
        }

        return Row(w, refreshed, memory, "Optimized", string.Empty, memory, 0m, 0);
    }

    private static LambdaRecommendation Row(
        Workload w, DateTime refreshed, int memory, string finding, string reasons, int? recommended, decimal? savings, double? percent) =>
        new(
            w.AccountId,
            w.Region,
            // Compute Optimizer names the version it looked at; the workload id is the unqualified ARN.
            w.WorkloadId + ":$LATEST",
            w.Name,
            "$LATEST",
            w.WorkloadId,
            memory,
            finding,
            reasons,
            recommended,
            savings,
            percent,
            DemoComputeOptimizer.LookbackDays,
            refreshed);
}
