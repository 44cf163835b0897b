using System.CommandLine;
using System.Globalization;
using Analyzer.Analysis;
using Analyzer.Analysis.Reporting;
using Analyzer.Core.Options;
using Analyzer.Core.Reporting;
using Analyzer.Core.Settings;
using Analyzer.Storage;
using Analyzer.Storage.Pricing;

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
            EnsurePriceCatalog(analyzerStore, context.Time);
            var run = new AnalysisEngine(analyzerStore.Connect, context.Time).Run(settings, cancellationToken: cancellationToken);
            var model = new ReportModelBuilder(analyzerStore.Connect, context.Time).Build(run.RunId)
                ?? throw new InvalidOperationException($"Run {run.RunId} was written but cannot be read back.");
            Print(context.Output, run, model);
            return Task.FromResult(ExitCodes.Success);
        });
        return command;
    }

    /// <summary>The settings file (if any) with the command-line overrides applied, validated.</summary>
    public static AnalysisSettings Settings(CliContext context, string? configPath, int? lookbackDays, string? cpuPercentile, double? headroom, string? risk)
    {
        var settings = configPath is null ? new AnalysisSettings() : AnalysisSettingsReader.Parse(CommandPaths.ReadText(context, "--config", configPath));
        var inv = CultureInfo.InvariantCulture;
        if (lookbackDays is { } days)
        {
            settings = AnalysisSettingsReader.ApplyOverride(settings, string.Create(inv, $"lookbackDays={days}"));
        }

        if (cpuPercentile is not null)
        {
            settings = AnalysisSettingsReader.ApplyOverride(settings, $"cpuPercentile={cpuPercentile}");
        }

        if (headroom is { } h)
        {
            settings = AnalysisSettingsReader.ApplyOverride(settings, string.Create(inv, $"cpuHeadroomPercent={h}"));
            settings = AnalysisSettingsReader.ApplyOverride(settings, string.Create(inv, $"memoryHeadroomPercent={h}"));
        }

        if (risk is not null)
        {
            settings = AnalysisSettingsReader.ApplyOverride(settings, $"riskAppetite={risk}");
        }

        return settings.Validate();
    }

    /// <summary>
    /// Loads the price catalog shipped with Analyzer unless the store holds it already: a store filled by `collect` or
    /// `import-billing` has no prices, and an analysis without them would price every option at $0.
    /// </summary>
    public static void EnsurePriceCatalog(AnalyzerStore store, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(store);
        using var connection = store.Connect();
        ShippedPriceCatalog.EnsureLoaded(connection, time);
    }

    /// <summary>
    /// Prints the run's summary from its report model, so the per-family savings, the fleet commitment and the total
    /// are the report's numbers: the commitment is chosen once, by queries/analysis/report/savings_plan.sql.
    /// </summary>
    public static void Print(TextWriter output, AnalysisRun run, ReportModel model)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(model);
        var inv = CultureInfo.InvariantCulture;
        output.WriteLine($"run id: {run.RunId}");
        output.WriteLine(string.Create(inv, $"window: {run.Window.Start:yyyy-MM-dd} to {run.Window.End:yyyy-MM-dd}, prices as of {run.PriceAsOf?.ToString("yyyy-MM-dd", inv) ?? "(none loaded)"}"));
        output.WriteLine(string.Create(inv, $"{"family",-20} {"workloads",10} {"savings/month",16}"));
        foreach (var group in model.Workloads.GroupBy(w => w.Recommended?.Family ?? OptionFamily.Current).OrderBy(g => g.Key))
        {
            output.WriteLine(string.Create(inv, $"{group.Key.ToName(),-20} {group.Count(),10} {group.Sum(w => w.RecommendedSavings),16:N2}"));
        }

        if (model.Commitment is { } commitment)
        {
            var label = $"+ {commitment.Plan} {commitment.TermYears}y {commitment.Payment}";
            output.WriteLine(string.Create(inv, $"{label,-20} {commitment.HourlyCommitment,10:N3} {commitment.MonthlyNetSavings,16:N2}   (USD/h to commit)"));
        }

        output.WriteLine(string.Create(inv, $"{"total",-20} {model.Workloads.Count,10} {model.Summary.TotalMonthlySavings,16:N2}"));
    }
}
