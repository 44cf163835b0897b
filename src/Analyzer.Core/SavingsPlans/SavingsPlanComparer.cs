using System.Globalization;

namespace Analyzer.Core.SavingsPlans;

/// <summary>
/// Sets each Cost Explorer recommendation beside our result for the same offer, evaluates Cost Explorer's commitment on
/// our series, and says in one line why the two differ where we can know it.
/// </summary>
public static class SavingsPlanComparer
{
    /// <summary>Commitments within this share of each other (or a tenth of a cent an hour) are called the same.</summary>
    private const decimal Close = 0.05m;

    public static IReadOnlyList<SavingsPlanComparison> Compare(
        IEnumerable<CostExplorerSavingsPlanRecommendation> costExplorer, FleetCommitmentPlan plan, int windowDays, HeldCommitments held)
    {
        ArgumentNullException.ThrowIfNull(costExplorer);
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(held);
        var comparisons = new List<SavingsPlanComparison>();
        foreach (var ce in costExplorer.OrderBy(c => c.Plan, StringComparer.Ordinal).ThenBy(c => c.TermYears).ThenBy(c => c.Payment, StringComparer.Ordinal))
        {
            var ours = plan.Results.FirstOrDefault(r => r.Offer.Label == ce.Label);
            if (ours is null || plan.EvaluateAdditional(ce.Label, ce.HourlyCommitment) is not { } onOurs)
            {
                continue;
            }

            var ourPoint = plan.EvaluateAdditional(ce.Label, ours.AdditionalCommitment)!.Value.Point;
            comparisons.Add(new SavingsPlanComparison(
                ce, ours.AdditionalCommitment, ours.AdditionalMonthlySavings, ourPoint.UtilizationPercent,
                Math.Round(onOurs.AdditionalMonthlySavings, 2, MidpointRounding.AwayFromZero), onOurs.Point.UtilizationPercent,
                Reason(ce, ours.AdditionalCommitment, windowDays, held)));
        }

        return comparisons;
    }

    public static string Reason(CostExplorerSavingsPlanRecommendation ce, decimal ours, int windowDays, HeldCommitments held)
    {
        ArgumentNullException.ThrowIfNull(ce);
        ArgumentNullException.ThrowIfNull(held);
        var larger = Math.Max(ce.HourlyCommitment, ours);
        if (Math.Abs(ce.HourlyCommitment - ours) <= Math.Max(0.001m, larger * Close))
        {
            return "About the same commitment as ours.";
        }

        var why = new List<string>
        {
            ce.HourlyCommitment > ours
                ? "Cost Explorer recommends more: it sizes from past usage as it ran, ours from the recommended (rightsized) fleet"
                : "Cost Explorer recommends less: it sizes from past usage as it ran, ours from the recommended fleet, which may upsize or move work onto EC2",
        };
        if (ce.Plan == HeldCommitments.Compute)
        {
            // FleetSavingsPlans leaves Fargate and Lambda out: the catalog has no Savings Plan rates for them.
            why.Add("ours counts EC2 usage only, Cost Explorer's Compute plan also Fargate and Lambda");
        }

        if (ce.LookbackDays != windowDays)
        {
            why.Add(string.Create(CultureInfo.InvariantCulture, $"it looked back {ce.LookbackDays} days, our window is {windowDays} days"));
        }

        if (held.ComputeFromSetting)
        {
            why.Add("ours counts the Compute commitment held from the heldSavingsPlanHourlyUsd setting, Cost Explorer the plans on the bill");
        }
        else if (held.Plans.Count > 0)
        {
            why.Add("both are beyond the plans held");
        }

        return string.Join("; ", why) + ".";
    }
}
