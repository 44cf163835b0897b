using System.Globalization;
using Analyzer.Core.Collection;
using Analyzer.Core.Options;
using Analyzer.Core.Reporting;

namespace Analyzer.Core.Rules;

/// <summary>
/// Judges an On-Demand Capacity Reservation from the instances matched to it hour by hour (same account, region,
/// instance type, platform and tenancy): never used, release it; always partly unused, reduce it by what was never
/// used; used in some hours only, match it to the instances (an end date, or launching into it). The waste is the
/// unused instances times the on-demand price for a 730-hour month.
/// </summary>
public static class CapacityReservationAdvisor
{
    /// <param name="hourlyUsed">Instances matched to the reservation in each hour it was active in the window (each at most its total).</param>
    /// <param name="onDemandUsdPerHour">The on-demand price of its type, platform and tenancy; null when the catalog has none.</param>
    public static CapacityReservationFinding Advise(CapacityReservation reservation, IReadOnlyList<int> hourlyUsed, decimal? onDemandUsdPerHour)
    {
        ArgumentNullException.ThrowIfNull(reservation);
        ArgumentNullException.ThrowIfNull(hourlyUsed);
        var total = reservation.TotalInstanceCount;
        var used = hourlyUsed.Select(u => Math.Clamp(u, 0, total)).ToList();

        // Without an hour in the window (it began later), AWS's own count of unused slots is the basis.
        var unused = used.Count == 0 ? [reservation.AvailableInstanceCount] : used.Select(u => total - u).ToList();
        var average = unused.Average();
        var minimum = unused.Min();
        var maxUsed = used.Count == 0 ? total - reservation.AvailableInstanceCount : used.Max();
        decimal? waste = onDemandUsdPerHour is { } price ? decimal.Round((decimal)average * price * Billing.HoursPerMonth, 2, MidpointRounding.AwayFromZero) : null;
        var what = $"{reservation.InstanceType} {reservation.Platform} in {reservation.AvailabilityZone}";
        var cost = waste is { } w ? string.Create(CultureInfo.InvariantCulture, $"{w:0.00} USD a month") : "unpriced (no on-demand price for its platform and tenancy)";
        var (action, advice) = (average, maxUsed, minimum) switch
        {
            ( < 0.005, _, _) => ("keep", $"Keep it: matching instances used all {total} of its {what} every hour."),
            (_, 0, _) => ("release", $"Release it (CancelCapacityReservation): no running {what} used any of its {total} instances; the unused capacity costs {cost}."),
            (_, _, >= 1) => ("reduce", $"Reduce it from {total} to {total - minimum} instances (ModifyCapacityReservation): at least {minimum} of its {total} {what} were unused every hour; the unused capacity costs {cost}."),
            _ => ("match", $"Match it to its instances: all {total} were used in some hours only; set an end date for when they stop, or launch {reservation.InstanceType} instances into it{(reservation.InstanceMatchCriteria == "targeted" ? " (targeted: only instances launched into it use it)" : string.Empty)}; the unused capacity costs {cost}."),
        };
        return new CapacityReservationFinding(reservation, used.Count, Math.Round(average, 2), minimum, maxUsed, onDemandUsdPerHour, waste, action, advice);
    }
}
