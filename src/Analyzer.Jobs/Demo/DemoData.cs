using System.Globalization;
using Analyzer.Collectors.Demo;
using Analyzer.Core.Ingest;
using Analyzer.Storage;
using Analyzer.Storage.Collection;
using Analyzer.Storage.Pricing;

namespace Analyzer.Jobs.Demo;

/// <summary>
/// The demo's collection: the price catalog, then the built-in demo organisation through the collectors' ingest path,
/// with Cost Explorer's and Compute Optimizer's views of it. Stands in for a collection from AWS (the demo, and a
/// schedule whose source is "demo").
/// </summary>
public static class DemoData
{
    /// <summary>
    /// The demo's data ends on a fixed day, so every run (and every machine) produces the same store and reports,
    /// and a second run replaces the same window instead of adding a new one.
    /// </summary>
    public static readonly DateTime WindowEnd = new(2026, 11, 1, 0, 0, 0, DateTimeKind.Utc);

    public static async Task LoadAsync(JobContext context, AnalyzerStore store, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(store);
        var progress = context.Progress;
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

        // Its On-Demand Capacity Reservations, Dedicated Hosts and Reserved Instances, as EC2's Describe calls would bring them.
        // Every account and region is replaced, so a store an older demo filled keeps none of its reservations.
        var extras = new CollectionExtras(store, context.Time);
        var reservations = DemoOrganization.CapacityReservations(demo, book);
        var hosts = DemoOrganization.DedicatedHosts(demo, book);
        var reserved = DemoOrganization.ReservedInstances(demo);
        foreach (var account in batches.SelectMany(b => b.AccountIds).Distinct(StringComparer.Ordinal))
        {
            foreach (var region in DemoOrganization.Regions)
            {
                extras.ReplaceCapacityReservations(account, region, [.. reservations.Where(r => r.AccountId == account && r.Region == region)]);
                extras.ReplaceDedicatedHosts(account, region, [.. hosts.Where(h => h.AccountId == account && h.Region == region)]);
                extras.ReplaceReservedInstances(account, region, [.. reserved.Where(r => r.AccountId == account && r.Region == region)]);
            }
        }

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
    }
}
