using DuckDB.NET.Data;

namespace Analyzer.Storage.DuckDb;

/// <summary>
/// A connection to a <see cref="DuckDbDatabase"/>. Use it from one thread at a time; open one per thread for
/// concurrency. Parameters are positional (<c>$1</c>, <c>?</c>) or named (<c>$name</c>) and always bound, never spliced.
/// Results are materialized, so other statements may run on the connection while a reader is open.
/// </summary>
public sealed class DuckDbConnection : IDisposable
{
    private readonly DuckDBConnection inner;

    internal DuckDbConnection(DuckDBConnection inner) => this.inner = inner;

    /// <summary>Runs SQL and returns the rows it changed. With no arguments the text may hold several statements.</summary>
    public long Execute(string sql, params object?[] args)
    {
        using var command = Command(sql);
        DuckDbParameters.BindPositional(command, args);
        return DuckDbErrors.Guard(command.ExecuteNonQuery);
    }

    public long Execute(string sql, IReadOnlyDictionary<string, object?> args)
    {
        using var command = Command(sql);
        DuckDbParameters.BindNamed(command, args);
        return DuckDbErrors.Guard(command.ExecuteNonQuery);
    }

    public DuckDbDataReader ExecuteReader(string sql, params object?[] args)
    {
        var command = Command(sql);
        DuckDbParameters.BindPositional(command, args);
        return DuckDbDataReader.Execute(command);
    }

    public DuckDbDataReader ExecuteReader(string sql, IReadOnlyDictionary<string, object?> args)
    {
        var command = Command(sql);
        DuckDbParameters.BindNamed(command, args);
        return DuckDbDataReader.Execute(command);
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
        return DuckDbPreparedStatement.Create(inner, sql);
    }

    /// <summary>Appends rows to <paramref name="table"/> (optionally "schema.table" via <paramref name="schema"/>) in bulk.</summary>
    public DuckDbAppender CreateAppender(string table, string? schema = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(table);
        return DuckDbAppender.Create(inner, table, schema);
    }

    public DuckDbTransaction BeginTransaction()
    {
        Execute("BEGIN TRANSACTION");
        return new DuckDbTransaction(this);
    }

    /// <summary>Asks the statement running on this connection (from another thread) to stop.</summary>
    public void Interrupt() => inner.NativeConnection.Interrupt();

    public void Dispose() => inner.Dispose();

    private DuckDBCommand Command(string sql)
    {
        ArgumentNullException.ThrowIfNull(sql);
        var command = inner.CreateCommand();
        command.CommandText = sql;
        return command;
    }
}
