using Analyzer.Collectors.CostExplorer;
using Analyzer.Collectors.Logs;
using Analyzer.Core;

namespace Analyzer.Jobs.Collect;

/// <summary>
/// The `--config` file of `analyzer collect` (JSON): the accounts to collect with the role to assume in each, the
/// regions and the lookback. Command-line options override it. See docs/collect.md.
/// </summary>
public sealed record CollectConfig
{
    public IReadOnlyList<CollectConfigAccount> Accounts { get; init; } = [];

    public IReadOnlyList<string> Regions { get; init; } = [];

    public int? LookbackDays { get; init; }

    public int? MaxConcurrency { get; init; }

    /// <summary>Months of monthly cost per linked account to read with the ambient (payer) credentials; 0 or absent: none.</summary>
    public int? OrganizationMonths { get; init; }

    /// <summary>What Cost Explorer is asked besides daily cost (Savings Plans, recommendations, resource cost); absent: the defaults.</summary>
    public CostExplorerInsightsOptions? CostExplorerInsights { get; init; }

    /// <summary>The opt-in Logs Insights reading of Lambda memory (costs money per GB scanned); absent: off.</summary>
    public LambdaLogMemoryOptions? LambdaMemoryFromLogs { get; init; }

    public static CollectConfig Load(string path)
    {
        var config = JsonConfigFile.Load<CollectConfig>(path, "collection configuration");
        config.CostExplorerInsights?.Validate("costExplorerInsights");
        config.LambdaMemoryFromLogs?.Validate("lambdaMemoryFromLogs");
        return config;
    }
}
