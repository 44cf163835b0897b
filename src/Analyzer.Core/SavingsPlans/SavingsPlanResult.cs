namespace Analyzer.Core.SavingsPlans;

/// <summary>
/// The hourly commitment that maximises net savings for one plan, term and payment option, with the curve
/// of savings against commitment. Commitments already held are subtracted: <see cref="AdditionalCommitment"/>
/// is what to buy, <see cref="AdditionalMonthlySavings"/> what buying it adds.
/// </summary>
public sealed record SavingsPlanResult(
    SavingsPlanOffer Offer,
    decimal MonthlyOnDemandSpend,
    SavingsCurvePoint Optimum,
    decimal HeldCommitment,
    decimal AdditionalCommitment,
    decimal AdditionalMonthlySavings,
    IReadOnlyList<SavingsCurvePoint> Curve);
