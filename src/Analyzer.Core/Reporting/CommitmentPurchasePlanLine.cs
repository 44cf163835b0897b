namespace Analyzer.Core.Reporting;

/// <summary>
/// The recommended portfolio's purchase plan totals: each tranche summed over the layers (the layers carry their own),
/// what buying now saves on today's fleet, the whole portfolio's usage-drop risk, the held plans the renewal replaces,
/// and the layers only the renewal needs.
/// </summary>
/// <param name="NowMonthlyNetSavingsToday">What the buy-now tranches save per month on the fleet as it runs today.</param>
/// <param name="Drops">The whole portfolio's net savings and commitment-weighted utilization if usage dropped 10/20/30%.</param>
/// <param name="RenewalOnly">Layers the portfolio does not have today that the renewal adds (only their renewal tranche is set).</param>
public sealed record CommitmentPurchasePlanLine(
    CommitmentTrancheLine Now,
    CommitmentTrancheLine AfterRightsizing,
    CommitmentTrancheLine Renewal,
    decimal NowMonthlyNetSavingsToday,
    IReadOnlyList<CommitmentDropLine> Drops,
    int LapsingPlans,
    decimal LapsingHourly,
    DateOnly? FirstEnd,
    IReadOnlyList<CommitmentLayerLine> RenewalOnly)
{
    /// <summary>RIs took what a family runs in at least this share of the hours.</summary>
    public decimal SteadySharePercent { get; init; } = 95m;

    /// <summary>What the RI layers save where the catalog has no Compute Savings Plan rate (a single plan cannot cover it).</summary>
    public decimal MonthlyNetSavingsWithoutComputeRate { get; init; }

    /// <summary>Their regions, e.g. "eu-west-1".</summary>
    public string RegionsWithoutComputeRate { get; init; } = string.Empty;

    public bool HasRenewal => LapsingPlans > 0;

    public CommitmentDropLine? Drop(int percent) => Drops.FirstOrDefault(d => d.DropPercent == percent);
}
