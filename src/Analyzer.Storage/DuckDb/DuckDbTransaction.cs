namespace Analyzer.Storage.DuckDb;

/// <summary>An explicit transaction on one connection; disposing it without <see cref="Commit"/> rolls back.</summary>
public sealed class DuckDbTransaction : IDisposable
{
    private readonly DuckDbConnection connection;
    private bool completed;

    internal DuckDbTransaction(DuckDbConnection connection) => this.connection = connection;

    public void Commit()
    {
        ObjectDisposedException.ThrowIf(completed, this);
        completed = true;
        connection.Execute("COMMIT");
    }

    public void Rollback()
    {
        ObjectDisposedException.ThrowIf(completed, this);
        completed = true;
        connection.Execute("ROLLBACK");
    }

    public void Dispose()
    {
        if (completed)
        {
            return;
        }

        completed = true;
        try
        {
            connection.Execute("ROLLBACK");
        }
        catch (StorageException)
        {
            // Nothing left to undo (the connection already ended the transaction); Dispose must not throw over
            // the exception that is usually propagating here.
        }
    }
}
