using System.Globalization;
using Analyzer.Core.Options;
using Analyzer.Core.Profiles;
using Analyzer.Core.Settings;
using Analyzer.Core.Workloads;

namespace Analyzer.Core.Rules;

/// <summary>
/// Stop outside the hours the workload is active, as AWS Instance Scheduler (instances) or scheduled scaling actions
/// (Auto Scaling groups, ECS services) do: for business-hours and nightly-batch shapes, the window is detected from
/// the hourly profile (<see cref="ScheduleWindow.Detect"/>) and the current setup is priced for the units it runs in
/// the window's hours only. Offered only when at least <see cref="MinimumActiveShareInside"/> of the active hours fall
/// inside the window.
/// </summary>
public static class ScheduleEvaluator
{
    public const double MinimumActiveShareInside = 0.98;

    public static OptionResult Evaluate(WorkloadContext context, AnalysisSettings settings)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(settings);
        var profile = context.Profile;
        var workload = context.Workload;
        var label = OptionFamily.Schedule.ToName();
        var effort = Effort.Low;
        if (workload.Kind == WorkloadKind.LambdaFunction)
        {
            return OptionResult.Infeasible(label, OptionFamily.Schedule, "a Lambda function costs nothing when idle", Risk.Low, effort, context.Confidence);
        }

        if (settings.InsufficientDataReason(profile) is { } tooLittleData)
        {
            return OptionResult.Infeasible(label, OptionFamily.Schedule, tooLittleData, Risk.Low, effort, Confidence.Low);
        }

        if (profile.Shape is not (DemandShape.BusinessHours or DemandShape.NightlyBatch))
        {
            return OptionResult.Infeasible(label, OptionFamily.Schedule, $"{profile.Shape.ToName()} demand: no business-hours or nightly window to schedule", Risk.Low, effort, context.Confidence);
        }

        if (profile.Hours is not { Count: > 0 } hours || ScheduleWindow.Detect(hours) is not { } window)
        {
            return OptionResult.Infeasible(label, OptionFamily.Schedule, "no hourly series to find the active window in", Risk.Low, effort, context.Confidence);
        }

        if (window.ActiveShareInside < MinimumActiveShareInside || window.HoursPerWeek >= 140)
        {
            return OptionResult.Infeasible(
                label,
                OptionFamily.Schedule,
                string.Create(CultureInfo.InvariantCulture, $"{window} holds only {window.ActiveShareInside:P0} of the active hours"),
                Risk.Medium,
                effort,
                context.Confidence);
        }

        // Today's units in the window's hours, at today's price per unit-hour (the same model as the current cost).
        var current = context.CurrentSeries;
        var unitRate = current.MonthlyUnitHours > 0 ? context.CurrentMonthlyCost / current.MonthlyUnitHours : 0m;
        var series = UnitSeries.From(hours, h => window.Contains(h.Hour) ? (int)Math.Round(h.RunningUnits, MidpointRounding.AwayFromZero) : 0);
        var monthly = unitRate * series.MonthlyUnitHours;
        var risk = window.ActiveShareInside >= 0.999 ? Risk.Low : Risk.Medium;
        var target = new OptionTarget(workload.InstanceType, workload.Architecture, workload.Vcpu, workload.MemoryGib, null, workload.PurchaseOption, series.MonthlyHours, series.Units)
        {
            HourlyUnits = series.Hourly,
        };
        var how = workload.Kind == WorkloadKind.Ec2Instance ? "AWS Instance Scheduler" : "scheduled scaling to 0 outside it";
        var note = string.Create(CultureInfo.InvariantCulture, $"run {window} ({window.HoursPerWeek} h a week, {how}); {window.ActiveShareInside:P1} of active hours fall inside");
        return OptionResult.Priced($"{label}:{(window.WeekdaysOnly ? "weekdays" : "daily")}-{window.StartHour:00}-{window.Length}h", OptionFamily.Schedule, monthly, context.CurrentMonthlyCost, risk, effort, context.Confidence, target, note);
    }
}
