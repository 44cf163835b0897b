using Analyzer.Storage.DuckDb;

namespace Analyzer.Cli;

/// <summary>
/// Two processes on one store: DuckDB itself takes an exclusive lock on the database file when it opens it for
/// writing, so a second process fails at once, before collecting anything, instead of waiting or corrupting the
/// first. This tells that failure apart from other store errors by DuckDB's message.
/// </summary>
internal static class StoreLock
{
    public static bool IsHeldElsewhere(StorageException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception.Message.Contains("Could not set lock on file", StringComparison.Ordinal)
            || exception.Message.Contains("Conflicting lock is held", StringComparison.Ordinal);
    }
}
