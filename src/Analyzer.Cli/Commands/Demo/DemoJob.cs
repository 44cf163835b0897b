using System.Globalization;
using Analyzer.Analysis;
using Analyzer.Analysis.Reporting;
using Analyzer.Cli.Commands.Analyze;
using Analyzer.Cli.Commands.Report;
using Analyzer.Cli.Terminal;
using Analyzer.Collectors.Demo;
using Analyzer.Core.Ingest;
using Analyzer.Core.Settings;
using Analyzer.Reports;
using Analyzer.Reports.Pdf;
using Analyzer.Storage;
using Analyzer.Storage.Collection;
using Analyzer.Storage.Pricing;

namespace Analyzer.Cli.Commands.Demo;

/// <summary>The demo's steps: store, price catalog, demo data through the collectors' ingest path, analysis, reports.</summary>
internal sealed class DemoJob(CliContext context, string storePath, string outputDirectory)
{
    /// <summary>
    /// The demo's data ends on a fixed day, so every run (and every machine) produces the same store and reports,
    /// and a second run replaces the same window instead of adding a new one.
    /// </summary>
    public static readonly DateTime WindowEnd = new(2026, 11, 1, 0, 0, 0, DateTimeKind.Utc);

    /// <summary>The demo sizes against the last 30 of its 90 days, so the month-scale patterns show.</summary>
    public static AnalysisSettings Settings { get; } = new AnalysisSettings { LookbackDays = 30 }.Validate();

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(outputDirectory);
        var progress = RunProgress.For(context.Output, context.Time);
        progress.Info($"store: {storePath}");

        using var store = AnalyzerStore.Open(storePath, context.Time);
        var catalog = await progress.StepAsync("price catalog", 1, _ =>
        {
            using var connection = store.Connect();
            ShippedPriceCatalog.EnsureLoaded(connection, context.Time);
            return Task.FromResult(PriceCatalogReader.Read(connection, DateOnly.FromDateTime(WindowEnd)));
        });

        var demo = new DemoOptions(WindowEnd);
        var book = DemoPriceBooks.From(catalog);
        var batches = DemoOrganization.Generate(demo, book);
        var loaded = await progress.StepAsync("demo data", batches.Count, report =>
        {
            // A store an older demo filled may hold workloads this one does not generate.
            store.RetireWorkloads(DemoOrganization.Source, batches.SelectMany(b => b.Workloads).Select(w => w.WorkloadId));
            var results = new List<IngestResult>();
            foreach (var batch in batches)
            {
                cancellationToken.ThrowIfCancellationRequested();
                results.Add(store.Load(batch));
                report(results.Count);
            }

            return Task.FromResult(results);
        });

        // Cost Explorer's view of the same organisation, for the reports to show beside the engine's.
        var insights = new CostExplorerInsightsStore(store, context.Time);
        foreach (var set in DemoCostExplorerInsights.From(demo, book, batches))
        {
            insights.Replace(set);
        }

        progress.Info(string.Create(
            CultureInfo.InvariantCulture,
            $"loaded {loaded.Sum(r => r.Workloads)} workloads, {loaded.Sum(r => r.Samples)} hourly samples, {loaded.Sum(r => r.CostLines)} cost lines"));

        // Compute Optimizer's view of the same workloads, as a real collection would bring it, for the comparison.
        var optimizer = DemoComputeOptimizer.Generate(demo, book);
        var tables = new ComputeOptimizerTables(store, context.Time);
        foreach (var account in batches.SelectMany(b => b.AccountIds).Distinct(StringComparer.Ordinal))
        {
            foreach (var region in DemoOrganization.Regions)
            {
                tables.Replace(account, region, optimizer.Scope(account, region));
            }
        }

        progress.Info(string.Create(CultureInfo.InvariantCulture, $"loaded {optimizer.Count} Compute Optimizer recommendations"));

        var run = await progress.StepAsync("analysis", 1, _ =>
            Task.FromResult(new AnalysisEngine(store, context.Time).Run(Settings, WindowEnd, cancellationToken)));
        var model = new ReportModelBuilder(store, context.Time).Build(run.RunId)
            ?? throw new InvalidOperationException($"Run {run.RunId} was written but cannot be read back.");
        AnalyzeCommand.Print(context.Output, run, model);

        return (await new ReportJob(context, storePath).WriteAsync(model, ReportOutputs.All, outputDirectory, PaperSize.A4, cancellationToken)).ExitCode;
    }
}
