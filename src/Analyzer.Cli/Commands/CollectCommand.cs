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
/// only when nothing at all could be collected; partial failures are printed and recorded in collection_runs.
/// </summary>
internal static class CollectCommand
{
    public const int DefaultLookbackDays = 14;

    public static Command Create(CliContext context, Option<string> store)
    {
        var config = new Option<string?>("--config") { Description = "JSON file: accounts (roleArn, externalId), regions, lookbackDays." };
        var regions = new Option<string[]>("--region") { Description = "Region to collect (repeatable); default: the configured regions, else every region enabled for the account.", AllowMultipleArgumentsPerToken = false };
        var roles = new Option<string[]>("--account-role") { Description = "Role ARN to assume in an account to collect (repeatable)." };
        var endpoint = new Option<string?>("--endpoint-url") { Description = "Send every AWS request to this URL (a VPC endpoint or a local fake)." };
        var lookback = new Option<int?>("--lookback-days") { Description = $"Whole days to collect, ending at the start of today (default {DefaultLookbackDays})." };
        var organization = new Option<int?>("--org-months") { Description = "Also read this many months of monthly cost per linked account with the current (payer) credentials." };
        var command = new Command("collect", "Collect inventory, utilization and cost from AWS into the store.") { config, regions, roles, endpoint, lookback, organization };
        command.Validators.Add(result =>
        {
            if (result.GetValue(endpoint) is { } url && !EndpointUrl(url, out _))
            {
                result.AddError($"--endpoint-url '{url}' is not an absolute http(s) URL.");
            }

            if (result.GetValue(organization) is < 0 or > 36)
            {
                result.AddError("--org-months must be between 0 and 36.");
            }

            if (result.GetValue(lookback) is < 1 or > 455)
            {
                result.AddError("--lookback-days must be between 1 and 455 (CloudWatch keeps hourly data for 455 days).");
            }
        });
        command.SetAction(async (parse, cancellationToken) =>
        {
            var file = parse.GetValue(config) is { } configPath ? CollectConfig.Load(context.ResolvePath(configPath)) : new CollectConfig();
            var ambient = new AwsClientOptions { EndpointUrl = parse.GetValue(endpoint) is { } url && EndpointUrl(url, out var uri) ? uri : null };
            var regionList = await CollectRegions.ResolveAsync(parse.GetValue(regions) ?? [], file, ambient, context.Error, cancellationToken);
            ambient = ambient with { Region = regionList[0] };
            var days = parse.GetValue(lookback) ?? file.LookbackDays ?? DefaultLookbackDays;
            var window = Period.LastWholeDays(context.Time.GetUtcNow(), days);
            var progress = RunProgress.For(context.Output, context.Time);

            IReadOnlyList<AwsAccountTarget> accounts;
            try
            {
                accounts = await AccountsAsync(parse.GetValue(roles) ?? [], file, ambient, cancellationToken);
            }
            catch (CollectorException ex)
            {
                await context.Error.WriteLineAsync($"collection failed: cannot identify the current account: {ex.Message}");
                return ExitCodes.Collection;
            }

            using var analyzerStore = AnalyzerStore.Open(context.ResolvePath(parse.GetValue(store)!), context.Time);
            var plan = new CollectPlan(accounts, regionList, window)
            {
                MaxConcurrency = file.MaxConcurrency ?? 4,
                OrganizationMonths = parse.GetValue(organization) ?? file.OrganizationMonths ?? 0,
                CostExplorerInsights = file.CostExplorerInsights ?? CostExplorerInsightsOptions.Default,
            };
            var outcome = await new CollectJob(analyzerStore, context.Time).RunAsync(plan, ambient, progress, cancellationToken);
            CollectSummary.Print(outcome, context.Output);
            if (outcome.NothingCollected)
            {
                await context.Error.WriteLineAsync($"collection failed: nothing could be collected ({outcome.Failures.Count} failure(s), listed above).");
                return ExitCodes.Collection;
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static bool EndpointUrl(string text, out Uri? uri) =>
        Uri.TryCreate(text, UriKind.Absolute, out uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    private static async Task<IReadOnlyList<AwsAccountTarget>> AccountsAsync(string[] roles, CollectConfig file, AwsClientOptions ambient, CancellationToken cancellationToken)
    {
        if (roles.Length > 0)
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
