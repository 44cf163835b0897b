using System.Globalization;
using Analyzer.Jobs.Shards;
using Analyzer.Storage.Shards;

namespace Analyzer.Jobs.Tests.Shards;

/// <summary>
/// The checks a merge makes before it changes anything, on shard folders laid out by hand: every shard 0..n-1 there
/// once with every table, all of one shard count, period and schema, no account in two shards.
/// </summary>
public sealed class ShardSetTests : IDisposable
{
    private static readonly DateOnly Period = new(2026, 12, 2);
    private readonly string _root = Directory.CreateTempSubdirectory("analyzer-shard-set-").FullName;

    private string PeriodFolder => Path.Combine(_root, "2026-12-02");

    [Fact]
    public void Read_EveryShardOnce_FindsEveryTableOfEachAndNoProblem()
    {
        Shard(0, 2, "111111111110");
        Shard(1, 2, "111111111111");

        var set = Read();

        Assert.Empty(set.Problems);
        Assert.Equal(2 * ShardTables.Collected.Count, set.Files.Count);
        Assert.Equal([0, 1], set.Manifests.Select(m => m.Shard));
    }

    [Fact]
    public void Read_ShardOneOfThreeMissing_NamesItAndWhereItWasLookedFor()
    {
        Shard(0, 3, "111111111110");
        Shard(2, 3, "111111111112");

        var set = Read();

        Assert.Equal(["Shard 1 of 3 is missing: no manifest.json in <uri>/2026-12-02/shard=1/ (the shard failed, is still running, or ran for another period)."], set.Problems);
    }

    [Fact]
    public void Read_ExpectedCountAboveTheManifests_NamesTheShardsNoOneWrote()
    {
        Shard(0, 3, "111111111110");
        Shard(1, 3, "111111111111");
        Shard(2, 3, "111111111112");

        var set = ShardSet.Read(PeriodFolder, Period, 4, f => $"<uri>/{f}/");

        Assert.Contains("Shard 3 of 4 is missing: no manifest.json in <uri>/2026-12-02/shard=3/ (the shard failed, is still running, or ran for another period).", set.Problems);
        Assert.Contains("Shard 0 was written as one of 3 shards, but this merge expects 4: rerun every shard with the same count.", set.Problems);
    }

    [Fact]
    public void Read_AnAccountInTwoShards_IsADuplicateNamingBoth()
    {
        Shard(0, 2, "111111111110", "222222222222");
        Shard(1, 2, "111111111111", "222222222222");

        var set = Read();

        Assert.Equal(["Account 222222222222 is in shards 0 and 1: a duplicate shard (the shards ran with different counts or configurations)."], set.Problems);
    }

    [Fact]
    public void Read_AManifestInAnotherShardsFolder_IsRefused()
    {
        Shard(0, 2, "111111111110");
        Shard(1, 2, "111111111111", folder: "shard=7");

        var set = Read();

        Assert.Contains("<uri>/2026-12-02/shard=7/ holds the manifest of shard 1 of 2026-12-02: files were copied into the wrong folder.", set.Problems);
        Assert.Contains(set.Problems, p => p.StartsWith("Shard 1 of 2 is missing", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_AShardOfAnotherSchema_IsRefused()
    {
        Shard(0, 1, "111111111110", schema: "0001_core");

        var set = Read();

        Assert.Equal([$"Shard 0 was written with schema 0001_core, this build has {ShardTables.Schema}: run the shards and the merge with the same version."], set.Problems);
    }

    [Fact]
    public void Read_AShardMissingATable_IsIncomplete()
    {
        Shard(0, 1, "111111111110");
        File.Delete(Path.Combine(PeriodFolder, "shard=0", "cost_daily.parquet"));

        var set = Read();

        Assert.Equal(["Shard 0 of 1 is incomplete: no cost_daily.parquet in <uri>/2026-12-02/shard=0/."], set.Problems);
    }

    [Fact]
    public void Read_NoShardAtAll_SaysWhereItLooked()
    {
        var set = Read();

        Assert.Equal(["No shard found under <uri>/2026-12-02/: expected shard=0, shard=1, ... folders, each with its manifest.json."], set.Problems);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private ShardSetReading Read() => ShardSet.Read(PeriodFolder, Period, null, f => $"<uri>/{f}/");

    /// <summary>A shard folder with an (empty) file per table and its manifest.</summary>
    private void Shard(int index, int count, string account, string? other = null, string? folder = null, string? schema = null)
    {
        var path = Path.Combine(PeriodFolder, folder ?? string.Create(CultureInfo.InvariantCulture, $"shard={index}"));
        Directory.CreateDirectory(path);
        foreach (var table in ShardTables.Collected)
        {
            File.WriteAllBytes(Path.Combine(path, table + ".parquet"), []);
        }

        var manifest = new ShardManifest
        {
            Period = Period,
            Shard = index,
            Shards = count,
            Schema = schema ?? ShardTables.Schema,
            Accounts = other is null ? [account] : [account, other],
            Tables = ShardTables.Collected.ToDictionary(t => t, _ => 0L, StringComparer.Ordinal),
        };
        File.WriteAllText(Path.Combine(path, "manifest.json"), manifest.ToJson());
    }
}
