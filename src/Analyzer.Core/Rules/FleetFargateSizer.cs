namespace Analyzer.Core.Rules;

/// <summary>
/// The cheapest Fargate configuration for a pooled workload: every valid task size at the task count that covers
/// the fleet's demand (<see cref="FleetRequirement"/>), ties to the count nearest today's, then fewer vCPUs.
/// </summary>
public static class FleetFargateSizer
{
    /// <returns>The task size and counts, or null when no size is allowed (the memory floor exceeds 120 GB).</returns>
    public static (FargateTaskSize Task, FleetSize Size)? Cheapest(FleetRequirement fleet, decimal usdPerVcpuHour, decimal usdPerGbHour)
    {
        ArgumentNullException.ThrowIfNull(fleet);
        var best = FargateTaskSizer.ValidSizes
            .Select(t => (Task: t, Size: fleet.SizeFor((double)t.Vcpu, (double)t.MemoryGb)))
            .Where(c => c.Size is not null)
            .Select(c => (c.Task, Size: c.Size!, Hourly: ((c.Task.Vcpu * usdPerVcpuHour) + (c.Task.MemoryGb * usdPerGbHour)) * (decimal)c.Size!.MeanUnits))
            .OrderBy(c => Math.Round(c.Hourly, 4))
            .ThenBy(c => Math.Abs(c.Size.PeakUnits - fleet.CurrentPeakUnits))
            .ThenBy(c => c.Task.Vcpu)
            .FirstOrDefault();
        return best.Task is null ? null : (best.Task, best.Size);
    }
}
