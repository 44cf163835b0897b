using Analyzer.Collectors.Aws;
using Analyzer.Collectors.CostExplorer;
using Analyzer.Collectors.Logs;
using Analyzer.Core.Time;

namespace Analyzer.Jobs.Collect;

/// <summary>What one `analyzer collect` collects: accounts (with the role to assume), regions and the window.</summary>
internal sealed record CollectPlan(IReadOnlyList<AwsAccountTarget> Accounts, IReadOnlyList<string> Regions, Period Window)
{
    public int MaxConcurrency { get; init; } = 4;

    /// <summary>Months of the organisation's monthly cost per linked account to read from the payer account; 0: none.</summary>
    public int OrganizationMonths { get; init; }

    /// <summary>What Cost Explorer is asked per account besides daily cost.</summary>
    public CostExplorerInsightsOptions CostExplorerInsights { get; init; } = CostExplorerInsightsOptions.Default;

    /// <summary>The opt-in Logs Insights reading of Lambda memory.</summary>
    public LambdaLogMemoryOptions LambdaMemoryFromLogs { get; init; } = LambdaLogMemoryOptions.Default;
}
