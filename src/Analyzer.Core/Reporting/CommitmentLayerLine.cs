namespace Analyzer.Core.Reporting;

/// <summary>
/// One layer of the commitment portfolio as the report shows it: Standard Reserved Instances for one family in one
/// region, or the Compute Savings Plan over what they leave.
/// </summary>
/// <param name="Plan">"Standard Reserved Instances" or "Compute Savings Plan".</param>
/// <param name="Scope">"us-east-1 m6g", or "any region and family".</param>
/// <param name="InstanceType">RIs: the size they are counted in (size-flexible within the family); null for a plan.</param>
/// <param name="UpfrontUsd">Null where the price catalog does not give it (Partial Upfront RIs).</param>
/// <param name="CoveragePercent">Share of the whole fleet's on-demand-equivalent spend this layer covers.</param>
/// <param name="BreakEvenMonth">Null: never within the term, or the upfront is not known.</param>
public sealed record CommitmentLayerLine(
    string Plan,
    string Scope,
    string? InstanceType,
    int? InstanceCount,
    decimal HourlyCommitment,
    decimal? UpfrontUsd,
    decimal MonthlyNetSavings,
    decimal UtilizationPercent,
    decimal CoveragePercent,
    int? BreakEvenMonth)
{
    public bool UpfrontKnown => UpfrontUsd is not null;

    /// <summary>Buy now: what today's fleet already justifies in this scope; null for runs before migration 0016.</summary>
    public CommitmentTrancheLine? Now { get; init; }

    /// <summary>Buy once the rightsizing lands: the rest of the layer.</summary>
    public CommitmentTrancheLine? AfterRightsizing { get; init; }

    /// <summary>Buy as held plans lapse, beyond the layer; null or empty when nothing lapses within a year.</summary>
    public CommitmentTrancheLine? Renewal { get; init; }

    /// <summary>The whole layer's net savings and utilization if usage dropped 10/20/30%.</summary>
    public IReadOnlyList<CommitmentDropLine> Drops { get; init; } = [];

    public CommitmentDropLine? Drop(int percent) => Drops.FirstOrDefault(d => d.DropPercent == percent);
}
