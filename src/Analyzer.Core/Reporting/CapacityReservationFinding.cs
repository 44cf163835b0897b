using Analyzer.Core.Collection;

namespace Analyzer.Core.Reporting;

/// <summary>
/// One active On-Demand Capacity Reservation and what of it went unused over the window: reserved capacity is paid
/// at the on-demand rate whether or not instances use it, so every unused instance-hour is waste.
/// </summary>
/// <param name="Hours">Hours of the window the reservation was active; 0 when it began after the window (then AWS's available count is the basis).</param>
/// <param name="AverageUnused">Unused instances averaged over those hours.</param>
/// <param name="MinimumUnused">The fewest instances unused in any of those hours.</param>
/// <param name="MaximumUsed">The most instances matched to it in any hour.</param>
/// <param name="OnDemandUsdPerHour">The on-demand price of its type, platform and tenancy; null when the catalog has none.</param>
/// <param name="MonthlyWasteUsd">Unused capacity for a 730-hour month at that price; null when unpriced.</param>
/// <param name="Action">"release", "reduce", "match" or "keep".</param>
/// <param name="Advice">What to do, in EC2's words (CancelCapacityReservation, ModifyCapacityReservation...).</param>
public sealed record CapacityReservationFinding(
    CapacityReservation Reservation,
    int Hours,
    double AverageUnused,
    int MinimumUnused,
    int MaximumUsed,
    decimal? OnDemandUsdPerHour,
    decimal? MonthlyWasteUsd,
    string Action,
    string Advice)
{
    public bool IsPriced => MonthlyWasteUsd is not null;
}
