using DuckDB.NET.Data;
using DuckDB.NET.Native;

namespace Analyzer.Storage.DuckDb;

/// <summary>The one place DuckDB.NET's exceptions become <see cref="StorageException"/>s carrying DuckDB's message.</summary>
internal static class DuckDbErrors
{
    public static T Guard<T>(Func<T> action)
    {
        try
        {
            return action();
        }
        catch (DuckDBException ex)
        {
            throw Translate(ex);
        }
        catch (InvalidOperationException ex) when (ex.Message.StartsWith("Invalid number of parameters", StringComparison.Ordinal))
        {
            // DuckDB.NET checks the count before DuckDB sees the statement; a caller's argument list is at fault.
            throw new ArgumentException(ex.Message, ex);
        }
    }

    public static void Guard(Action action)
    {
        try
        {
            action();
        }
        catch (DuckDBException ex)
        {
            throw Translate(ex);
        }
    }

    public static StorageException Translate(DuckDBException ex) =>
        new(ex.Message, ex) { Refusal = ex.ErrorType == DuckDBErrorType.Permission || IsRefusal(ex.Message) };

    /// <summary>An error DuckDB reported as text only (a failed prepare).</summary>
    public static StorageException Refused(string message) => new(message) { Refusal = IsRefusal(message) };

    // A statement the store's access mode or the connection's settings forbid: a write on a read-only store, a file
    // or the network with external access off, an extension that may not be installed or loaded.
    private static bool IsRefusal(string message) =>
        message.StartsWith("Permission Error", StringComparison.Ordinal)
        || message.Contains("read-only mode", StringComparison.Ordinal)
        || message.Contains("disabled by configuration", StringComparison.Ordinal)
        || message.Contains("Missing Extension", StringComparison.Ordinal)
        || message.Contains("configuration has been locked", StringComparison.Ordinal);
}
