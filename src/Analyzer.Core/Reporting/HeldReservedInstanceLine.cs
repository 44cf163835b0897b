using System.Globalization;

namespace Analyzer.Core.Reporting;

/// <summary>One Reserved Instance purchase held, as the report shows it: what it is, what it covers or why not. Strings came from AWS.</summary>
/// <param name="Scope">"Region" or "Availability Zone" (then <paramref name="AvailabilityZone"/>).</param>
/// <param name="Covers">What the run applied it to ("us-east-1 m5, any size ...") or why it applied it to nothing ("not applied: ...").</param>
/// <param name="OnDemandUsdPerHour">Its count x its type's on-demand rate; 0 when the catalog has none.</param>
/// <param name="MonthlyCoveredUsd">The recommended fleet's on-demand-equivalent spend it covers, per 730-hour month.</param>
/// <param name="MonthlyCoveredTodayUsd">The same on the fleet as it runs today: more than on the recommended fleet when the rightsizing moves usage off what it covers.</param>
/// <param name="EndsOn">The day its term ends (exclusive), when known.</param>
/// <param name="LapsesSoon">It ends within 90 days of the window's end: its coverage will lapse.</param>
public sealed record HeldReservedInstanceLine(
    string AccountId,
    string ReservedInstancesId,
    string Region,
    string InstanceType,
    int InstanceCount,
    string Scope,
    string AvailabilityZone,
    string OfferingClass,
    string OfferingType,
    string Platform,
    string Tenancy,
    bool Applied,
    string Covers,
    decimal OnDemandUsdPerHour,
    decimal MonthlyCoveredUsd,
    decimal MonthlyCoveredTodayUsd,
    DateOnly? EndsOn,
    bool LapsesSoon)
{
    /// <summary>The purchase's fee per hour of its term (hourly charges plus the upfront over the term), used or not.</summary>
    public decimal AmortizedUsdPerHour { get; init; }

    /// <summary>Its fee over the hours of the window it is active in, per 730-hour month (applied ones only).</summary>
    public decimal MonthlyFeeUsd { get; init; }

    /// <summary>"active", or "queued": bought to start on <see cref="StartsOn"/>, applied only from then.</summary>
    public string State { get; init; } = "active";

    public DateOnly? StartsOn { get; init; }

    /// <summary>The workloads the rightsizing moves off it (today on usage it applies to, recommended on usage it does not).</summary>
    public int MovedWorkloads { get; init; }

    /// <summary>What their recommendations save per month at on-demand prices (before the coverage it loses).</summary>
    public decimal MovedMonthlySavingsUsd { get; init; }

    public bool Queued => string.Equals(State, "queued", StringComparison.Ordinal);

    /// <summary>
    /// What it covers today that it no longer covers on the recommended fleet, per month: the rightsizing moves that
    /// usage off it while its fee is paid until it ends, so the workloads moved save this much less until then than
    /// their on-demand prices say (today and after both pay the fee: the difference is the coverage lost).
    /// </summary>
    public decimal MonthlyStrandedUsd => Applied ? Math.Max(0m, MonthlyCoveredTodayUsd - MonthlyCoveredUsd) : 0m;

    /// <summary>The advice for a stranded RI (what it costs, until when, what to do); empty when it is not stranded.</summary>
    public string Advice => MonthlyStrandedUsd <= 0 ? string.Empty : string.Create(CultureInfo.InvariantCulture,
        $"stranded by the rightsizing: it covers ${MonthlyCoveredTodayUsd:#,##0.00}/month of today's fleet and ${MonthlyCoveredUsd:#,##0.00}/month of the recommended one (what still runs {Target} there takes it first); its fee, ${MonthlyFeeUsd:#,##0.00}/month, is paid {Until} either way, so the workloads moved off it save ${MonthlyStrandedUsd:#,##0.00}/month less {Until} than their on-demand prices say{Moved} {Decision}, {Remedy}");

    // The workloads moved off it and what they save net of the coverage lost until it ends.
    private string Moved => MovedWorkloads <= 0 ? "." : string.Create(CultureInfo.InvariantCulture,
        $" ({MovedWorkloads} workload(s) saving ${MovedMonthlySavingsUsd:#,##0.00}/month on demand: {(MovedMonthlySavingsUsd - MonthlyStrandedUsd < 0 ? "-" : string.Empty)}${Math.Abs(MovedMonthlySavingsUsd - MonthlyStrandedUsd):#,##0.00}/month net until then).");

    private string Decision => MovedWorkloads <= 0
        ? "Move them before then only where they save more than that, else at its end"
        : MovedMonthlySavingsUsd > MonthlyStrandedUsd ? "Moving them now still pays" : "Move them at its end (moving now costs more than it saves until then)";

    private string Target => Covers.Contains("any size", StringComparison.Ordinal) ? $"{InstanceType[..Math.Max(0, InstanceType.IndexOf('.', StringComparison.Ordinal))]} in {Region}" : $"{InstanceType} in {Region}";

    private string Until => EndsOn is { } end ? string.Create(CultureInfo.InvariantCulture, $"until {end:yyyy-MM-dd}") : "until its term ends";

    private string Remedy => string.Equals(OfferingClass, "convertible", StringComparison.OrdinalIgnoreCase)
        ? "or exchange it for the family they move to (a Convertible RI can be exchanged)."
        : "or sell its remaining term on the Reserved Instance Marketplace (a Standard RI cannot be exchanged for another family).";
}
