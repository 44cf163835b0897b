using System.CommandLine;
using Analyzer.Jobs.Collect;

namespace Analyzer.Cli.Commands;

/// <summary>The options of a collection, shared by `analyzer collect` and `analyzer run`.</summary>
internal sealed class CollectOptions
{
    private readonly Option<string?> _config;
    private readonly Option<string[]> _regions = new("--region") { Description = "Region to collect (repeatable); default: the configured regions, else every region enabled for the account.", AllowMultipleArgumentsPerToken = false };
    private readonly Option<string[]> _roles = new("--account-role") { Description = "Role ARN to assume in an account to collect (repeatable)." };
    private readonly Option<string?> _endpoint = new("--endpoint-url") { Description = "Send every AWS request to this URL (a VPC endpoint or a local fake)." };
    private readonly Option<int?> _lookback = new("--lookback-days") { Description = $"Whole days to collect, ending at the start of today (default {CollectStep.DefaultLookbackDays})." };
    private readonly Option<int?> _organization = new("--org-months") { Description = "Also read this many months of monthly cost per linked account with the current (payer) credentials." };

    /// <param name="configName">The option naming the collection's JSON file ("--config" for collect).</param>
    public CollectOptions(string configName = "--config") =>
        _config = new Option<string?>(configName) { Description = "JSON file: accounts (roleArn, externalId), regions, lookbackDays (docs/collect.md)." };

    public Option<string?> Endpoint => _endpoint;

    public void AddTo(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        foreach (var option in new Option[] { _config, _regions, _roles, _endpoint, _lookback, _organization })
        {
            command.Options.Add(option);
        }

        command.Validators.Add(result =>
        {
            if (result.GetValue(_endpoint) is { } url && EndpointUrl(url) is null)
            {
                result.AddError($"--endpoint-url '{url}' is not an absolute http(s) URL.");
            }

            if (result.GetValue(_organization) is < 0 or > 36)
            {
                result.AddError("--org-months must be between 0 and 36.");
            }

            if (result.GetValue(_lookback) is < 1 or > 455)
            {
                result.AddError("--lookback-days must be between 1 and 455 (CloudWatch keeps hourly data for 455 days).");
            }
        });
    }

    public CollectRequest Read(ParseResult parse, CliContext context)
    {
        ArgumentNullException.ThrowIfNull(parse);
        ArgumentNullException.ThrowIfNull(context);
        var file = parse.GetValue(_config) is { } path ? CollectConfig.Load(context.ResolvePath(path)) : new CollectConfig();
        return new CollectRequest(
            file,
            parse.GetValue(_regions) ?? [],
            parse.GetValue(_roles) ?? [],
            parse.GetValue(_endpoint) is { } url ? EndpointUrl(url) : null,
            parse.GetValue(_lookback),
            parse.GetValue(_organization));
    }

    public static Uri? EndpointUrl(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) ? uri : null;
}
