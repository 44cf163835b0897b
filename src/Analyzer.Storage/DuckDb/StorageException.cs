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
}
