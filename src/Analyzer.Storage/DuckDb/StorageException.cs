namespace Analyzer.Storage.DuckDb;

/// <summary>
/// DuckDB refused something: the message is DuckDB's own text (for example
/// "Catalog Error: Table with name nope does not exist!"), so it can be shown as is.
/// </summary>
public sealed class StorageException : Exception
{
    public StorageException()
    {
    }

    public StorageException(string message)
        : base(message)
    {
    }

    public StorageException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>
    /// True when DuckDB refused the statement because of how the store was opened (a write on a read-only store, a
    /// file, URL or extension with external access or extension loading off), not because the store is broken.
    /// </summary>
    public bool Refusal { get; init; }
}
