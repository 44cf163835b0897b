using System.CommandLine;
using Analyzer.Core.Settings;
using Analyzer.Jobs.Analyze;
using Analyzer.Storage;

namespace Analyzer.Cli.Commands.Analyze;

/// <summary>`analyzer analyze`: runs the engine over the store and prints the run id and a short summary.</summary>
internal static class AnalyzeCommand
{
    public static Command Create(CliContext context, Option<string> store)
    {
        var config = new Option<string?>("--config") { Description = "JSON settings file (docs/configuration.md); keys left out keep their defaults." };
        var lookback = new Option<int?>("--lookback-days") { Description = "Days of history to size against." };
        var percentile = new Option<string?>("--cpu-percentile") { Description = "p90, p95, p99, p99.5 or max." };
        var headroom = new Option<double?>("--headroom") { Description = "CPU and memory headroom in percent." };
        var risk = new Option<string?>("--risk") { Description = "Risk appetite: conservative, balanced or aggressive." };
        var command = new Command("analyze", "Price every option for every workload in the store and record recommendations.")
        {
            config, lookback, percentile, headroom, risk,
        };
        command.SetAction((parse, cancellationToken) =>
        {
            var settings = Settings(
                context, parse.GetValue(config), parse.GetValue(lookback), parse.GetValue(percentile), parse.GetValue(headroom), parse.GetValue(risk));
            using var analyzerStore = AnalyzerStore.Open(CommandPaths.ExistingStore(context, parse.GetValue(store)!), context.Time);
            AnalyzeStep.Run(context.Jobs(), analyzerStore, settings, null, cancellationToken);
            return Task.FromResult(ExitCodes.Success);
        });
        return command;
    }

    /// <summary>The settings file (if any, relative to the working directory) with the command-line overrides applied, validated.</summary>
    /// <param name="option">The option that named the file, for the error when it is missing or a folder.</param>
    public static AnalysisSettings Settings(
        CliContext context, string? configPath, int? lookbackDays, string? cpuPercentile, double? headroom, string? risk, string option = "--config") =>
        AnalysisSettingsFile.Load(configPath is null ? null : CommandPaths.ExistingFile(context, option, configPath), lookbackDays, cpuPercentile, headroom, risk);
}
