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
    bool LapsesSoon);
