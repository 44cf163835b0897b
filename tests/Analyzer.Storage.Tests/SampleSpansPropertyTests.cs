using System.Globalization;
using Analyzer.Core.Ingest;
using Analyzer.Core.Time;
using Analyzer.Core.Workloads;
using Analyzer.Testing.DuckDb;

namespace Analyzer.Storage.Tests;

/// <summary>
/// Generated sequences of loads (random windows that overlap, named and unnamed workloads, hours with gaps, two
/// sources), retirements and failing loads against a naive model of the replace: after every step the store holds the
/// model's rows, and sample_spans equals the GROUP BY over them.
/// </summary>
public sealed class SampleSpansPropertyTests
{
    private const int Steps = 12;
    private static readonly string[] Ids = ["w0", "w1", "w2", "w3", "w4", "w5"];
    private static readonly string[] Sources = ["demo", "cloudwatch"];

    public static TheoryData<int> Seeds => [.. Enumerable.Range(1, 16)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Steps_AnySequence_KeepTheModelsRowsAndSpansEqualToTheirGroupBy(int seed)
    {
        var random = new Random(seed);
        using var file = new TempDuckDbFile();
        using var store = AnalyzerStore.Open(file.Path, TimeProvider.System);
        var model = new Model();

        for (var step = 0; step < Steps; step++)
        {
            var source = Sources[random.Next(Sources.Length)];
            var roll = random.NextDouble();
            if (roll < 0.1)
            {
                var keep = Subset(random, 0.5);
                store.RetireWorkloads(source, keep);
                model.Retire(source, keep);
            }
            else if (roll < 0.2)
            {
                // A sample an hour past the window's end fails the load, after the replace has run in its transaction.
                var batch = Generate(random, step, source, outsideWindow: true);
                Assert.Throws<ArgumentException>(() => store.Load(batch.Batch));
            }
            else
            {
                var batch = Generate(random, step, source, outsideWindow: false);
                store.Load(batch.Batch);
                model.Load(source, batch.Batch.Window, batch.Named, batch.Samples);
            }

            var context = string.Create(CultureInfo.InvariantCulture, $"seed {seed}, step {step}");
            Assert.True(model.Rows().SequenceEqual(Read(store, RowsSql)), context + ": the stored rows differ from the model's");
            var spans = Read(store, SpansSql);
            Assert.True(Read(store, GroupBySql).SequenceEqual(spans), context + ": sample_spans differs from the GROUP BY over the rows");
            Assert.True(model.Spans().SequenceEqual(spans), context + ": sample_spans differs from the model's spans");
        }
    }

    private const string RowsSql =
        "SELECT source || '|' || workload_id || '|' || strftime(hour, '%Y-%m-%d %H') || '|' || CAST(cpu_avg_pct AS BIGINT) FROM utilization_hourly";

    private const string SpansSql =
        "SELECT source || '|' || workload_id || '|' || strftime(first_hour, '%Y-%m-%d %H') || '|' || strftime(last_hour, '%Y-%m-%d %H') FROM sample_spans";

    private const string GroupBySql =
        "SELECT source || '|' || workload_id || '|' || strftime(f, '%Y-%m-%d %H') || '|' || strftime(l, '%Y-%m-%d %H') "
        + "FROM (SELECT source, workload_id, min(hour) AS f, max(hour) AS l FROM utilization_hourly GROUP BY ALL)";

    private static (IngestBatch Batch, IReadOnlyList<string> Named, IReadOnlyList<(string Id, DateTime Hour, long Cpu)> Samples) Generate(
        Random random, int step, string source, bool outsideWindow)
    {
        // Windows of 1 to 48 hours starting in the first four days: they overlap often, and sometimes meet end to start.
        var start = TestBatches.Day1.AddHours(random.Next(96));
        var window = new Period(start, start.AddHours(random.Next(1, 49)));
        var named = Subset(random, 0.5);
        var samples = new List<(string Id, DateTime Hour, long Cpu)>();
        foreach (var id in Subset(random, 0.6))
        {
            // Each hour of the window with probability 0.7, so spans have gaps and ends the rows alone can tell.
            for (var hour = window.Start; hour < window.End; hour = hour.AddHours(1))
            {
                if (random.NextDouble() < 0.7)
                {
                    samples.Add((id, hour, (step * 10_000) + samples.Count));
                }
            }
        }

        if (outsideWindow)
        {
            samples.Insert(random.Next(samples.Count + 1), (Ids[0], window.End, -1));
        }

        // In a random order: an unnamed workload's first sample may come after other workloads' samples were appended.
        var ordered = samples.OrderBy(_ => random.Next()).ToList();
        var batch = new IngestBatch(
            source,
            window,
            ["111111111111"],
            [new Account("111111111111", "Payments prod")],
            [.. named.Select(id => TestBatches.Workload(id))],
            ordered.Select(s => new UtilizationSample(s.Id, s.Hour, s.Cpu, null, null, null, null, null, null, null, null, null, null)),
            []);
        return (batch, named, ordered);
    }

    private static List<string> Subset(Random random, double probability) => [.. Ids.Where(_ => random.NextDouble() < probability)];

    private static List<string> Read(AnalyzerStore store, string sql)
    {
        using var connection = store.Connect();
        using var reader = connection.ExecuteReader(sql);
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(reader.GetString(0));
        }

        rows.Sort(StringComparer.Ordinal);
        return rows;
    }

    /// <summary>The replace done naively: every stored row of the batch's source, window and workloads goes, then the batch's rows come.</summary>
    private sealed class Model
    {
        private readonly List<(string Source, string Id, DateTime Hour, long Cpu)> rows = [];
        private readonly Dictionary<string, string> inventory = new(StringComparer.Ordinal);

        public void Load(string source, Period window, IReadOnlyList<string> named, IReadOnlyList<(string Id, DateTime Hour, long Cpu)> samples)
        {
            var replaced = named.Concat(samples.Select(s => s.Id)).ToHashSet(StringComparer.Ordinal);
            rows.RemoveAll(r => r.Source == source && window.Contains(r.Hour) && replaced.Contains(r.Id));
            rows.AddRange(samples.Select(s => (source, s.Id, s.Hour, s.Cpu)));
            foreach (var id in named)
            {
                inventory[id] = source;
            }
        }

        // store/retire/apply.sql: the source's rows of its inventory's workloads that are not kept, and those workloads.
        public void Retire(string source, IReadOnlyList<string> keep)
        {
            var gone = inventory.Where(p => p.Value == source && !keep.Contains(p.Key)).Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
            rows.RemoveAll(r => r.Source == source && gone.Contains(r.Id));
            foreach (var id in gone)
            {
                inventory.Remove(id);
            }
        }

        public List<string> Rows() => Sorted(rows.Select(r => string.Create(CultureInfo.InvariantCulture, $"{r.Source}|{r.Id}|{r.Hour:yyyy-MM-dd HH}|{r.Cpu}")));

        public List<string> Spans() => Sorted(rows
            .GroupBy(r => (r.Source, r.Id))
            .Select(g => string.Create(CultureInfo.InvariantCulture, $"{g.Key.Source}|{g.Key.Id}|{g.Min(r => r.Hour):yyyy-MM-dd HH}|{g.Max(r => r.Hour):yyyy-MM-dd HH}")));

        private static List<string> Sorted(IEnumerable<string> items)
        {
            var list = items.ToList();
            list.Sort(StringComparer.Ordinal);
            return list;
        }
    }
}
