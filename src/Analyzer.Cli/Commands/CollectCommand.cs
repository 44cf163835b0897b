using System.CommandLine;
using Analyzer.Cli.Terminal;
using Analyzer.Collectors;
using Analyzer.Collectors.Aws;
using Analyzer.Collectors.CostExplorer;
using Analyzer.Collectors.Sts;
using Analyzer.Core;
using Analyzer.Core.Time;
using Analyzer.Storage;

namespace Analyzer.Cli.Commands;

/// <summary>
/// `analyzer collect`: inventory, utilization and cost from AWS into the store, for the configured accounts and
/// regions (default: the current credentials' account and every region enabled for it). Exits with <see cref="ExitCodes.Collection"/>
/// only when nothing at all could be collected; partial failures are printed, recorded in collection_runs, and exit
/// with <see cref="ExitCodes.DataGaps"/> once the rest is loaded.
/// </summary>
internal static class CollectCommand
{
    public const int DefaultLookbackDays = 14;

    public static Command Create(CliContext context, Option<string> store)
    {
        var options = new CollectOptions();
        var command = new Command("collect", "Collect inventory, utilization and cost from AWS into the store.");
        options.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            using var analyzerStore = AnalyzerStore.Open(context.ResolvePath(parse.GetValue(store)!), context.Time);
            return await RunAsync(context, analyzerStore, options.Read(parse, context), cancellationToken);
        });
        return command;
    }

    /// <summary>One collection into <paramref name="store"/>; returns the exit code (see the class summary).</summary>
    public static async Task<int> RunAsync(CliContext context, AnalyzerStore store, CollectRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(request);
        var file = request.File;
        var ambient = new AwsClientOptions { EndpointUrl = request.EndpointUrl };
        var regionList = await CollectRegions.ResolveAsync(request.Regions, file, ambient, context.Error, cancellationToken);
        ambient = ambient with { Region = regionList[0] };
        var days = request.LookbackDays ?? file.LookbackDays ?? DefaultLookbackDays;
        var window = Period.LastWholeDays(context.Time.GetUtcNow(), days);
        var progress = RunProgress.For(context.Output, context.Time);

        IReadOnlyList<AwsAccountTarget> accounts;
        try
        {
            accounts = await AccountsAsync(request.Roles, file, ambient, cancellationToken);
        }
        catch (CollectorException ex)
        {
            await context.Error.WriteLineAsync($"collection failed: cannot identify the current account: {ex.Message}");
            return ExitCodes.Collection;
        }

        var plan = new CollectPlan(accounts, regionList, window)
        {
            MaxConcurrency = file.MaxConcurrency ?? 4,
            OrganizationMonths = request.OrganizationMonths ?? file.OrganizationMonths ?? 0,
            CostExplorerInsights = file.CostExplorerInsights ?? CostExplorerInsightsOptions.Default,
        };
        var outcome = await new CollectJob(store, context.Time).RunAsync(plan, ambient, progress, cancellationToken);
        CollectSummary.Print(outcome, context.Output);
        if (outcome.NothingCollected)
        {
            await context.Error.WriteLineAsync($"collection failed: nothing could be collected ({outcome.Failures.Count} failure(s), listed above).");
            return ExitCodes.Collection;
        }

        return outcome.Failures.Count > 0 ? ExitCodes.DataGaps : ExitCodes.Success;
    }

    private static async Task<IReadOnlyList<AwsAccountTarget>> AccountsAsync(IReadOnlyList<string> roles, CollectConfig file, AwsClientOptions ambient, CancellationToken cancellationToken)
    {
        if (roles.Count > 0)
        {
            return [.. roles.Select(r => AccountTargets.FromRoleArn(r)).DistinctBy(a => a.AccountId)];
        }

        if (file.Accounts.Count > 0)
        {
            return [.. file.Accounts.Select(AccountTargets.FromConfig).DistinctBy(a => a.AccountId)];
        }

        var accountId = await StsIdentity.GetAccountIdAsync(ambient, cancellationToken);
        return [new AwsAccountTarget(accountId, accountId)];
    }
}
