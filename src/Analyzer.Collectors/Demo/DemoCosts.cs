using Analyzer.Core.Costs;
using Analyzer.Core.Time;
using Analyzer.Core.Workloads;

namespace Analyzer.Collectors.Demo;

/// <summary>
/// A workload's daily cost lines, summed from the same replay as its samples, as Cost Explorer shows them grouped
/// by resource: price x instance-hours for EC2, ASG and ECS on EC2; vCPU-hours and GB-hours for Fargate;
/// GB-seconds and requests for Lambda. Unblended equals amortized (no commitments); each line is rounded to the cent.
/// </summary>
internal static class DemoCosts
{
    public const string Ec2Service = "Amazon Elastic Compute Cloud - Compute";
    public const string EcsService = "Amazon Elastic Container Service";
    public const string LambdaService = "AWS Lambda";

    /// <summary>Cost Explorer's name for EKS, under which pods on Fargate are billed.</summary>
    public const string EksService = "Amazon Elastic Container Service for Kubernetes";

    public static IEnumerable<CostLine> For(DemoWorkload workload, Period window)
    {
        DateOnly? day = null;
        decimal unitHours = 0;
        decimal requests = 0;
        decimal gbSeconds = 0;
        var memoryGb = (workload.Workload.LambdaMemoryMb ?? 0) / 1024m;
        foreach (var sample in DemoSamples.For(workload, window))
        {
            var sampleDay = DateOnly.FromDateTime(sample.Hour);
            if (day is { } open && open != sampleDay)
            {
                foreach (var line in Lines(workload, open, unitHours, requests, gbSeconds))
                {
                    yield return line;
                }

                (unitHours, requests, gbSeconds) = (0, 0, 0);
            }

            day = sampleDay;
            unitHours += (decimal)(sample.RunningCount ?? 1);
            if (sample.Invocations is { } invocations)
            {
                requests += (decimal)invocations;
                gbSeconds += (decimal)invocations * (decimal)sample.DurationAverageMs!.Value / 1000m * memoryGb;
            }
        }

        if (day is { } last)
        {
            foreach (var line in Lines(workload, last, unitHours, requests, gbSeconds))
            {
                yield return line;
            }
        }
    }

    private static IEnumerable<CostLine> Lines(DemoWorkload workload, DateOnly day, decimal unitHours, decimal requests, decimal gbSeconds)
    {
        var w = workload.Workload;
        var region = DemoRegion.Of(w.Region);
        if (workload.Ec2Hourly is { } hourly)
        {
            yield return Line(w, day, Ec2Service, $"{region.UsagePrefix}BoxUsage:{w.InstanceType}", unitHours, hourly);
        }
        else if (workload.Fargate is { } podRate && w.Kind == WorkloadKind.EksFargatePod
            && Core.Rules.EksFargatePods.Provisioned(w.Vcpu!.Value, w.MemoryGib!.Value) is { } billed)
        {
            // A pod is billed at the size Fargate provisions for its requests, not at its requests.
            yield return Line(w, day, EksService, $"{region.FargatePrefix}Fargate-vCPU-Hours:perCPU", billed.Vcpu * unitHours, podRate.UsdPerVcpuHour);
            yield return Line(w, day, EksService, $"{region.FargatePrefix}Fargate-GB-Hours", billed.MemoryGb * unitHours, podRate.UsdPerGbHour);
        }
        else if (workload.Fargate is { } fargate)
        {
            var arm = w.Architecture == "arm64" ? "ARM-" : "";
            yield return Line(w, day, EcsService, $"{region.FargatePrefix}Fargate-{arm}vCPU-Hours:perCPU", (decimal)w.Vcpu!.Value * unitHours, fargate.UsdPerVcpuHour);
            yield return Line(w, day, EcsService, $"{region.FargatePrefix}Fargate-{arm}GB-Hours", (decimal)w.MemoryGib!.Value * unitHours, fargate.UsdPerGbHour);
        }
        else if (workload.Lambda is { } lambda)
        {
            var arm = w.Architecture == "arm64" ? "-ARM" : "";
            yield return Line(w, day, LambdaService, $"{region.UsagePrefix}Lambda-GB-Second{arm}", gbSeconds, lambda.UsdPerGbSecond);
            yield return Line(w, day, LambdaService, $"{region.UsagePrefix}Request{arm}", requests, lambda.UsdPerMillionRequests / 1_000_000m);
        }
    }

    private static CostLine Line(Workload w, DateOnly day, string service, string usageType, decimal quantity, decimal rate)
    {
        var usage = Math.Round(quantity, 6, MidpointRounding.AwayFromZero);
        var cost = Math.Round(usage * rate, 2, MidpointRounding.AwayFromZero);
        return new CostLine(day, w.AccountId, w.Region, service, usageType, w.WorkloadId, cost, cost, usage);
    }
}
