using Analyzer.Core;

namespace Analyzer.Collectors.CostExplorer;

/// <summary>
/// What <see cref="CostExplorerInsightsCollector"/> asks Cost Explorer for. Every request costs $0.01, so the
/// default asks only for what the engine compares: Compute Savings Plans for 1 and 3 years, no upfront, over 30 days.
/// </summary>
public sealed record CostExplorerInsightsOptions
{
    public static readonly IReadOnlyList<string> PlanTypes = ["COMPUTE_SP", "EC2_INSTANCE_SP", "SAGEMAKER_SP"];
    public static readonly IReadOnlyList<string> Terms = ["ONE_YEAR", "THREE_YEARS"];
    public static readonly IReadOnlyList<string> PaymentOptions = ["NO_UPFRONT", "PARTIAL_UPFRONT", "ALL_UPFRONT"];
    public static readonly IReadOnlyList<string> Lookbacks = ["SEVEN_DAYS", "THIRTY_DAYS", "SIXTY_DAYS"];
    public static readonly IReadOnlyList<string> Scopes = ["LINKED", "PAYER"];
    public static readonly IReadOnlyList<string> RightsizingTargets = ["SAME_INSTANCE_FAMILY", "CROSS_INSTANCE_FAMILY"];

    public static CostExplorerInsightsOptions Default { get; } = new();

    /// <summary>False: none of the insights is read (no request at all).</summary>
    public bool Enabled { get; init; } = true;

    /// <summary>One paid request (or more, with pages) each; empty: no purchase recommendation is read.</summary>
    public IReadOnlyList<SavingsPlanRecommendationAsk> SavingsPlanRecommendations { get; init; } =
    [
        new("COMPUTE_SP", "ONE_YEAR", "NO_UPFRONT"),
        new("COMPUTE_SP", "THREE_YEARS", "NO_UPFRONT"),
    ];

    public string LookbackPeriodInDays { get; init; } = "THIRTY_DAYS";

    /// <summary>LINKED: the account collected (filtered by LINKED_ACCOUNT); PAYER: the whole consolidated family.</summary>
    public string AccountScope { get; init; } = "LINKED";

    public bool Rightsizing { get; init; } = true;

    public string RightsizingTarget { get; init; } = "SAME_INSTANCE_FAMILY";

    public bool RightsizingBenefitsConsidered { get; init; } = true;

    public bool SavingsPlans { get; init; } = true;

    /// <summary>Daily EC2 cost per resource (GetCostAndUsageWithResources); needs the account's opt-in.</summary>
    public bool ResourceCosts { get; init; } = true;

    /// <summary>Throws a <see cref="ConfigurationException"/> naming the first value the API would refuse.</summary>
    public void Validate(string key)
    {
        Check($"{key}.lookbackPeriodInDays", LookbackPeriodInDays, Lookbacks);
        Check($"{key}.accountScope", AccountScope, Scopes);
        Check($"{key}.rightsizingTarget", RightsizingTarget, RightsizingTargets);
        for (var i = 0; i < SavingsPlanRecommendations.Count; i++)
        {
            var ask = SavingsPlanRecommendations[i] ?? throw new ConfigurationException($"{key}.savingsPlanRecommendations[{i}]", "is null");
            Check($"{key}.savingsPlanRecommendations[{i}].savingsPlansType", ask.SavingsPlansType, PlanTypes);
            Check($"{key}.savingsPlanRecommendations[{i}].termInYears", ask.TermInYears, Terms);
            Check($"{key}.savingsPlanRecommendations[{i}].paymentOption", ask.PaymentOption, PaymentOptions);
        }
    }

    private static void Check(string key, string? value, IReadOnlyList<string> allowed)
    {
        if (value is null || !allowed.Contains(value, StringComparer.Ordinal))
        {
            throw new ConfigurationException(key, $"'{value}' is not one of {string.Join(", ", allowed)}");
        }
    }
}
