using Analyzer.Collectors.Demo;
using Analyzer.Core.Settings;
using Analyzer.Storage;
using Analyzer.Storage.Pricing;
using Analyzer.Testing.DuckDb;

namespace Analyzer.Analysis.Tests;

/// <summary>
/// One store with the shipped price catalog and 14 days of the demo organisation, loaded as `analyzer demo` loads
/// them, and one analysis run over it; shared by a test class because loading takes seconds.
/// </summary>
public sealed class DemoRun : IDisposable
{
    public static readonly DateTime WindowEnd = new(2026, 11, 1, 0, 0, 0, DateTimeKind.Utc);

    private readonly TempDuckDbFile file = new();
    private readonly AnalyzerStore store;

    public DemoRun()
    {
        file.Database.Dispose();
        var time = new FixedTime(new DateTimeOffset(2026, 11, 22, 6, 0, 0, TimeSpan.Zero));
        store = AnalyzerStore.Open(file.Path, time);
        using (var connection = store.Connect())
        {
            ShippedPriceCatalog.EnsureLoaded(connection, time);
            var catalog = PriceCatalogReader.Read(connection, DateOnly.FromDateTime(WindowEnd));
            foreach (var batch in DemoOrganization.Generate(new DemoOptions(WindowEnd) { Days = 14 }, DemoPriceBooks.From(catalog)))
            {
                Workloads += store.Load(batch).Workloads;
            }
        }

        Run = new AnalysisEngine(store.Connect, time).Run(new AnalysisSettings());
    }

    public AnalysisRun Run { get; }

    public int Workloads { get; }

    public Storage.DuckDb.DuckDbConnection Connect() => store.Connect();

    public void Dispose()
    {
        store.Dispose();
        file.Dispose();
    }
}
