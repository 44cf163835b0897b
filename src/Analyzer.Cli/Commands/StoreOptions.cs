using System.CommandLine;

namespace Analyzer.Cli.Commands;

/// <summary>The `--store` option: one on the root, seen by every command that reads or writes the DuckDB file.</summary>
internal static class StoreOptions
{
    public const string DefaultStorePath = "analyzer.duckdb";

    public static Option<string> Create() => new("--store")
    {
        Description = "Path of the DuckDB store file (created when missing).",
        DefaultValueFactory = _ => DefaultStorePath,
        Recursive = true,
    };
}
