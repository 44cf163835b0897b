using System.Globalization;
using Analyzer.Core.Options;
using Analyzer.Core.Settings;
using Analyzer.Core.Workloads;

namespace Analyzer.Core.Rules;

/// <summary>
/// Cost Explorer's idle rule: CPU maximum at or under 1% over the whole window means "stop or terminate".
/// A Lambda function with no invocations is idle too.
/// </summary>
public static class IdleRule
{
    public static OptionResult Evaluate(WorkloadContext context, AnalysisSettings settings)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(settings);
        var profile = context.Profile;
        var label = context.Workload.Kind == WorkloadKind.LambdaFunction ? "stop:delete-function" : "stop:stop-or-terminate";
        if (settings.InsufficientDataReason(profile) is { } tooLittleData)
        {
            return Infeasible(label, context, tooLittleData);
        }

        if (context.Workload.Kind == WorkloadKind.LambdaFunction)
        {
            return profile.MonthlyInvocations is 0
                ? Stop(label, context, "no invocations over the window")
                : Infeasible(label, context, "the function is invoked");
        }

        if (profile.CpuMaxPercent is not { } max)
        {
            return Infeasible(label, context, "no CPU metric to judge idleness");
        }

        return max <= settings.IdleCpuMaxPercent
            ? Stop(label, context, string.Create(CultureInfo.InvariantCulture, $"idle: CPU maximum {max:0.##}% <= {settings.IdleCpuMaxPercent:0.##}% over the window"))
            : Infeasible(label, context, string.Create(CultureInfo.InvariantCulture, $"not idle: CPU maximum {max:0.##}% > {settings.IdleCpuMaxPercent:0.##}%"));
    }

    private static OptionResult Stop(string label, WorkloadContext context, string note) =>
        OptionResult.Priced(label, OptionFamily.Stop, 0m, context.CurrentMonthlyCost, Risk.Low, Effort.Low, context.Confidence, null, note);

    private static OptionResult Infeasible(string label, WorkloadContext context, string reason) =>
        OptionResult.Infeasible(label, OptionFamily.Stop, reason, Risk.Low, Effort.Low, context.Confidence);
}
