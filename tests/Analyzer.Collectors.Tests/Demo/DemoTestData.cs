using Analyzer.Collectors.Demo;
using Analyzer.Core.Ingest;

namespace Analyzer.Collectors.Tests.Demo;

/// <summary>Generations shared by the demo tests: a fixed window end, and a two-week snapshot held in memory.</summary>
internal static class DemoTestData
{
    /// <summary>A Monday midnight, so the window's weekdays are easy to reason about.</summary>
    public static readonly DateTime WindowEnd = new(2025, 6, 30, 0, 0, 0, DateTimeKind.Utc);

    private static readonly Lazy<DemoSnapshot> FortnightSnapshot = new(() => DemoSnapshot.Take(Generate(days: 14)));

    /// <summary>14 days of the default organisation, every sample and cost line in memory (about 150,000 samples).</summary>
    public static DemoSnapshot Fortnight => FortnightSnapshot.Value;

    public static IReadOnlyList<IngestBatch> Generate(int days = 90, ulong seed = DemoOptions.DefaultSeed, double scale = 1.0) =>
        DemoOrganization.Generate(new DemoOptions(WindowEnd) { Days = days, Seed = seed, Scale = scale }, DemoTestPrices.Book);
}
