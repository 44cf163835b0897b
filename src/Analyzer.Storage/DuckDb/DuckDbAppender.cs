using System.Globalization;
using DuckDB.NET.Data;

namespace Analyzer.Storage.DuckDb;

/// <summary>
/// Bulk-loads rows into one table through DuckDB.NET's appender, which fills whole data chunks: one Append per column
/// in table order, then <see cref="EndRow"/>. Rows are written in the connection's current transaction.
/// <see cref="Dispose"/> flushes and closes (and can throw DuckDB's error, e.g. a constraint violation); after an
/// Append or EndRow failed, it discards the buffered rows instead. Numeric values convert to the column's numeric type
/// (an int into BIGINT, a decimal into DOUBLE); anything else must match the column or throws InvalidCastException.
/// MAP columns cannot be appended: stage their keys and values as two lists and build the map in SQL.
/// </summary>
public sealed class DuckDbAppender : IDisposable
{
    private readonly DuckDBAppender inner;
    private readonly string table;
    private readonly Type[] columns;
    private readonly (int Precision, int Scale)[] decimals;
    private IDuckDBAppenderRow? row;
    private int column;
    private bool closed;
    private bool faulted;

    private DuckDbAppender(DuckDBAppender inner, string table, Type[] columns, (int Precision, int Scale)[] decimals)
    {
        this.inner = inner;
        this.table = table;
        this.columns = columns;
        this.decimals = decimals;
    }

    public DuckDbAppender AppendNull() => Write(0, static (r, _) => r.AppendNullValue());

    public DuckDbAppender Append(bool value) => Expect(typeof(bool)).Write(value, static (r, v) => r.AppendValue(v));

    public DuckDbAppender Append(int value) => AppendInteger(value);

    public DuckDbAppender Append(long value) => AppendInteger(value);

    public DuckDbAppender Append(double value) => Target() switch
    {
        var t when t == typeof(double) => Write(value, static (r, v) => r.AppendValue(v)),
        var t when t == typeof(float) => Write((float)value, static (r, v) => r.AppendValue(v)),
        var t when t == typeof(decimal) => Write(Fit((decimal)value), static (r, v) => r.AppendValue(v)),
        var t => throw Mismatch(typeof(double), t),
    };

    /// <summary>Exact: rounded half away from zero to the column's DECIMAL(p, s) scale, as DuckDB's own cast does.</summary>
    public DuckDbAppender Append(decimal value) => Target() switch
    {
        var t when t == typeof(decimal) => Write(Fit(value), static (r, v) => r.AppendValue(v)),
        var t when t == typeof(double) => Write((double)value, static (r, v) => r.AppendValue(v)),
        var t => throw Mismatch(typeof(decimal), t),
    };

    public DuckDbAppender Append(string? value) =>
        value is null ? AppendNull() : Expect(typeof(string)).Write(value, static (r, v) => r.AppendValue(v));

    public DuckDbAppender Append(DateOnly value) => Target() switch
    {
        var t when t == typeof(DateOnly) => Write(value, static (r, v) => r.AppendValue(v)),
        var t when t == typeof(DateTime) => Write(value.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc), static (r, v) => r.AppendValue(v)),
        var t => throw Mismatch(typeof(DateOnly), t),
    };

    /// <summary>A TIMESTAMP; Unspecified kinds are taken as UTC, Local ones converted.</summary>
    public DuckDbAppender Append(DateTime value)
    {
        var utc = value.Kind == DateTimeKind.Local ? value.ToUniversalTime() : value;
        return Target() switch
        {
            var t when t == typeof(DateTime) => Write(utc, static (r, v) => r.AppendValue(v)),
            var t when t == typeof(DateOnly) => Write(DateOnly.FromDateTime(utc), static (r, v) => r.AppendValue(v)),
            var t => throw Mismatch(typeof(DateTime), t),
        };
    }

    /// <summary>A LIST of VARCHAR (VARCHAR[]); null appends NULL.</summary>
    public DuckDbAppender Append(IReadOnlyList<string>? values) =>
        values is null ? AppendNull() : Write(values as string[] ?? values.ToArray(), static (r, v) => r.AppendValue<string>(v));

    /// <summary>A LIST of INTEGER (INTEGER[]); null appends NULL.</summary>
    public DuckDbAppender Append(IReadOnlyList<int>? values) =>
        values is null ? AppendNull() : Write(values as int[] ?? values.ToArray(), static (r, v) => r.AppendValue<int>(v));

    /// <summary>A LIST of TIMESTAMP (TIMESTAMP[]); the values must be UTC or Unspecified (taken as UTC).</summary>
    public DuckDbAppender Append(IReadOnlyList<DateTime>? values) =>
        values is null ? AppendNull() : Write(values as DateTime[] ?? values.ToArray(), static (r, v) => r.AppendValue<DateTime>(v));

    public DuckDbAppender Append(bool? value) => value is { } v ? Append(v) : AppendNull();

    public DuckDbAppender Append(int? value) => value is { } v ? Append(v) : AppendNull();

    public DuckDbAppender Append(long? value) => value is { } v ? Append(v) : AppendNull();

    public DuckDbAppender Append(double? value) => value is { } v ? Append(v) : AppendNull();

    public DuckDbAppender Append(decimal? value) => value is { } v ? Append(v) : AppendNull();

    public DuckDbAppender Append(DateOnly? value) => value is { } v ? Append(v) : AppendNull();

    public DuckDbAppender Append(DateTime? value) => value is { } v ? Append(v) : AppendNull();

    public DuckDbAppender EndRow()
    {
        ObjectDisposedException.ThrowIf(closed, this);
        if (column != columns.Length)
        {
            faulted = true;
            throw new StorageException(string.Create(
                CultureInfo.InvariantCulture, $"{table} has {columns.Length} columns; the row ended after {column} value(s)."));
        }

        try
        {
            row!.EndRow();
        }
        catch
        {
            faulted = true;
            throw;
        }

        row = null;
        column = 0;
        return this;
    }

    /// <summary>Flushes and closes; DuckDB's error (a constraint, a type) surfaces here as <see cref="StorageException"/>.</summary>
    public void Close()
    {
        if (closed)
        {
            return;
        }

        closed = true;
        DuckDbErrors.Guard(inner.Close);
    }

    public void Dispose()
    {
        if (closed)
        {
            return;
        }

        if (faulted || row is not null)
        {
            // The chunk may hold half a row; do not let Close write it.
            closed = true;
            try
            {
                inner.Clear();
                inner.Close();
            }
            catch (DuckDBException)
            {
                // Nothing of this appender's is kept either way; the exception already propagating is the one to see.
            }

            return;
        }

        Close();
    }

    internal static DuckDbAppender Create(DuckDBConnection connection, string table, string? schema)
    {
        // The column types decide how numbers convert; DuckDB.NET's chunk writers take each value as its column's type.
        var qualified = schema is null ? Quote(table) : $"{Quote(schema)}.{Quote(table)}";
        Type[] columns;
        using (var command = connection.CreateCommand())
        {
            command.CommandText = $"SELECT * FROM {qualified} LIMIT 0";
            using var reader = DuckDbErrors.Guard(command.ExecuteReader);
            columns = Enumerable.Range(0, reader.FieldCount).Select(reader.GetFieldType).ToArray();
        }

        var decimals = new (int, int)[columns.Length];
        using (var command = connection.CreateCommand())
        {
            // DuckDB.NET scales a decimal to the column by truncation; the scale lets Append round as DuckDB would.
            command.CommandText = $"SELECT column_type FROM (DESCRIBE SELECT * FROM {qualified})";
            using var reader = DuckDbErrors.Guard(command.ExecuteReader);
            for (var i = 0; reader.Read() && i < decimals.Length; i++)
            {
                decimals[i] = DecimalShape(reader.GetString(0));
            }
        }

        var inner = DuckDbErrors.Guard(() => schema is null ? connection.CreateAppender(table) : connection.CreateAppender(schema, table));
        return new DuckDbAppender(inner, table, columns, decimals);
    }

    private static (int Precision, int Scale) DecimalShape(string type)
    {
        if (!type.StartsWith("DECIMAL(", StringComparison.Ordinal))
        {
            return (0, 0);
        }

        var parts = type["DECIMAL(".Length..^1].Split(',');
        return (int.Parse(parts[0], CultureInfo.InvariantCulture), int.Parse(parts[1], CultureInfo.InvariantCulture));
    }

    private decimal Fit(decimal value)
    {
        var (precision, scale) = decimals[column];
        var rounded = Math.Round(value, scale, MidpointRounding.AwayFromZero);
        if (precision > 0 && precision - scale < 29 && Math.Abs(decimal.Truncate(rounded)) >= Pow10(precision - scale))
        {
            faulted = true;
            throw new StorageException(string.Create(
                CultureInfo.InvariantCulture, $"Conversion Error: {value} does not fit column {column + 1} of {table}, a DECIMAL({precision},{scale})."));
        }

        return rounded;
    }

    private static decimal Pow10(int exponent)
    {
        var result = 1m;
        for (var i = 0; i < exponent; i++)
        {
            result *= 10;
        }

        return result;
    }

    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private DuckDbAppender AppendInteger(long value) => Target() switch
    {
        var t when t == typeof(long) => Write(value, static (r, v) => r.AppendValue(v)),
        var t when t == typeof(int) => Write(checked((int)value), static (r, v) => r.AppendValue(v)),
        var t when t == typeof(short) => Write(checked((short)value), static (r, v) => r.AppendValue(v)),
        var t when t == typeof(double) => Write((double)value, static (r, v) => r.AppendValue(v)),
        var t when t == typeof(decimal) => Write(Fit(value), static (r, v) => r.AppendValue(v)),
        var t when t == typeof(System.Numerics.BigInteger) => Write(new System.Numerics.BigInteger(value), static (r, v) => r.AppendValue(v)),
        var t => throw Mismatch(typeof(long), t),
    };

    private Type Target()
    {
        ObjectDisposedException.ThrowIf(closed, this);
        if (column >= columns.Length)
        {
            faulted = true;
            throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"{table} has {columns.Length} columns; this row has more values."));
        }

        return columns[column];
    }

    private DuckDbAppender Expect(Type type)
    {
        var target = Target();
        return target == type ? this : throw Mismatch(type, target);
    }

    // Static lambdas with the value passed in: no allocation per value on the load path.
    private DuckDbAppender Write<T>(T value, Action<IDuckDBAppenderRow, T> append)
    {
        _ = Target();
        try
        {
            row ??= inner.CreateRow();
            append(row, value);
        }
        catch (DuckDBException ex)
        {
            faulted = true;
            throw DuckDbErrors.Translate(ex);
        }
        catch (OverflowException ex)
        {
            faulted = true;
            throw new StorageException(ex.Message, ex);
        }
        catch
        {
            faulted = true;
            throw;
        }

        column++;
        return this;
    }

    private InvalidCastException Mismatch(Type value, Type target)
    {
        faulted = true;
        return new InvalidCastException(string.Create(
            CultureInfo.InvariantCulture, $"Column {column + 1} of {table} is {target.Name}; a {value.Name} cannot be appended to it."));
    }
}
