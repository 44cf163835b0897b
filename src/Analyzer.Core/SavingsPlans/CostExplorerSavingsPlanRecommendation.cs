namespace Analyzer.Core.SavingsPlans;

/// <summary>
/// Cost Explorer's Savings Plan purchase recommendation for one plan, term and payment, over the organisation: the
/// PAYER row when there is one, else the LINKED rows summed over accounts.
/// </summary>
/// <param name="Plan">"compute" or "ec2instance" (the optimizer's words for COMPUTE_SP and EC2_INSTANCE_SP).</param>
/// <param name="Payment">"no", "partial" or "all" upfront.</param>
/// <param name="Scope">"PAYER" or "LINKED".</param>
/// <param name="Accounts">Accounts whose rows were summed.</param>
/// <param name="UtilizationPercent">Commitment-weighted over the accounts; null when nothing is recommended.</param>
public sealed record CostExplorerSavingsPlanRecommendation(
    string Plan,
    int TermYears,
    string Payment,
    string Scope,
    int LookbackDays,
    int Accounts,
    decimal HourlyCommitment,
    decimal MonthlySavings,
    double? UtilizationPercent,
    DateTime? GeneratedAt)
{
    public string Label => $"{Plan}:{TermYears}y:{Payment}";
}
