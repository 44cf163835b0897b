using Analyzer.Storage.Native;

namespace Analyzer.Storage.DuckDb;

/// <summary>A statement parsed and bound once, run many times with new parameter values.</summary>
public sealed class DuckDbPreparedStatement : IDisposable
{
    private readonly PreparedStatementHandle handle;

    internal DuckDbPreparedStatement(PreparedStatementHandle handle) => this.handle = handle;

    public int ParameterCount => checked((int)NativeMethods.duckdb_nparams(handle));

    /// <summary>What kind of statement DuckDB parsed (a query, an insert, ...), known before it runs.</summary>
    public DuckDbStatementType StatementType => NativeMethods.duckdb_prepared_statement_type(handle);

    /// <summary>The name of parameter <paramref name="index"/> (1-based): "name" for <c>$name</c>, "1" for <c>$1</c>.</summary>
    public string GetParameterName(int index) =>
        NativeMethods.duckdb_parameter_name(handle, (ulong)index).ReadAndFree() ?? string.Empty;

    public long Execute(params object?[] args)
    {
        using var result = Run(args);
        return (long)NativeMethods.duckdb_rows_changed(result);
    }

    public long Execute(IReadOnlyDictionary<string, object?> args)
    {
        using var result = Run(args);
        return (long)NativeMethods.duckdb_rows_changed(result);
    }

    public DuckDbDataReader ExecuteReader(params object?[] args) => new(new ResultReader(Run(args)));

    public DuckDbDataReader ExecuteReader(IReadOnlyDictionary<string, object?> args) => new(new ResultReader(Run(args)));

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

    internal ResultHandle Run(object?[] args)
    {
        ObjectDisposedException.ThrowIf(handle.IsClosed, this);
        ParameterBinder.BindPositional(handle, args ?? []);
        return ExecuteBound();
    }

    internal ResultHandle Run(IReadOnlyDictionary<string, object?> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        ObjectDisposedException.ThrowIf(handle.IsClosed, this);
        ParameterBinder.BindNamed(handle, args);
        return ExecuteBound();
    }

    private ResultHandle ExecuteBound()
    {
        var result = new ResultHandle();
        try
        {
            NativeErrors.Check(NativeMethods.duckdb_execute_prepared(handle, result), result);
            return result;
        }
        catch
        {
            result.Dispose();
            throw;
        }
    }
}
