using DuckDB.NET.Data;
using DuckDB.NET.Native;

namespace Analyzer.Storage.DuckDb;

/// <summary>
/// One statement, parsed and bound by DuckDB when created (so a bad query fails at <see cref="DuckDbConnection.Prepare"/>
/// with DuckDB's message), then run as often as needed with new parameter values.
/// </summary>
public sealed class DuckDbPreparedStatement : IDisposable
{
    private readonly DuckDBConnection connection;
    private readonly string sql;
    private readonly DuckDB.NET.Native.DuckDBPreparedStatement handle;

    private DuckDbPreparedStatement(DuckDBConnection connection, string sql, DuckDB.NET.Native.DuckDBPreparedStatement handle)
    {
        this.connection = connection;
        this.sql = sql;
        this.handle = handle;
    }

    /// <summary>How many parameters the statement takes.</summary>
    public int ParameterCount => checked((int)NativeMethods.PreparedStatements.DuckDBParams(handle));

    public long Execute(params object?[] args)
    {
        using var command = Command();
        DuckDbParameters.BindPositional(command, args);
        return DuckDbErrors.Guard(command.ExecuteNonQuery);
    }

    public long Execute(IReadOnlyDictionary<string, object?> args)
    {
        using var command = Command();
        DuckDbParameters.BindNamed(command, args);
        return DuckDbErrors.Guard(command.ExecuteNonQuery);
    }

    public DuckDbDataReader ExecuteReader(params object?[] args)
    {
        var command = Command();
        DuckDbParameters.BindPositional(command, args);
        return DuckDbDataReader.Execute(command);
    }

    public DuckDbDataReader ExecuteReader(IReadOnlyDictionary<string, object?> args)
    {
        var command = Command();
        DuckDbParameters.BindNamed(command, args);
        return DuckDbDataReader.Execute(command);
    }

    public T? ExecuteScalar<T>(params object?[] args)
    {
        using var reader = ExecuteReader(args);
        return reader.ReadScalar<T>();
    }

    public T? ExecuteScalar<T>(IReadOnlyDictionary<string, object?> args)
    {
        using var reader = ExecuteReader(args);
        return reader.ReadScalar<T>();
    }

    public void Dispose() => handle.Dispose();

    internal static DuckDbPreparedStatement Create(DuckDBConnection connection, string sql)
    {
        var state = NativeMethods.PreparedStatements.DuckDBPrepare(connection.NativeConnection, sql, out var handle);
        if (state != DuckDBState.Success)
        {
            var message = NativeMethods.PreparedStatements.DuckDBPrepareError(handle);
            handle.Dispose();
            throw DuckDbErrors.Refused(string.IsNullOrEmpty(message) ? "DuckDB could not prepare the statement." : message);
        }

        return new DuckDbPreparedStatement(connection, sql, handle);
    }

    private DuckDBCommand Command()
    {
        ObjectDisposedException.ThrowIf(handle.IsClosed, this);
        var command = connection.CreateCommand();
        command.CommandText = sql;
        return command;
    }
}
