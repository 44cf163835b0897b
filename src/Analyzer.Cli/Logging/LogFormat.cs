namespace Analyzer.Cli.Logging;

/// <summary>
/// How the CLI writes its output: plain text on a terminal, one JSON object per line when stdout is not a terminal
/// (AWS Batch, cron, CI: CloudWatch Logs reads them). ANALYZER_LOG_FORMAT=text or json overrides the choice.
/// </summary>
internal static class LogFormat
{
    public const string EnvironmentVariable = "ANALYZER_LOG_FORMAT";

    public static bool UseJson(string? setting, bool outputRedirected) => setting?.Trim().ToLowerInvariant() switch
    {
        "json" => true,
        "text" => false,
        _ => outputRedirected,
    };

    /// <summary>The process's context with its output and error streams as JSON lines when <see cref="UseJson"/> says so.</summary>
    public static CliContext Apply(CliContext context, string? setting, bool outputRedirected)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!UseJson(setting, outputRedirected))
        {
            return context;
        }

        var redactor = CredentialRedactor.FromEnvironment();
        return context with
        {
            Output = new JsonLineWriter(context.Output, "info", context.Time, redactor),
            Error = new JsonLineWriter(context.Error, "error", context.Time, redactor),
        };
    }
}
