namespace Analyzer.Core.Rules;

/// <summary>
/// The cheapest Fargate configuration for a pooled workload: every valid task size at the whole task counts that cover
/// the fleet's demand hour by hour (<see cref="FleetRequirement"/>), ties to the count nearest today's, then fewer vCPUs.
/// </summary>
public static class FleetFargateSizer
{
    /// <param name="activeHoursOnly">Batch work: tasks run only in active hours.</param>
    /// <param name="reservedGb">Memory of each task not available to the work (EKS Fargate's 256 MB for the Kubernetes components).</param>
    /// <returns>The task size and counts, or null when no size is allowed (the memory floor exceeds 120 GB).</returns>
    public static (FargateTaskSize Task, FleetSize Size)? Cheapest(FleetRequirement fleet, decimal usdPerVcpuHour, decimal usdPerGbHour, bool activeHoursOnly = false, decimal reservedGb = 0m)
    {
        ArgumentNullException.ThrowIfNull(fleet);
        return Cheapest(new FleetSizer(fleet), fleet, usdPerVcpuHour, usdPerGbHour, activeHoursOnly, reservedGb);
    }

    /// <param name="sizer">The workload's sizer for <paramref name="fleet"/>: the sizes its other options worked out are reused.</param>
    internal static (FargateTaskSize Task, FleetSize Size)? Cheapest(FleetSizer sizer, FleetRequirement fleet, decimal usdPerVcpuHour, decimal usdPerGbHour, bool activeHoursOnly, decimal reservedGb)
    {
        // Sizes depend only on a task's vCPUs once its memory clears the floor: the sizer works out each count once.
        FleetSize? SizeFor(FargateTaskSize t) => sizer.SizeFor((double)t.Vcpu, (double)(t.MemoryGb - reservedGb), activeHoursOnly);
        var best = FargateTaskSizer.ValidSizes
            .Select(t => (Task: t, Size: SizeFor(t)))
            .Where(c => c.Size is not null)
            .Select(c => (c.Task, Size: c.Size!, Monthly: ((c.Task.Vcpu * usdPerVcpuHour) + (c.Task.MemoryGb * usdPerGbHour)) * c.Size!.Series.MonthlyUnitHours))
            .OrderBy(c => Math.Round(c.Monthly, 2))
            .ThenBy(c => Math.Abs(c.Size.PeakUnits - fleet.CurrentPeakUnits))
            .ThenBy(c => c.Task.Vcpu)
            .FirstOrDefault();
        return best.Task is null ? null : (best.Task, best.Size);
    }
}
