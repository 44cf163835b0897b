namespace Analyzer.Core.Reporting;

/// <summary>One purchase of a portfolio layer as the report shows it (buy now, after the rightsizing, or at renewal).</summary>
/// <param name="InstanceCount">RIs to buy; null for a Savings Plan.</param>
/// <param name="UpfrontUsd">Null where the price catalog does not give it (Partial Upfront RIs).</param>
/// <param name="MonthlyNetSavings">What the purchase adds to the layer's net savings per month.</param>
public sealed record CommitmentTrancheLine(int? InstanceCount, decimal HourlyCommitment, decimal? UpfrontUsd, decimal MonthlyNetSavings)
{
    public bool IsEmpty => HourlyCommitment == 0;

    public bool UpfrontKnown => UpfrontUsd is not null;
}
