using System.Diagnostics;
using System.Globalization;
using Analyzer.Analysis;
using Analyzer.Analysis.Reporting;
using Analyzer.Analysis.WhatIf;
using Analyzer.Bench;
using Analyzer.Collectors.Demo;
using Analyzer.Core.Settings;
using Analyzer.Core.Time;
using Analyzer.Core.WhatIf;
using Analyzer.Reports;
using Analyzer.Reports.Chromium;
using Analyzer.Reports.Html;
using Analyzer.Reports.Pdf;
using Analyzer.Storage;
using Analyzer.Storage.Pricing;

// The benchmark (./bench.sh; BENCHMARKS.md says how to read it). One fleet size per invocation: the demo's fleet
// replicated side by side, through every step of the job, each step timed over several runs with its peak memory,
// beside DuckDB's own read_parquet (ingest), the bare SQL (profiles) and a pandas notebook (the peer).
BenchOptions options;
try
{
    options = BenchOptions.Parse(args);
}
catch (ArgumentException ex)
{
    Console.Error.WriteLine(ex.Message);
    return 2;
}

if (options.ChartOnly)
{
    DrawCharts(options.ResultsCsv);
    return 0;
}

var windowEnd = new DateTime(2026, 11, 1, 0, 0, 0, DateTimeKind.Utc);
var settings = new AnalysisSettings { LookbackDays = 30 }.Validate();
var window = new Period(windowEnd.AddDays(-settings.LookbackDays), windowEnd);
var time = TimeProvider.System;
Directory.CreateDirectory(options.Directory);
var storePath = Path.Combine(options.Directory, $"bench-{options.Scale}.duckdb");
var results = new List<StepResult>();
void Report(StepResult result)
{
    results.Add(result);
    Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {result.Step}: {result.MedianSeconds:F2} s (min {result.MinSeconds:F2}, max {result.MaxSeconds:F2}, cpu {result.CpuSeconds:F2}), peak {result.PeakRssMib:F0} MiB{(result.Note is null ? string.Empty : ", " + result.Note)}"));
}

Analyzer.Core.Pricing.PriceCatalog catalog;
using (var scratch = AnalyzerStore.Open(Path.Combine(options.Directory, "catalog.duckdb"), time))
using (var connection = scratch.Connect())
{
    ShippedPriceCatalog.EnsureLoaded(connection, time);
    catalog = PriceCatalogReader.Read(connection, DateOnly.FromDateTime(windowEnd));
}

var demo = DemoOrganization.Generate(new DemoOptions(windowEnd), DemoPriceBooks.From(catalog));
var fleet = FleetReplicator.Replicate(demo, options.Replicas, windowEnd.AddDays(-options.Days));
Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{options.Label}: {options.Replicas} demo fleet(s), {options.Days} days, {options.Runs} run(s) per step, in {options.Directory}"));

// Generating rows is the demo's own cost, measured alone so the load's rows/s can be read without it.
Report(StepMeter.Measure("generate", 1, () => new StepDetail(fleet.Sum(b => b.Samples.LongCount() + b.CostLines.LongCount()))));

var workloads = fleet.Sum(b => b.Workloads.Count);
var reuse = options.Reuse && File.Exists(storePath);
if (!reuse)
{
    // The step is the Load calls into a fresh store and closing it (which checkpoints), as read_parquet's step is its
    // inserts and a CHECKPOINT. Creating the empty store (19 migrations) is setup, not ingest, and is not timed.
    AnalyzerStore? fresh = null;
    Report(StepMeter.Measure(
        "ingest_store_load",
        options.Runs,
        () =>
        {
            long rows = 0;
            using (var store = fresh!)
            {
                foreach (var batch in fleet)
                {
                    var loaded = store.Load(batch);
                    rows += loaded.Samples + loaded.CostLines + loaded.Workloads + loaded.Accounts;
                }
            }

            return new StepDetail(rows);
        },
        setup: () =>
        {
            DeleteStore(storePath);
            fresh = AnalyzerStore.Open(storePath, time);
        }));
}

using var bench = AnalyzerStore.Open(storePath, time);
using (var connection = bench.Connect())
{
    ShippedPriceCatalog.EnsureLoaded(connection, time);
}

if (!reuse)
{
    ParquetIngest.Export(bench, options.Directory);
    Report(StepMeter.Measure("ingest_read_parquet", options.Runs, () => ParquetIngest.Run(options.Directory)));
}

if (options.IngestOnly)
{
    BenchResults.Write(options, workloads, results, time);
    DrawCharts(options.ResultsCsv);
    return 0;
}

var batchSize = options.BatchSize ?? new AnalysisEngine(bench, time).BatchSize;
Report(StepMeter.Measure("duckdb_peer", options.Runs, () => DuckDbPeer.Run(bench, window, settings.ActiveCpuThresholdPercent)));
Report(StepMeter.Measure("profile_bare_sql", options.Runs, () => ProfileSteps.BareSql(bench, window, settings, batchSize)));
Report(StepMeter.Measure("profile_engine", options.Runs, () => ProfileSteps.Engine(bench, window, settings, batchSize)));

AnalysisRun? run = null;
Report(StepMeter.Measure("analysis", options.Runs, () =>
{
    var engine = new AnalysisEngine(bench, time) { BatchSize = batchSize };
    run = engine.Run(settings, windowEnd);
    return new StepDetail(run.Evaluations.Count, $"{run.Evaluations.Count} workloads evaluated in batches of {engine.BatchSize}");
}));

if (options.Reports)
{
    var outputs = new List<ReportOutput> { ReportOutput.Html, ReportOutput.Csv, ReportOutput.Json, ReportOutput.Xlsx };
    try
    {
        ChromiumLocator.Locate(null);
        outputs.Add(ReportOutput.Pdf);
    }
    catch (ChromiumNotFoundException)
    {
        Console.Error.WriteLine("  (no Chromium: the PDF is left out of the reports step)");
    }

    var reportDirectory = Path.Combine(options.Directory, $"reports-{options.Scale}");
    Report(StepMeter.Measure("reports", options.Runs, () =>
    {
        var model = new ReportModelBuilder(bench, time).Build(run!.RunId)!;
        var written = new ReportGenerator(new ChromiumOptions(), time).WriteAsync(model, reportDirectory, outputs, PaperSize.A4, CancellationToken.None).GetAwaiter().GetResult();
        // Sizes in MiB; the HTML's also per workload, the figure issue #13 asks to keep small.
        var sizes = written.Select(p => string.Create(CultureInfo.InvariantCulture, $"{Path.GetFileName(p)} {new FileInfo(p).Length / 1048576.0:F1} MiB"))
            .Append(string.Create(CultureInfo.InvariantCulture, $"{HtmlReportWriter.FileName} {new FileInfo(Path.Combine(reportDirectory, HtmlReportWriter.FileName)).Length / (double)model.Workloads.Count:F0} bytes a workload"));
        return new StepDetail(Note: string.Join("; ", sizes));
    }));
}

if (options.WhatIf)
{
    Report(StepMeter.Measure("whatif", options.Runs, () =>
    {
        var engine = new WhatIfEngine(bench.Connect, time) { BatchSize = batchSize };
        var scenario = ScenarioReader.Parse(
            """{ "changes": [ { "select": { "tags": "env=dev" }, "settings": { "interruptionToleranceTags": ["env=dev"] }, "force": "fargate-spot" } ] }""", "bench");
        var result = engine.Evaluate(engine.Baseline(run!.RunId)!, scenario);
        return new StepDetail(result.Lines.Count, workloads > batchSize ? $"dev to Fargate Spot, in batches of {batchSize}" : "dev to Fargate Spot, the fleet read whole");
    }));
}

if (options.Peer)
{
    var peer = PandasPeer.Prepare(bench, options.Directory, window, settings.ActiveCpuThresholdPercent);
    Report(StepMeter.Measure("pandas_peer", options.Runs, peer.Run));
}

BenchResults.Write(options, workloads, results, time);
DrawCharts(options.ResultsCsv);
return 0;

static void DrawCharts(string resultsCsv)
{
    foreach (var file in ScalingChart.Write(resultsCsv))
    {
        Console.Error.WriteLine($"chart: {file}");
    }
}

static void DeleteStore(string path)
{
    File.Delete(path);
    File.Delete(path + ".wal");
}
