using DuckDB.NET.Data;

namespace Analyzer.Storage.DuckDb;

/// <summary>Binds positional or named values to a DuckDB.NET command; null binds SQL NULL.</summary>
internal static class DuckDbParameters
{
    public static void BindPositional(DuckDBCommand command, object?[]? args)
    {
        foreach (var value in args ?? [])
        {
            command.Parameters.Add(new DuckDBParameter(Value(value)));
        }
    }

    public static void BindNamed(DuckDBCommand command, IReadOnlyDictionary<string, object?> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        foreach (var (name, value) in args)
        {
            command.Parameters.Add(new DuckDBParameter(name.TrimStart('$'), Value(value)));
        }
    }

    private static object Value(object? value) => value switch
    {
        null => DBNull.Value,
        Int128 huge => (System.Numerics.BigInteger)huge,
        DateTime { Kind: DateTimeKind.Local } local => local.ToUniversalTime(),
        DateTimeOffset offset => offset.ToUniversalTime(),
        _ => value,
    };
}
