using System.Globalization;
using Analyzer.Core.Options;
using Analyzer.Core.Pricing;
using Analyzer.Core.Settings;
using Analyzer.Core.Workloads;

namespace Analyzer.Core.Rules;

/// <summary>
/// Lambda options: for an existing function, its current cost, memory rightsizing and arm64; for other
/// workloads, a move to Lambda where the work fits (a unit of work under 15 minutes, at most 10,240 MB, with
/// 1,769 MB buying one vCPU).
/// </summary>
public static class LambdaEvaluator
{
    /// <summary>What a function costs now at its configured memory and architecture; null without metrics.</summary>
    public static LambdaCost? CurrentCost(WorkloadContext context, IReadOnlyList<LambdaRate>? rates)
    {
        ArgumentNullException.ThrowIfNull(context);
        var profile = context.Profile;
        if (rates is null || rates.Count == 0 || context.Workload.LambdaMemoryMb is not { } mb
            || profile.MonthlyInvocations is not { } calls || profile.DurationAverageMs is not { } ms)
        {
            return null;
        }

        return LambdaCostCalculator.Monthly((decimal)calls, (decimal)ms, Math.Max(LambdaCostCalculator.MinMemoryMb, mb), rates);
    }

    /// <summary>Memory rightsizing for an existing function, same architecture. Never shrinks memory without a metric.</summary>
    public static OptionResult RightsizeFunction(WorkloadContext context, IReadOnlyList<LambdaRate>? rates, AnalysisSettings settings)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(settings);
        const OptionFamily family = OptionFamily.LambdaRightsized;
        var label = family.ToName();
        var profile = context.Profile;
        if (context.Workload.LambdaMemoryMb is not { } current)
        {
            return OptionResult.Infeasible(label, family, "configured memory unknown", Risk.Medium, Effort.Low, context.Confidence);
        }

        if (profile.MemoryMaxGib is not { } usedGib)
        {
            return OptionResult.Infeasible(label, family, "no memory metric: memory is never reduced without one", Risk.Medium, Effort.Low, context.Confidence);
        }

        var needMb = (int)Math.Clamp(Math.Ceiling(usedGib * 1024 * settings.MemoryHeadroomFactor), LambdaCostCalculator.MinMemoryMb, LambdaCostCalculator.MaxMemoryMb);
        if (needMb >= current)
        {
            return OptionResult.Infeasible(label, family, $"configured {current} MB is not above the {needMb} MB demand needs", Risk.Medium, Effort.Low, context.Confidence);
        }

        var cost = Cost(context, rates, needMb);
        if (cost is null)
        {
            return OptionResult.Infeasible(label, family, "no invocation metrics or no Lambda rate", Risk.Medium, Effort.Low, context.Confidence);
        }

        var target = new OptionTarget(null, context.Workload.Architecture, (double)needMb / LambdaCostCalculator.MbPerVcpu, needMb / 1024.0, needMb, "on-demand", 0, UnitCount.Fixed(1));
        return OptionResult.Priced(
            $"{label}:{needMb}mb",
            family,
            cost.TotalUsd,
            context.CurrentMonthlyCost,
            Risk.Medium,
            Effort.Low,
            context.Confidence,
            target,
            "duration assumed unchanged; less memory also buys less CPU, so confirm with a power-tuning run");
    }

    /// <summary>The same function on arm64 at the same memory, duration assumed unchanged.</summary>
    public static OptionResult FunctionOnArm(WorkloadContext context, IReadOnlyList<LambdaRate>? armRates)
    {
        ArgumentNullException.ThrowIfNull(context);
        const OptionFamily family = OptionFamily.Graviton;
        var label = $"{family.ToName()}:lambda-arm64";
        if (context.Workload.Architecture == "arm64")
        {
            return OptionResult.Infeasible(label, family, "already on arm64", Risk.Low, Effort.Low, context.Confidence);
        }

        if (context.Workload.LambdaMemoryMb is not { } mb || Cost(context, armRates, mb) is not { } cost)
        {
            return OptionResult.Infeasible(label, family, "no invocation metrics or no arm64 Lambda rate", Risk.Low, Effort.Low, context.Confidence);
        }

        var target = new OptionTarget(null, "arm64", (double)mb / LambdaCostCalculator.MbPerVcpu, mb / 1024.0, mb, "on-demand", 0, UnitCount.Fixed(1));
        return OptionResult.Priced(label, family, cost.TotalUsd, context.CurrentMonthlyCost, Risk.Low, Effort.Low, context.Confidence, target, "native dependencies must have arm64 builds");
    }

    /// <summary>Moving a non-Lambda workload to Lambda, on the given architecture.</summary>
    public static OptionResult Convert(WorkloadContext context, IReadOnlyList<LambdaRate>? rates, string architecture, AnalysisSettings settings)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(settings);
        const OptionFamily family = OptionFamily.Lambda;
        var label = $"{family.ToName()}:{architecture}";
        var profile = context.Profile;
        var workload = context.Workload;
        if (workload.Kind == WorkloadKind.LambdaFunction)
        {
            return OptionResult.Infeasible(label, family, "already a Lambda function", Risk.Medium, Effort.High, context.Confidence);
        }

        if (profile.UnitOfWorkSeconds is not { } unitSeconds)
        {
            return OptionResult.Infeasible(label, family, $"how long one unit of work takes is unknown (tag {settings.UnitOfWorkTag} with its seconds)", Risk.Medium, Effort.High, context.Confidence);
        }

        if (unitSeconds > LambdaCostCalculator.MaxTimeoutSeconds)
        {
            return OptionResult.Infeasible(
                label,
                family,
                string.Create(CultureInfo.InvariantCulture, $"a unit of work takes {unitSeconds / 60:0.#} minutes; Lambda stops at 15"),
                Risk.Medium,
                Effort.High,
                context.Confidence);
        }

        if (workload.Vcpu is not { } vcpu || workload.MemoryGib is not { } memory)
        {
            return OptionResult.Infeasible(label, family, "current size unknown", Risk.Medium, Effort.High, context.Confidence);
        }

        var need = DemandRequirement.From(profile, settings, vcpu, memory);
        var mb = (int)Math.Max(LambdaCostCalculator.MinMemoryMb, Math.Ceiling(Math.Max(need.MemoryGib * 1024, need.Vcpu * LambdaCostCalculator.MbPerVcpu)));
        if (mb > LambdaCostCalculator.MaxMemoryMb)
        {
            return OptionResult.Infeasible(
                label,
                family,
                string.Create(CultureInfo.InvariantCulture, $"needs {mb} MB for {need.Vcpu:0.##} vCPU and {need.MemoryGib:0.##} GiB; Lambda stops at 10,240 MB"),
                Risk.Medium,
                Effort.High,
                context.Confidence);
        }

        if (rates is null || rates.Count == 0)
        {
            return OptionResult.Infeasible(label, family, $"no {architecture} Lambda rate for {workload.Region}", Risk.Medium, Effort.High, context.Confidence);
        }

        // Each unit of work is assumed to need one unit's demand for its duration: the units running in each active hour.
        var busySeconds = BusyUnitHours(context) * 3600m;
        var invocations = Math.Ceiling(busySeconds / (decimal)unitSeconds);
        var cost = LambdaCostCalculator.Monthly(invocations, (decimal)unitSeconds * 1000m, mb, rates);
        var target = new OptionTarget(null, architecture, (double)mb / LambdaCostCalculator.MbPerVcpu, mb / 1024.0, mb, "on-demand", (double)(busySeconds / 3600m), UnitCount.Fixed(1));
        return OptionResult.Priced($"{label}:{mb}mb", family, cost.TotalUsd, context.CurrentMonthlyCost, Risk.Medium, Effort.High, context.Confidence, target, "assumes one unit's demand per invocation over the active hours; free tier not subtracted");
    }

    // Unit-hours a month in active hours: today's whole units in each active observed hour, scaled to the month.
    private static decimal BusyUnitHours(WorkloadContext context)
    {
        if (context.Profile.Hours is { Count: > 0 } hours)
        {
            return UnitSeries.From(hours, h => h.Active ? Math.Max(1, (int)Math.Round(h.RunningUnits, MidpointRounding.AwayFromZero)) : 0).MonthlyUnitHours;
        }

        return (decimal)(context.Profile.ActiveHoursFraction * context.Units) * Billing.HoursPerMonth;
    }

    private static LambdaCost? Cost(WorkloadContext context, IReadOnlyList<LambdaRate>? rates, int memoryMb)
    {
        var profile = context.Profile;
        if (rates is null || rates.Count == 0 || profile.MonthlyInvocations is not { } calls || profile.DurationAverageMs is not { } ms)
        {
            return null;
        }

        return LambdaCostCalculator.Monthly((decimal)calls, (decimal)ms, memoryMb, rates);
    }
}
