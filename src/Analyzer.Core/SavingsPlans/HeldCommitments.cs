namespace Analyzer.Core.SavingsPlans;

/// <summary>
/// The Savings Plans held that the fleet optimizer applies before recommending more: EC2 Instance plans cover their
/// region and family first, then <see cref="ComputeHourly"/> is the Compute commitment held.
/// </summary>
/// <param name="Plans">The plans from the bill active at the window's end (all of them, SageMaker too, for the report).</param>
/// <param name="ComputeHourly">Compute Savings Plan commitment held, USD per hour: the setting when given, else the bill's sum.</param>
/// <param name="ComputeFromSetting">True when <see cref="ComputeHourly"/> came from the heldSavingsPlanHourlyUsd setting.</param>
public sealed record HeldCommitments(IReadOnlyList<HeldPlan> Plans, decimal ComputeHourly, bool ComputeFromSetting)
{
    /// <summary>Days ahead a plan's end is called out in the report.</summary>
    public const int LapseWarningDays = 90;

    public const string Compute = "compute";

    public const string Ec2Instance = "ec2instance";

    public static HeldCommitments None { get; } = new([], 0m, false);

    /// <summary>The plans active at <paramref name="at"/> (the window's end); <paramref name="setting"/>, when given, replaces their Compute sum.</summary>
    public static HeldCommitments From(IEnumerable<HeldPlan> bill, DateTime at, decimal? setting)
    {
        ArgumentNullException.ThrowIfNull(bill);
        var active = bill.Where(p => p.IsActiveAt(at) && p.HourlyCommitment > 0).OrderBy(p => p.Arn, StringComparer.Ordinal).ToList();
        var compute = active.Where(p => p.Plan == Compute).Sum(p => p.HourlyCommitment);
        return new HeldCommitments(active, setting ?? compute, setting is not null);
    }

    /// <summary>
    /// The plans active at any hour of <paramref name="window"/>, each applied only in the hours it was active (a plan
    /// that ends inside the window stops covering at its end); the Compute commitment held is the sum of the Compute
    /// plans active at the window's end. <paramref name="setting"/>, when given, replaces it for every hour.
    /// </summary>
    public static HeldCommitments From(IEnumerable<HeldPlan> bill, Time.Period window, decimal? setting)
    {
        ArgumentNullException.ThrowIfNull(bill);
        var plans = bill.Where(p => p.HourlyCommitment > 0 && (p.StartsAt is null || p.StartsAt < window.End) && (p.EndsAt is null || p.EndsAt > window.Start))
            .OrderBy(p => p.Arn, StringComparer.Ordinal).ToList();
        var compute = plans.Where(p => p.Plan == Compute && p.IsActiveAt(window.End.AddHours(-1))).Sum(p => p.HourlyCommitment);
        return new HeldCommitments(plans, setting ?? compute, setting is not null) { WindowStart = window.Start };
    }

    /// <summary>
    /// These plans and <paramref name="added"/> (a what-if's purchases): each is applied like a plan held, and a Compute
    /// one adds to <see cref="ComputeHourly"/> (which is what the optimizer applies when the amount came from the setting).
    /// </summary>
    public HeldCommitments Plus(IReadOnlyList<HeldPlan> added)
    {
        ArgumentNullException.ThrowIfNull(added);
        return added.Count == 0
            ? this
            : this with { Plans = [.. Plans, .. added], ComputeHourly = ComputeHourly + added.Where(p => p.Plan == Compute).Sum(p => p.HourlyCommitment) };
    }

    /// <summary>The start of the hourly series the plans are applied to; null applies every plan to every hour.</summary>
    public DateTime? WindowStart { get; init; }

    /// <summary>Whether <paramref name="plan"/> covers hour <paramref name="hour"/> (0-based) of the series.</summary>
    public bool Covers(HeldPlan plan, int hour)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return WindowStart is not { } start || plan.IsActiveAt(start.AddHours(hour));
    }

    /// <summary>Whether <paramref name="plan"/> covers every one of <paramref name="hours"/> hours.</summary>
    public bool CoversAll(HeldPlan plan, int hours) => hours == 0 || (Covers(plan, 0) && Covers(plan, hours - 1));

    /// <summary>
    /// Reserved Instances held: applied before every Savings Plan, as AWS applies RIs first, each in the hours it is
    /// active (the portfolio then sizes only what they leave). Not yet read from AWS: empty unless given.
    /// </summary>
    public IReadOnlyList<HeldReservedInstance> ReservedInstances { get; init; } = [];

    /// <summary>Whether <paramref name="ri"/> covers hour <paramref name="hour"/> (0-based) of the series.</summary>
    public bool Covers(HeldReservedInstance ri, int hour)
    {
        ArgumentNullException.ThrowIfNull(ri);
        return WindowStart is not { } start || ri.IsActiveAt(start.AddHours(hour));
    }

    /// <summary>EC2 Instance plans held, applied to their region and family before anything else but the RIs held.</summary>
    public IEnumerable<HeldPlan> Ec2InstancePlans => Plans.Where(p => p.Plan == Ec2Instance && p.Region is not null && p.InstanceFamily is not null);
}
