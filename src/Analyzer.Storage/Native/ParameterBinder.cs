using System.Globalization;
using System.Text;
using Analyzer.Storage.DuckDb;
using Analyzer.Storage.Native.Columns;

namespace Analyzer.Storage.Native;

/// <summary>Binds managed values to a prepared statement's parameters (1-based, as DuckDB numbers them).</summary>
internal static unsafe class ParameterBinder
{
    public static void BindPositional(PreparedStatementHandle statement, IReadOnlyList<object?> args)
    {
        Check(NativeMethods.duckdb_clear_bindings(statement), statement);
        var expected = NativeMethods.duckdb_nparams(statement);
        if ((ulong)args.Count != expected)
        {
            throw new ArgumentException(string.Create(
                CultureInfo.InvariantCulture, $"The statement has {expected} parameter(s) but {args.Count} value(s) were given."));
        }

        for (var i = 0; i < args.Count; i++)
        {
            Bind(statement, (ulong)i + 1, args[i]);
        }
    }

    public static void BindNamed(PreparedStatementHandle statement, IReadOnlyDictionary<string, object?> args)
    {
        Check(NativeMethods.duckdb_clear_bindings(statement), statement);
        foreach (var (name, value) in args)
        {
            var bare = name.StartsWith('$') ? name[1..] : name;
            if (NativeMethods.duckdb_bind_parameter_index(statement, out var index, bare) != DuckDbState.Success)
            {
                throw new ArgumentException($"The statement has no parameter named ${bare}.", nameof(args));
            }

            Bind(statement, index, value);
        }
    }

    public static void Bind(PreparedStatementHandle statement, ulong index, object? value)
    {
        var state = value switch
        {
            null => NativeMethods.duckdb_bind_null(statement, index),
            bool v => NativeMethods.duckdb_bind_boolean(statement, index, v),
            sbyte v => NativeMethods.duckdb_bind_int8(statement, index, v),
            short v => NativeMethods.duckdb_bind_int16(statement, index, v),
            int v => NativeMethods.duckdb_bind_int32(statement, index, v),
            long v => NativeMethods.duckdb_bind_int64(statement, index, v),
            byte v => NativeMethods.duckdb_bind_uint8(statement, index, v),
            ushort v => NativeMethods.duckdb_bind_uint16(statement, index, v),
            uint v => NativeMethods.duckdb_bind_uint32(statement, index, v),
            ulong v => NativeMethods.duckdb_bind_uint64(statement, index, v),
            Int128 v => NativeMethods.duckdb_bind_hugeint(statement, index, NativeHugeInt.From(v)),
            float v => NativeMethods.duckdb_bind_float(statement, index, v),
            double v => NativeMethods.duckdb_bind_double(statement, index, v),
            decimal v => NativeMethods.duckdb_bind_decimal(statement, index, ToNative(v)),
            string v => BindText(statement, index, v),
            Guid v => BindText(statement, index, v.ToString()),
            DateOnly v => NativeMethods.duckdb_bind_date(statement, index, DateDecoder.ToDays(v)),
            DateTime v => NativeMethods.duckdb_bind_timestamp(statement, index, TimestampDecoder.ToMicros(v)),
            DateTimeOffset v => NativeMethods.duckdb_bind_timestamp_tz(statement, index, TimestampDecoder.ToMicros(v.UtcDateTime)),
            byte[] v => BindBlob(statement, index, v),
            _ => throw new ArgumentException($"Parameter {index} has type {value.GetType().Name}, which cannot be bound to DuckDB."),
        };
        Check(state, statement);
    }

    /// <summary>A C# decimal as DECIMAL(width, scale) with the smallest width that holds it (at most 29 digits).</summary>
    public static NativeDecimal ToNative(decimal value)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        var scale = (byte)((bits[3] >> 16) & 0xFF);
        var magnitude = ((UInt128)(uint)bits[2] << 64) | ((UInt128)(uint)bits[1] << 32) | (uint)bits[0];
        var signed = bits[3] < 0 ? -(Int128)magnitude : (Int128)magnitude;
        byte digits = 1;
        for (var rest = magnitude / 10; rest > 0; rest /= 10)
        {
            digits++;
        }

        return new NativeDecimal { Width = Math.Max(digits, scale), Scale = scale, Value = NativeHugeInt.From(signed) };
    }

    private static DuckDbState BindText(PreparedStatementHandle statement, ulong index, string value)
    {
        var bytes = Encoding.UTF8.GetBytes(value);
        byte empty = 0;
        fixed (byte* pointer = bytes)
        {
            // An empty array pins as null; DuckDB wants a pointer even for zero bytes.
            return NativeMethods.duckdb_bind_varchar_length(statement, index, bytes.Length == 0 ? &empty : pointer, (ulong)bytes.Length);
        }
    }

    private static DuckDbState BindBlob(PreparedStatementHandle statement, ulong index, byte[] value)
    {
        byte empty = 0;
        fixed (byte* pointer = value)
        {
            return NativeMethods.duckdb_bind_blob(statement, index, value.Length == 0 ? &empty : pointer, (ulong)value.Length);
        }
    }

    private static void Check(DuckDbState state, PreparedStatementHandle statement)
    {
        if (state != DuckDbState.Success)
        {
            // Binding errors are not always recorded as the statement's error; fall back to a plain message.
            var message = NativeMethods.duckdb_prepare_error(statement).Read();
            throw new StorageException(message ?? "DuckDB refused a parameter value.");
        }
    }
}
