using System.Globalization;
using Analyzer.Storage.Shards;

namespace Analyzer.Jobs.Shards;

/// <summary>
/// Reads and checks the shards of one period before anything is merged: each shard folder's manifest, that every
/// shard 0..n-1 is there exactly once with every table, that they agree on the shard count, period and schema, and
/// that no account is in two shards. Each problem is one line naming the shard and where it was looked for.
/// </summary>
internal static class ShardSet
{
    private const int MostNamed = 20;

    /// <param name="periodFolder">The local folder holding the period's shard=i folders.</param>
    /// <param name="describe">Where a relative folder ("2026-12-02/shard=2") is, for the messages.</param>
    public static ShardSetReading Read(string periodFolder, DateOnly period, int? expectedShards, Func<string, string> describe)
    {
        var problems = new List<string>();
        var manifests = new List<(ShardManifest Manifest, string Folder)>();
        var folders = Directory.Exists(periodFolder) ? Directory.GetDirectories(periodFolder).Order(StringComparer.Ordinal) : Enumerable.Empty<string>();
        foreach (var folder in folders)
        {
            var path = Path.Combine(folder, ShardLayout.Manifest);
            if (!File.Exists(path))
            {
                continue;
            }

            var name = Path.GetFileName(folder);
            if (ShardManifest.TryRead(path) is not { } manifest)
            {
                problems.Add($"{describe(Relative(period, name))}{ShardLayout.Manifest} is not a shard manifest this build reads.");
            }
            else if (ShardLayout.ShardFolder(manifest.Shard) != name || manifest.Period != period)
            {
                problems.Add(string.Create(CultureInfo.InvariantCulture,
                    $"{describe(Relative(period, name))} holds the manifest of shard {manifest.Shard} of {ShardLayout.PeriodFolder(manifest.Period)}: files were copied into the wrong folder."));
            }
            else
            {
                manifests.Add((manifest, folder));
            }
        }

        var count = expectedShards ?? manifests.Select(m => (int?)m.Manifest.Shards).FirstOrDefault();
        if (count is not { } n)
        {
            problems.Add($"No shard found under {describe(ShardLayout.PeriodFolder(period))}: expected shard=0, shard=1, ... folders, each with its {ShardLayout.Manifest}.");
            return new ShardSetReading([], [], problems);
        }

        problems.AddRange(Disagreements(manifests.Select(m => m.Manifest).ToList(), n));
        problems.AddRange(Missing(manifests.Select(m => m.Manifest.Shard).ToHashSet(), n, period, describe));
        problems.AddRange(SharedAccounts(manifests.Select(m => m.Manifest).ToList()));
        var files = new List<ShardTableFile>();
        foreach (var (manifest, folder) in manifests)
        {
            foreach (var table in ShardTables.Collected)
            {
                var file = Path.Combine(folder, table + ".parquet");
                if (!File.Exists(file) || !manifest.Tables.TryGetValue(table, out var rows))
                {
                    problems.Add(string.Create(CultureInfo.InvariantCulture,
                        $"Shard {manifest.Shard} of {n} is incomplete: no {table}.parquet in {describe(Relative(period, ShardLayout.ShardFolder(manifest.Shard)))}."));
                    continue;
                }

                files.Add(new ShardTableFile(table, manifest.Shard, file, rows));
            }
        }

        return new ShardSetReading(files, [.. manifests.Select(m => m.Manifest).OrderBy(m => m.Shard)], problems);
    }

    private static IEnumerable<string> Disagreements(IReadOnlyList<ShardManifest> manifests, int count)
    {
        foreach (var manifest in manifests.OrderBy(m => m.Shard))
        {
            if (manifest.Shards != count || manifest.Shard >= count)
            {
                yield return string.Create(CultureInfo.InvariantCulture,
                    $"Shard {manifest.Shard} was written as one of {manifest.Shards} shards, but this merge expects {count}: rerun every shard with the same count.");
            }

            if (manifest.Schema != ShardTables.Schema)
            {
                yield return string.Create(CultureInfo.InvariantCulture,
                    $"Shard {manifest.Shard} was written with schema {manifest.Schema}, this build has {ShardTables.Schema}: run the shards and the merge with the same version.");
            }
        }
    }

    private static IEnumerable<string> Missing(HashSet<int> present, int count, DateOnly period, Func<string, string> describe)
    {
        var missing = Enumerable.Range(0, count).Where(i => !present.Contains(i)).ToList();
        foreach (var index in missing.Take(MostNamed))
        {
            yield return string.Create(CultureInfo.InvariantCulture,
                $"Shard {index} of {count} is missing: no {ShardLayout.Manifest} in {describe(Relative(period, ShardLayout.ShardFolder(index)))} (the shard failed, is still running, or ran for another period).");
        }

        if (missing.Count > MostNamed)
        {
            yield return string.Create(CultureInfo.InvariantCulture, $"... and {missing.Count - MostNamed} more shard(s) missing.");
        }
    }

    private static IEnumerable<string> SharedAccounts(IReadOnlyList<ShardManifest> manifests) =>
        manifests.SelectMany(m => m.Accounts.Select(a => (Account: a, m.Shard)))
            .GroupBy(p => p.Account, StringComparer.Ordinal)
            .Where(g => g.Count() > 1)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Take(MostNamed)
            .Select(g => $"Account {g.Key} is in shards {string.Join(" and ", g.Select(p => p.Shard.ToString(CultureInfo.InvariantCulture)))}: a duplicate shard (the shards ran with different counts or configurations).");

    private static string Relative(DateOnly period, string shardFolder) => ShardLayout.PeriodFolder(period) + "/" + shardFolder;
}
