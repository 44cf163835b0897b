using Analyzer.Storage.Native;

namespace Analyzer.Storage.DuckDb;

/// <summary>
/// A connection to a <see cref="DuckDbDatabase"/>. Use it from one thread at a time; open one per thread for
/// concurrency. Parameters are positional (<c>$1</c>, <c>?</c>) or named (<c>$name</c>) and always bound, never spliced.
/// </summary>
public sealed class DuckDbConnection : IDisposable
{
    private readonly ConnectionHandle handle;

    internal DuckDbConnection(ConnectionHandle handle) => this.handle = handle;

    /// <summary>Runs SQL and returns the rows it changed. With no arguments the text may hold several statements.</summary>
    public long Execute(string sql, params object?[] args)
    {
        using var result = Run(sql, args);
        return (long)NativeMethods.duckdb_rows_changed(result);
    }

    public long Execute(string sql, IReadOnlyDictionary<string, object?> args)
    {
        using var statement = Prepare(sql);
        return statement.Execute(args);
    }

    public DuckDbDataReader ExecuteReader(string sql, params object?[] args) => new(new ResultReader(Run(sql, args)));

    public DuckDbDataReader ExecuteReader(string sql, IReadOnlyDictionary<string, object?> args)
    {
        using var statement = Prepare(sql);
        return statement.ExecuteReader(args);
    }

    /// <summary>The first column of the first row converted to <typeparamref name="T"/>; default when there is no row or it is NULL.</summary>
    public T? ExecuteScalar<T>(string sql, params object?[] args)
    {
        using var reader = ExecuteReader(sql, args);
        return reader.ReadScalar<T>();
    }

    public T? ExecuteScalar<T>(string sql, IReadOnlyDictionary<string, object?> args)
    {
        using var reader = ExecuteReader(sql, args);
        return reader.ReadScalar<T>();
    }

    /// <summary>Prepares one statement; fails with DuckDB's message when it does not parse or bind.</summary>
    public DuckDbPreparedStatement Prepare(string sql)
    {
        ArgumentNullException.ThrowIfNull(sql);
        ObjectDisposedException.ThrowIf(handle.IsClosed, this);
        var state = NativeMethods.duckdb_prepare(handle, sql, out var statement);
        try
        {
            NativeErrors.Check(state, statement);
        }
        catch
        {
            statement.Dispose();
            throw;
        }

        return new DuckDbPreparedStatement(statement);
    }

    /// <summary>Appends rows to <paramref name="table"/> (optionally "schema.table" via <paramref name="schema"/>) in bulk.</summary>
    public DuckDbAppender CreateAppender(string table, string? schema = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(table);
        ObjectDisposedException.ThrowIf(handle.IsClosed, this);
        var state = NativeMethods.duckdb_appender_create(handle, schema, table, out var appender);
        try
        {
            NativeErrors.Check(state, appender);
        }
        catch
        {
            appender.Dispose();
            throw;
        }

        return new DuckDbAppender(appender);
    }

    public DuckDbTransaction BeginTransaction()
    {
        Execute("BEGIN TRANSACTION");
        return new DuckDbTransaction(this);
    }

    /// <summary>Asks the statement running on this connection (from another thread) to stop.</summary>
    public void Interrupt() => NativeMethods.duckdb_interrupt(handle);

    public void Dispose() => handle.Dispose();

    private ResultHandle Run(string sql, object?[] args)
    {
        ArgumentNullException.ThrowIfNull(sql);
        ObjectDisposedException.ThrowIf(handle.IsClosed, this);
        if (args is { Length: > 0 })
        {
            using var statement = Prepare(sql);
            return statement.Run(args);
        }

        var result = new ResultHandle();
        try
        {
            NativeErrors.Check(NativeMethods.duckdb_query(handle, sql, result), result);
            return result;
        }
        catch
        {
            result.Dispose();
            throw;
        }
    }
}
