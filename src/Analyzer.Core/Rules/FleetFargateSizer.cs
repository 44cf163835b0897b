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
        // One pass keeping the cheapest to the cent, then the count nearest today's peak, fewer vCPUs: a loop rather
        // than an ordered query, as this runs twice for every fleet. Only a strictly better size replaces the best, so
        // a full tie keeps the first valid size, as a stable sort would.
        (FargateTaskSize? Task, FleetSize? Size, decimal Cents) best = (null, null, 0m);
        foreach (var task in FargateTaskSizer.ValidSizes)
        {
            if (sizer.SizeFor((double)task.Vcpu, (double)(task.MemoryGb - reservedGb), activeHoursOnly) is not { } size)
            {
                continue;
            }

            var cents = Math.Round(((task.Vcpu * usdPerVcpuHour) + (task.MemoryGb * usdPerGbHour)) * size.Series.MonthlyUnitHours, 2);
            if (best.Size is not { } sofar || Precedes((cents, size, task.Vcpu), (best.Cents, sofar, best.Task!.Vcpu), fleet))
            {
                best = (task, size, cents);
            }
        }

        return best.Task is null ? null : (best.Task, best.Size!);
    }

    private static bool Precedes((decimal Cents, FleetSize Size, decimal Vcpu) a, (decimal Cents, FleetSize Size, decimal Vcpu) b, FleetRequirement fleet)
    {
        var order = a.Cents.CompareTo(b.Cents);
        order = order != 0 ? order : Math.Abs(a.Size.PeakUnits - fleet.CurrentPeakUnits).CompareTo(Math.Abs(b.Size.PeakUnits - fleet.CurrentPeakUnits));
        order = order != 0 ? order : a.Vcpu.CompareTo(b.Vcpu);
        return order < 0;
    }
}
