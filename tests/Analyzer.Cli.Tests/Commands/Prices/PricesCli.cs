namespace Analyzer.Cli.Tests.Commands.Prices;

/// <summary>Runs <c>prices</c> subcommands through the real command tree against a temporary store, capturing output.</summary>
public sealed class PricesCli : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("prices-cli-").FullName;

    public PricesCli() => Database = Path.Combine(directory, "store.duckdb");

    public static TimeProvider Time { get; } = new FixedTime(new DateTimeOffset(2026, 11, 22, 3, 0, 0, TimeSpan.Zero));

    public string Database { get; }

    public async Task<(int Code, string Output, string Error)> RunAsync(params string[] args)
    {
        return await CliRunner.RunInAsync(directory, Time, ["prices", .. args, "--store", Database]);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // A store a failed test left open still holds the file; the OS temp cleaner gets it later.
        }
    }

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
