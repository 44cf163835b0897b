using System.Diagnostics;
using System.Globalization;
using Analyzer.Analysis;
using Analyzer.Analysis.WhatIf;
using Analyzer.Bench;
using Analyzer.Collectors.Demo;
using Analyzer.Core.Settings;
using Analyzer.Core.WhatIf;
using Analyzer.Storage;
using Analyzer.Storage.Pricing;

// Usage: Analyzer.Bench REPLICAS STORE_PATH LABEL
// Prints one tab-separated line: label, replicas, workloads, rows loaded, generation s, load s, rows/s, analysis s,
// workloads evaluated, what-if s (the README's "dev to Fargate Spot" scenario against the run, nothing written).
var replicas = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 1;
var storePath = args.Length > 1 ? args[1] : Path.Combine(Path.GetTempPath(), $"analyzer-bench-{replicas}x.duckdb");
var label = args.Length > 2 ? args[2] : "unlabelled";
var windowEnd = new DateTime(2026, 11, 1, 0, 0, 0, DateTimeKind.Utc);
var time = TimeProvider.System;

File.Delete(storePath);
File.Delete(storePath + ".wal");
using var store = AnalyzerStore.Open(storePath, time);
Analyzer.Core.Pricing.PriceCatalog catalog;
using (var connection = store.Connect())
{
    ShippedPriceCatalog.EnsureLoaded(connection, time);
    catalog = PriceCatalogReader.Read(connection, DateOnly.FromDateTime(windowEnd));
}

var demo = DemoOrganization.Generate(new DemoOptions(windowEnd), DemoPriceBooks.From(catalog));

// Generating the demo's rows costs time of its own; measured alone on one replica so it can be told apart.
var clock = Stopwatch.StartNew();
long generated = 0;
foreach (var batch in demo)
{
    generated += batch.Samples.LongCount() + batch.CostLines.LongCount();
}

var generationSeconds = clock.Elapsed.TotalSeconds * replicas;

var batches = FleetReplicator.Replicate(demo, replicas);
clock.Restart();
long rows = 0;
var workloads = 0;
foreach (var batch in batches)
{
    var result = store.Load(batch);
    rows += result.Samples + result.CostLines + result.Workloads + result.Accounts;
    workloads += result.Workloads;
}

var loadSeconds = clock.Elapsed.TotalSeconds;

clock.Restart();
var run = new AnalysisEngine(store, time).Run(new AnalysisSettings { LookbackDays = 30 }.Validate(), windowEnd);
var analysisSeconds = clock.Elapsed.TotalSeconds;

clock.Restart();
var whatIf = new WhatIfEngine(store.Connect, time);
var scenario = ScenarioReader.Parse(
    """{ "changes": [ { "select": { "tags": "env=dev" }, "settings": { "interruptionToleranceTags": ["env=dev"] }, "force": "fargate-spot" } ] }""", "bench");
whatIf.Evaluate(whatIf.Baseline(run.RunId)!, scenario);
var whatIfSeconds = clock.Elapsed.TotalSeconds;

Console.WriteLine(string.Create(
    CultureInfo.InvariantCulture,
    $"{label}\t{replicas}\t{workloads}\t{rows}\t{generationSeconds:F2}\t{loadSeconds:F2}\t{rows / loadSeconds:F0}\t{analysisSeconds:F2}\t{run.Evaluations.Count}\t{whatIfSeconds:F2}"));
