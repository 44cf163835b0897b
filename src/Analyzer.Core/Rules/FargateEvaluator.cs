using System.Globalization;
using Analyzer.Core.Options;
using Analyzer.Core.Pricing;
using Analyzer.Core.Profiles;
using Analyzer.Core.Settings;
using Analyzer.Core.Workloads;

namespace Analyzer.Core.Rules;

/// <summary>
/// Fargate and Fargate Spot: the cheapest valid task size covering demand, priced per vCPU-hour and GB-hour for
/// the whole tasks each hour needs (every hour for a service; for a batch shape only its active hours, at the tasks
/// each of those hours needs), so a batch is priced on the same hours as its EC2 options.
/// </summary>
public static class FargateEvaluator
{
    public static OptionResult Evaluate(WorkloadContext context, FargateRate? rate, string architecture, bool spot, AnalysisSettings settings)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(settings);
        var workload = context.Workload;
        var family = spot ? OptionFamily.FargateSpot : OptionFamily.Fargate;
        var label = $"{family.ToName()}:{architecture}";
        var archChange = architecture != workload.Architecture;
        var effort = EffortFor(workload, archChange);
        var risk = spot || archChange ? Risk.Medium : Risk.Low;
        if (workload.Kind == WorkloadKind.LambdaFunction)
        {
            return OptionResult.Infeasible(label, family, "a Lambda function is not moved to Fargate", risk, effort, context.Confidence);
        }

        var pod = workload.Kind == WorkloadKind.EksFargatePod;
        if (pod && (spot || architecture == "arm64"))
        {
            return OptionResult.Infeasible(label, family, spot ? EksFargatePods.NoFargateSpot : EksFargatePods.NoArm, risk, effort, context.Confidence);
        }

        var profile = context.Profile;
        if (settings.InsufficientDataReason(profile) is { } tooLittleData)
        {
            return OptionResult.Infeasible(label, family, tooLittleData, risk, effort, Confidence.Low);
        }

        if (spot && !context.Tolerance.Tolerant)
        {
            return OptionResult.Infeasible(label, family, context.Tolerance.Reason, risk, effort, context.Confidence);
        }

        if (rate is null)
        {
            return OptionResult.Infeasible(label, family, $"no Fargate {(spot ? "spot" : "on-demand")} {architecture} rate for {workload.Region}", risk, effort, context.Confidence);
        }

        if (workload.Vcpu is not { } currentVcpu || workload.MemoryGib is not { } currentMemory)
        {
            return OptionResult.Infeasible(label, family, "current size unknown: cannot size a task", risk, effort, context.Confidence);
        }

        var need = DemandRequirement.From(profile, settings, currentVcpu, currentMemory);
        var batch = profile.Shape.IsBatch();
        FleetChange? change = null;
        string? basis = null;
        FargateTaskSize? size;
        UnitSeries? series = null;
        if (FleetRequirement.IsPooled(workload.Kind))
        {
            // A pooled workload is sized as a fleet: task size and count together, hour by hour.
            var fleet = FleetRequirement.From(context, settings, currentVcpu, currentMemory);
            // An EKS pod's task keeps 256 MB for the Kubernetes components: the work gets the rest.
            var sized = FleetFargateSizer.Cheapest(context.FleetSizers.For(fleet), fleet, rate.UsdPerVcpuHour, rate.UsdPerGbHour, batch, pod ? EksFargatePods.KubernetesReservedGb : 0m);
            size = sized?.Task;
            if (sized is { } s)
            {
                series = s.Size.Series;
                change = fleet.Change(CurrentSize(workload, currentVcpu, currentMemory), Describe(s.Task), s.Size);
                basis = fleet.Basis();
            }
        }
        else
        {
            // One unit: one task, in every hour or (batch) in each active hour.
            size = FargateTaskSizer.Smallest(need.Vcpu, need.MemoryGib, rate.UsdPerVcpuHour, rate.UsdPerGbHour);
            series = !batch ? UnitSeries.Always(1)
                : profile.Hours is { Count: > 0 } hours ? UnitSeries.From(hours, h => h.Active ? 1 : 0)
                : new UnitSeries(null, UnitCount.Fixed(1), (double)Billing.HoursPerMonth * profile.ActiveHoursFraction);
        }

        if (size is null || series is null)
        {
            return OptionResult.Infeasible(
                label,
                family,
                string.Create(CultureInfo.InvariantCulture, $"{need.Vcpu:0.##} vCPU and {need.MemoryGib:0.##} GB exceed the largest task (16 vCPU, 120 GB)"),
                risk,
                effort,
                context.Confidence);
        }

        var monthly = ((size.Vcpu * rate.UsdPerVcpuHour) + (size.MemoryGb * rate.UsdPerGbHour)) * series.MonthlyUnitHours;
        var target = new OptionTarget(null, architecture, (double)size.Vcpu, (double)size.MemoryGb, null, spot ? "spot" : "on-demand", series.MonthlyHours, series.Units)
        {
            Change = change,
            HourlyUnits = series.Hourly,
        };
        var notes = new List<string>();
        if (change is not null)
        {
            notes.Add(change.ToString());
        }

        if (basis is not null)
        {
            notes.Add(basis);
        }

        if (batch)
        {
            notes.Add(string.Create(CultureInfo.InvariantCulture, $"batch shape: runs the tasks each active hour needs, {series.MonthlyHours:0} h a month"));
        }

        if (pod)
        {
            notes.Add($"set the pods' {EksFargatePods.Requests(size)} (Fargate adds 256 MB and bills {Describe(size)})");
        }

        if (need.MemoryNote is { } memoryNote)
        {
            notes.Add(memoryNote);
        }

        var confidence = context.Confidence;
        if (spot && PriceAge.Stale(rate.Source, context.PricesNeededAt, settings.SpotPriceMaxAgeDays) is { } stale)
        {
            confidence = confidence.Lower();
            notes.Add(stale);
        }

        if (change is { Reduces: true })
        {
            risk = risk.Raise();
        }

        var currentCovers = need.IsCoveredBy(currentVcpu, currentMemory);
        return OptionResult.Priced(
            $"{label}:{size}",
            family,
            monthly,
            context.CurrentMonthlyCost,
            risk,
            effort,
            confidence,
            target,
            notes.Count == 0 ? null : string.Join("; ", notes),
            fixesUnderProvisioning: !currentCovers && monthly > context.CurrentMonthlyCost);
    }

    /// <summary>A task size as people write it: "1 vCPU/2 GB".</summary>
    public static string Describe(FargateTaskSize size)
    {
        ArgumentNullException.ThrowIfNull(size);
        return string.Create(CultureInfo.InvariantCulture, $"{size.Vcpu:0.##} vCPU/{size.MemoryGb:0.##} GB");
    }

    // An ECS service on Fargate keeps its task size's name, an EKS pod the size Fargate bills for its requests; an
    // EC2-backed fleet names its instance type.
    private static string CurrentSize(Workload workload, double vcpu, double memoryGib) =>
        workload.InstanceType
        ?? (workload.Kind == WorkloadKind.EksFargatePod && EksFargatePods.Provisioned(vcpu, memoryGib) is { } billed ? Describe(billed)
            : string.Create(CultureInfo.InvariantCulture, $"{vcpu:0.##} vCPU/{memoryGib:0.##} GB"));

    private static Effort EffortFor(Workload workload, bool archChange)
    {
        if (workload.Kind == WorkloadKind.EksFargatePod)
        {
            // A change to the pod spec's resources, rolled out by the Deployment.
            return Effort.Low;
        }

        if (workload.Kind == WorkloadKind.EcsService)
        {
            var onFargate = string.Equals(workload.LaunchType, "FARGATE", StringComparison.OrdinalIgnoreCase);
            return onFargate && !archChange ? Effort.Low : Effort.Medium;
        }

        // EC2 instances and groups must be containerized first.
        return Effort.High;
    }
}
