using System.Globalization;
using Analyzer.Testing.FakeAws;

namespace Analyzer.Cli.Tests.Commands.Shards;

/// <summary>
/// The six-account <see cref="FakeAwsOrganization"/> run twice, once as one `run` and once as `run --shard i/3`
/// for i = 0, 1, 2 into a local folder followed by `run --merge`, each into its own store, so the tests compare the
/// two. The runs happen once, on first use, and are kept.
/// </summary>
public sealed class ShardedOrganization : IDisposable
{
    private readonly Lazy<Task<ShardedRuns>> _runs;

    public ShardedOrganization()
    {
        Root = Directory.CreateTempSubdirectory("analyzer-shards-test-").FullName;
        Period = DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime);
        Organization = new FakeAwsOrganization(Period);
        _runs = new Lazy<Task<ShardedRuns>>(RunAllAsync);
    }

    public FakeAwsOrganization Organization { get; }

    public string Root { get; }

    /// <summary>Today (UTC): the period the shards and the merge name, and the day the single run's window ends at.</summary>
    public DateOnly Period { get; }

    public string PeriodText => Period.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public string ShardsFolder => Path.Combine(Root, "shards");

    public Task<ShardedRuns> RunsAsync() => _runs.Value;

    /// <summary>`run` arguments for the organisation: every account's role, two days, JSON and CSV reports.</summary>
    public string[] Run(string store, string output, params string[] extra) =>
    [
        "run", "--store", store, "--endpoint-url", Organization.Endpoint.ToString(), "--region", "us-east-1", "--lookback-days", "2",
        .. FakeAwsOrganization.RoleArguments(), "--out", output, "--format", "json,csv", .. extra,
    ];

    public void Dispose()
    {
        Organization.Dispose();
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private async Task<ShardedRuns> RunAllAsync()
    {
        using var environment = AwsEnvironment.WithKey(FakeAwsCredential.Default);
        var single = await CliRunner.RunAsync(Run(Path.Combine(Root, "single.duckdb"), Path.Combine(Root, "single-out")));
        var shards = new List<(int Code, string Output, string Error)>();
        for (var i = 0; i < 3; i++)
        {
            var store = Path.Combine(Root, string.Create(CultureInfo.InvariantCulture, $"shard{i}.duckdb"));
            shards.Add(await CliRunner.RunAsync(Run(store, Path.Combine(Root, "unused-out"),
                "--shard", string.Create(CultureInfo.InvariantCulture, $"{i}/3"), "--shards-uri", ShardsFolder, "--period", PeriodText)));
        }

        var merge = await CliRunner.RunAsync(Run(Path.Combine(Root, "merged.duckdb"), Path.Combine(Root, "merged-out"),
            "--merge", "--shards-uri", ShardsFolder, "--period", PeriodText));
        return new ShardedRuns(single, shards, merge, Path.Combine(Root, "single.duckdb"), Path.Combine(Root, "merged.duckdb"));
    }
}
