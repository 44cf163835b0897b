namespace Analyzer.Collectors.CostExplorer;

/// <summary>One GetSavingsPlansPurchaseRecommendation combination to ask for, in the API's own words.</summary>
/// <param name="SavingsPlansType">COMPUTE_SP, EC2_INSTANCE_SP or SAGEMAKER_SP.</param>
/// <param name="TermInYears">ONE_YEAR or THREE_YEARS.</param>
/// <param name="PaymentOption">NO_UPFRONT, PARTIAL_UPFRONT or ALL_UPFRONT.</param>
public sealed record SavingsPlanRecommendationAsk(string SavingsPlansType, string TermInYears, string PaymentOption);
