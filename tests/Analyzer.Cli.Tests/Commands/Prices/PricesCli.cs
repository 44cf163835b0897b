using System.CommandLine;
using Analyzer.Cli.Commands.Prices;

namespace Analyzer.Cli.Tests.Commands.Prices;

/// <summary>Runs <c>prices</c> subcommands under a root with a recursive --db option, capturing output.</summary>
public sealed class PricesCli : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("prices-cli-").FullName;

    public PricesCli() => Database = Path.Combine(directory, "store.duckdb");

    public static TimeProvider Time { get; } = new FixedTime(new DateTimeOffset(2026, 11, 22, 3, 0, 0, TimeSpan.Zero));

    public string Database { get; }

    public async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        var db = new Option<string>("--db") { Recursive = true, Required = true };
        var root = new RootCommand("test root") { db };
        root.Subcommands.Add(PricesCommand.Create(db, Time, () => new HttpClient()));
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await root.Parse(["prices", .. args, "--db", Database])
            .InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
        return (exitCode, output.ToString(), error.ToString());
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
