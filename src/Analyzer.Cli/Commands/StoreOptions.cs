using System.CommandLine;

namespace Analyzer.Cli.Commands;

/// <summary>The `--store` option every command that reads or writes the DuckDB file shares.</summary>
internal static class StoreOptions
{
    public const string DefaultStorePath = "analyzer.duckdb";

    public static Option<string> Create(string defaultPath = DefaultStorePath) => new("--store")
    {
        Description = "Path of the DuckDB store file (created when missing).",
        DefaultValueFactory = _ => defaultPath,
    };
}
