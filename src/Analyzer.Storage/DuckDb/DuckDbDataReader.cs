using System.Globalization;
using Analyzer.Storage.Native;
using Analyzer.Storage.Native.Columns;

namespace Analyzer.Storage.DuckDb;

/// <summary>
/// Forward-only rows of one result. Values are copied out of DuckDB a chunk (up to 2048 rows) at a time; typed
/// getters read the copied column without boxing. Getters throw <see cref="InvalidCastException"/> on NULL: check
/// <see cref="IsDBNull"/> first, or use <see cref="GetValue"/>, which returns null.
/// </summary>
public sealed class DuckDbDataReader : IDisposable
{
    private readonly ResultReader result;
    private int row = -1;
    private int rowsInChunk;
    private bool exhausted;

    internal DuckDbDataReader(ResultReader result) => this.result = result;

    public int FieldCount => result.Columns.Length;

    public bool Read()
    {
        if (exhausted)
        {
            return false;
        }

        if (++row < rowsInChunk)
        {
            return true;
        }

        rowsInChunk = result.NextChunk();
        row = 0;
        exhausted = rowsInChunk == 0;
        return !exhausted;
    }

    public string GetName(int ordinal) => result.Names[ordinal];

    /// <summary>DuckDB's type name of the column, e.g. "DECIMAL(18,6)" or "JSON".</summary>
    public string GetDataTypeName(int ordinal) => result.Columns[ordinal].TypeName;

    public int GetOrdinal(string name)
    {
        var names = result.Names;
        var index = Array.FindIndex(names, n => string.Equals(n, name, StringComparison.Ordinal));
        if (index < 0)
        {
            index = Array.FindIndex(names, n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase));
        }

        return index >= 0 ? index : throw new ArgumentException($"The result has no column named '{name}'.", nameof(name));
    }

    public bool IsDBNull(int ordinal) => Column(ordinal).IsNull(row);

    public object? GetValue(int ordinal) => Column(ordinal).GetValue(row);

    /// <summary>The value converted to <typeparamref name="T"/> (int from BIGINT, double? from DECIMAL, ...); default when NULL.</summary>
    public T? GetFieldValue<T>(int ordinal) => ScalarConverter.Convert<T>(GetValue(ordinal));

    public bool GetBoolean(int ordinal) => NonNull(ordinal).GetBoolean(row);

    public int GetInt32(int ordinal) => checked((int)NonNull(ordinal).GetInt64(row));

    public long GetInt64(int ordinal) => NonNull(ordinal).GetInt64(row);

    public double GetDouble(int ordinal) => NonNull(ordinal).GetDouble(row);

    public decimal GetDecimal(int ordinal) => NonNull(ordinal).GetDecimal(row);

    public string GetString(int ordinal) => NonNull(ordinal).GetString(row);

    public DateOnly GetDate(int ordinal) => NonNull(ordinal).GetDate(row);

    /// <summary>A TIMESTAMP or TIMESTAMPTZ (or DATE at midnight) as a UTC <see cref="DateTime"/>.</summary>
    public DateTime GetDateTime(int ordinal) => NonNull(ordinal).GetDateTime(row);

    public IReadOnlyList<object?> GetList(int ordinal) => NonNull(ordinal).GetList(row);

    /// <summary>A MAP as key text to value, or a STRUCT as field name to value.</summary>
    public IReadOnlyDictionary<string, object?> GetMap(int ordinal) => NonNull(ordinal).GetMap(row);

    public void Dispose() => result.Dispose();

    internal T? ReadScalar<T>() => Read() ? ScalarConverter.Convert<T>(GetValue(0)) : default;

    private ColumnDecoder Column(int ordinal)
    {
        if (row < 0 || exhausted)
        {
            throw new InvalidOperationException("No current row: call Read() and check that it returned true.");
        }

        return result.Columns[ordinal];
    }

    private ColumnDecoder NonNull(int ordinal)
    {
        var column = Column(ordinal);
        return column.IsNull(row)
            ? throw new InvalidCastException(string.Create(CultureInfo.InvariantCulture, $"Column '{result.Names[ordinal]}' is NULL in this row."))
            : column;
    }
}
