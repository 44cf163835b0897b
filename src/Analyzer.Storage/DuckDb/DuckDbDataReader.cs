using System.Collections;
using System.Globalization;
using DuckDB.NET.Data;

namespace Analyzer.Storage.DuckDb;

/// <summary>
/// Forward-only rows of one result, read through DuckDB.NET's chunk readers. A typed getter whose type is the column's
/// own reads without boxing; any other converts (int from BIGINT, double from DECIMAL, ...). Getters throw
/// <see cref="InvalidCastException"/> on NULL: check <see cref="IsDBNull"/> first, or use <see cref="GetValue"/>,
/// which returns null. TIMESTAMP reads as a UTC <see cref="DateTime"/>, TIMESTAMPTZ as a UTC
/// <see cref="DateTimeOffset"/>, DATE as <see cref="DateOnly"/>, HUGEINT as <see cref="Int128"/>.
/// </summary>
public sealed class DuckDbDataReader : IDisposable
{
    private static readonly HashSet<Type> Integral = [typeof(sbyte), typeof(short), typeof(int), typeof(long), typeof(byte), typeof(ushort), typeof(uint), typeof(ulong)];
    private readonly DuckDBCommand command;
    private readonly DuckDBDataReader reader;
    private readonly Type[] types;
    private readonly string[] typeNames;
    private readonly System.Reflection.MethodInfo?[] nullableLists;

    // The reader's Read as one delegate for the whole result: a method group made a new one each row (millions in an
    // analysis: about 0.5 GB allocated at 10,000 workloads).
    private readonly Func<bool> readRow;
    private bool onRow;

    private DuckDbDataReader(DuckDBCommand command, DuckDBDataReader reader)
    {
        this.command = command;
        this.reader = reader;
        readRow = reader.Read;
        types = new Type[reader.FieldCount];
        typeNames = new string[reader.FieldCount];
        nullableLists = new System.Reflection.MethodInfo?[reader.FieldCount];
        for (var i = 0; i < types.Length; i++)
        {
            types[i] = reader.GetFieldType(i);
            typeNames[i] = reader.GetDataTypeName(i);
            nullableLists[i] = NullableLists.Reader(types[i]);
        }
    }

    public int FieldCount => types.Length;

    public bool Read()
    {
        onRow = DuckDbErrors.Guard(readRow);
        return onRow;
    }

    public string GetName(int ordinal) => reader.GetName(ordinal);

    public int GetOrdinal(string name)
    {
        for (var pass = 0; pass < 2; pass++)
        {
            var comparison = pass == 0 ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;
            for (var i = 0; i < types.Length; i++)
            {
                if (string.Equals(reader.GetName(i), name, comparison))
                {
                    return i;
                }
            }
        }

        throw new ArgumentException($"The result has no column named '{name}'.", nameof(name));
    }

    public bool IsDBNull(int ordinal)
    {
        EnsureRow();
        return reader.IsDBNull(ordinal);
    }

    public object? GetValue(int ordinal)
    {
        EnsureRow();
        if (reader.IsDBNull(ordinal))
        {
            return null;
        }

        var raw = nullableLists[ordinal] is { } list ? list.Invoke(reader, [ordinal]) : reader.GetValue(ordinal);
        return raw switch
        {
            DateTime time when typeNames[ordinal] == "TimestampTz" => new DateTimeOffset(DateTime.SpecifyKind(time, DateTimeKind.Utc)),
            DateTime time => DateTime.SpecifyKind(time, DateTimeKind.Utc),
            System.Numerics.BigInteger huge => (Int128)huge,
            Stream blob => ReadAll(blob),
            var value => value,
        };
    }

    /// <summary>The value converted to <typeparamref name="T"/> (int from BIGINT, double? from DECIMAL, ...); default when NULL.</summary>
    public T? GetFieldValue<T>(int ordinal)
    {
        EnsureRow();
        if (reader.IsDBNull(ordinal))
        {
            return default;
        }

        // The column's own type (or its nullable) reads straight from the chunk, without boxing.
        return FieldType<T>.Direct && types[ordinal] == FieldType<T>.Underlying
            ? reader.GetFieldValue<T>(ordinal)
            : ScalarConverter.Convert<T>(GetValue(ordinal));
    }

    public bool GetBoolean(int ordinal) => Get<bool>(ordinal);

    public int GetInt32(int ordinal) => types[ordinal] == typeof(long) ? checked((int)Get<long>(ordinal)) : Get<int>(ordinal);

    public long GetInt64(int ordinal) => Get<long>(ordinal);

    public double GetDouble(int ordinal) => Get<double>(ordinal);

    public decimal GetDecimal(int ordinal) => Get<decimal>(ordinal);

    public string GetString(int ordinal) => Get<string>(ordinal);

    public DateOnly GetDate(int ordinal) => Get<DateOnly>(ordinal);

    /// <summary>A TIMESTAMP or TIMESTAMPTZ (or DATE at midnight) as a UTC <see cref="DateTime"/>.</summary>
    public DateTime GetDateTime(int ordinal) =>
        types[ordinal] == typeof(DateTime) ? DateTime.SpecifyKind(Get<DateTime>(ordinal), DateTimeKind.Utc) : Get<DateTime>(ordinal);

    public IReadOnlyList<object?> GetList(int ordinal) =>
        NonNull(ordinal) is IEnumerable items ? items.Cast<object?>().ToList() : throw Cast(ordinal, "a LIST");

    /// <summary>A MAP as key text to value, or a STRUCT as field name to value.</summary>
    public IReadOnlyDictionary<string, object?> GetMap(int ordinal)
    {
        if (NonNull(ordinal) is not IDictionary entries)
        {
            throw Cast(ordinal, "a MAP or STRUCT");
        }

        var map = new Dictionary<string, object?>(entries.Count, StringComparer.Ordinal);
        foreach (DictionaryEntry entry in entries)
        {
            map[Convert.ToString(entry.Key, CultureInfo.InvariantCulture) ?? string.Empty] = entry.Value is DBNull ? null : entry.Value;
        }

        return map;
    }

    public void Dispose()
    {
        reader.Dispose();
        command.Dispose();
    }

    internal static DuckDbDataReader Execute(DuckDBCommand command)
    {
        try
        {
            return new DuckDbDataReader(command, DuckDbErrors.Guard(command.ExecuteReader));
        }
        catch
        {
            command.Dispose();
            throw;
        }
    }

    internal T? ReadScalar<T>() => Read() ? GetFieldValue<T>(0) : default;

    // The column's own type reads straight from the chunk; anything else goes through one conversion, except a
    // fraction into an integer, which would silently drop it.
    private T Get<T>(int ordinal)
    {
        EnsureRow();
        if (types[ordinal] == typeof(T))
        {
            return reader.GetFieldValue<T>(ordinal);
        }

        if (Integral.Contains(typeof(T)) && (types[ordinal] == typeof(double) || types[ordinal] == typeof(float) || types[ordinal] == typeof(decimal)))
        {
            throw new InvalidCastException(string.Create(
                CultureInfo.InvariantCulture, $"Column '{reader.GetName(ordinal)}' is {typeNames[ordinal]}; read it as double or decimal, not {typeof(T).Name}."));
        }

        return ScalarConverter.Convert<T>(NonNull(ordinal))!;
    }

    private static byte[] ReadAll(Stream blob)
    {
        using (blob)
        {
            using var copy = new MemoryStream();
            blob.CopyTo(copy);
            return copy.ToArray();
        }
    }

    private object NonNull(int ordinal) =>
        GetValue(ordinal) ?? throw new InvalidCastException(string.Create(CultureInfo.InvariantCulture, $"Column '{reader.GetName(ordinal)}' is NULL in this row."));

    private InvalidCastException Cast(int ordinal, string what) =>
        new(string.Create(CultureInfo.InvariantCulture, $"Column '{reader.GetName(ordinal)}' is {typeNames[ordinal]}, not {what}."));

    private void EnsureRow()
    {
        if (!onRow)
        {
            throw new InvalidOperationException("No current row: call Read() and check that it returned true.");
        }
    }

    private static class FieldType<T>
    {
        public static readonly Type Underlying = Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T);

        // Times go through GetValue, which marks them UTC; lists through it for their NULL elements.
        public static readonly bool Direct = Underlying != typeof(DateTime) && !Underlying.IsGenericType;
    }
}
