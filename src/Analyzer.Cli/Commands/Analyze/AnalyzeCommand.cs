using System.CommandLine;
using System.Globalization;
using Analyzer.Analysis;
using Analyzer.Core.Options;
using Analyzer.Core.Settings;
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
            using var analyzerStore = AnalyzerStore.Open(context.ResolvePath(parse.GetValue(store)!), context.Time);
            var run = new AnalysisEngine(analyzerStore.Connect, context.Time).Run(settings, cancellationToken: cancellationToken);
            Print(context.Output, run);
            return Task.FromResult(ExitCodes.Success);
        });
        return command;
    }

    /// <summary>The settings file (if any) with the command-line overrides applied, validated.</summary>
    public static AnalysisSettings Settings(CliContext context, string? configPath, int? lookbackDays, string? cpuPercentile, double? headroom, string? risk)
    {
        var settings = configPath is null ? new AnalysisSettings() : AnalysisSettingsReader.Parse(File.ReadAllText(context.ResolvePath(configPath)));
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

    public static void Print(TextWriter output, AnalysisRun run)
    {
        var inv = CultureInfo.InvariantCulture;
        output.WriteLine($"run id: {run.RunId}");
        output.WriteLine(string.Create(inv, $"window: {run.Window.Start:yyyy-MM-dd} to {run.Window.End:yyyy-MM-dd}, prices as of {run.PriceAsOf?.ToString("yyyy-MM-dd", inv) ?? "(none loaded)"}"));
        output.WriteLine(string.Create(inv, $"{"family",-20} {"workloads",10} {"savings/month",16}"));
        foreach (var group in run.Evaluations.GroupBy(e => e.Recommendation.Chosen.Family).OrderBy(g => g.Key))
        {
            var savings = group.Sum(e => RowSavings(e.Recommendation.Chosen));
            output.WriteLine(string.Create(inv, $"{group.Key.ToName(),-20} {group.Count(),10} {savings,16:N2}"));
        }

        var workloadSavings = run.Evaluations.Sum(e => RowSavings(e.Recommendation.Chosen));

        // The same choice as the report's commitment section (queries/analysis/report/savings_plan.sql), so the
        // total printed here is the report's total.
        var commitment = run.SavingsPlans
            .Where(p => p.AdditionalMonthlySavings > 0)
            .OrderByDescending(p => p.AdditionalMonthlySavings)
            .ThenBy(p => p.Offer.Plan, StringComparer.Ordinal)
            .ThenBy(p => p.Offer.TermYears)
            .ThenBy(p => p.Offer.Payment, StringComparer.Ordinal)
            .FirstOrDefault();
        var commitmentSavings = Cents(commitment?.AdditionalMonthlySavings);
        if (commitment is not null)
        {
            output.WriteLine(string.Create(inv, $"{"+ " + commitment.Offer.Label,-20} {commitment.AdditionalCommitment,10:N2} {commitmentSavings,16:N2}   (USD/h to commit)"));
        }

        output.WriteLine(string.Create(inv, $"{"total",-20} {run.Evaluations.Count,10} {workloadSavings + commitmentSavings,16:N2}"));
    }

    // The report rounds each workload's current and recommended cost to cents before it subtracts and sums; so does
    // this summary, so both show the same total.
    private static decimal RowSavings(OptionResult chosen) =>
        chosen.MonthlyCost is { } cost ? Cents(cost + (chosen.MonthlySavings ?? 0m)) - Cents(cost) : 0m;

    private static decimal Cents(decimal? value) => Math.Round(value ?? 0m, 2, MidpointRounding.AwayFromZero);
}
