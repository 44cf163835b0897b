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

    /// <summary>EC2 Instance plans held, applied to their region and family before anything else.</summary>
    public IEnumerable<HeldPlan> Ec2InstancePlans => Plans.Where(p => p.Plan == Ec2Instance && p.Region is not null && p.InstanceFamily is not null);
}
