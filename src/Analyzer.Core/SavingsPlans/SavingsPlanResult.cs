namespace Analyzer.Core.SavingsPlans;

/// <summary>
/// The hourly commitment that maximises net savings for one plan, term and payment option, with the curve
/// of savings against commitment. Commitments already held are subtracted: <see cref="AdditionalCommitment"/>
/// is what to buy, <see cref="AdditionalMonthlySavings"/> what buying it adds. From <see cref="FleetCommitmentPlanner"/>
/// the plans held are taken out of the series first, so the curve and optimum are the new commitment's own and
/// <see cref="HeldCommitment"/> only records the Compute commitment held. <see cref="Optimum"/> is the
/// recommended point (the knee of the curve), <see cref="Maximum"/> the commitment with the most net savings.
/// </summary>
public sealed record SavingsPlanResult(
    SavingsPlanOffer Offer,
    decimal MonthlyOnDemandSpend,
    SavingsCurvePoint Optimum,
    decimal HeldCommitment,
    decimal AdditionalCommitment,
    decimal AdditionalMonthlySavings,
    IReadOnlyList<SavingsCurvePoint> Curve)
{
    /// <summary>The commitment with the most net savings (the recommendation is the knee below it).</summary>
    public SavingsCurvePoint? Maximum { get; init; }

    /// <summary>Spend in the series this offer has no rate for (a region, Fargate or Lambda without plan rates), per month: it stays on demand.</summary>
    public decimal MonthlyWithoutRate { get; init; }
}
