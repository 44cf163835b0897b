using Analyzer.Storage.DuckDb;

namespace Analyzer.Storage.Native;

/// <summary>
/// The one place a <see cref="DuckDbState"/> is turned into a <see cref="StorageException"/> carrying DuckDB's text.
/// Throwing lives in separate methods so the checks inline into hot loops.
/// </summary>
internal static class NativeErrors
{
    public static void Check(DuckDbState state, ResultHandle result)
    {
        if (state != DuckDbState.Success)
        {
            Throw(NativeMethods.duckdb_result_error(result).Read());
        }
    }

    public static void Check(DuckDbState state, PreparedStatementHandle statement)
    {
        if (state != DuckDbState.Success)
        {
            Throw(NativeMethods.duckdb_prepare_error(statement).Read());
        }
    }

    public static void Check(DuckDbState state, AppenderHandle appender)
    {
        if (state != DuckDbState.Success)
        {
            Throw(NativeMethods.duckdb_appender_error(appender).Read());
        }
    }

    /// <summary>For calls whose failure DuckDB does not explain (connect, bind): <paramref name="what"/> says what failed.</summary>
    public static void Check(DuckDbState state, string what)
    {
        if (state != DuckDbState.Success)
        {
            Throw(what);
        }
    }

    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    public static void Throw(string? message) =>
        throw new StorageException(string.IsNullOrEmpty(message) ? "DuckDB reported an error without a message." : message);
}
