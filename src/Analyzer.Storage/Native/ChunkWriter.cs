using System.Globalization;
using Analyzer.Storage.DuckDb;
using Analyzer.Storage.Native.Columns;

namespace Analyzer.Storage.Native;

/// <summary>
/// The appender's fast path: rows are written straight into the vectors of a data chunk we own, and each full chunk
/// goes to DuckDB in one duckdb_append_data_chunk call instead of one call per value. Used when every column of the
/// table has a <see cref="ChunkColumnKind"/>; values convert between numeric kinds, nothing else is cast.
/// </summary>
internal sealed unsafe class ChunkWriter : IDisposable
{
    private readonly AppenderHandle appender;
    private readonly DataChunkHandle chunk;
    private readonly ChunkColumnKind[] kinds;
    private readonly byte[] scales;
    private static readonly Int128[] Powers = [.. Enumerable.Range(0, 39).Select(e => Enumerable.Repeat((Int128)10, e).Aggregate(Int128.One, (a, b) => a * b))];
    private readonly byte[] widths;
    private readonly nint[] vectors;
    private readonly nint[] data;
    private readonly nint[] validity;
    private readonly int capacity;
    private int row;
    private int column;
    private bool flushFailed;

    private ChunkWriter(AppenderHandle appender, DataChunkHandle chunk, ChunkColumnKind[] kinds, byte[] scales, byte[] widths)
    {
        this.appender = appender;
        this.chunk = chunk;
        this.kinds = kinds;
        this.scales = scales;
        this.widths = widths;
        vectors = new nint[kinds.Length];
        data = new nint[kinds.Length];
        validity = new nint[kinds.Length];
        capacity = checked((int)NativeMethods.duckdb_vector_size());
        RefreshPointers();
    }

    /// <summary>True when a row is half written (an Append threw, or the caller stopped mid-row) or a flush failed.</summary>
    public bool Faulted => column != 0 || flushFailed;

    /// <summary>A writer for the appender's table, or null when one of its column types has no fast path (MAP, LIST, ...).</summary>
    public static ChunkWriter? TryCreate(AppenderHandle appender)
    {
        var count = checked((int)NativeMethods.duckdb_appender_column_count(appender));
        var types = new LogicalTypeHandle[count];
        try
        {
            var kinds = new ChunkColumnKind[count];
            var scales = new byte[count];
            var widths = new byte[count];
            for (var i = 0; i < count; i++)
            {
                types[i] = NativeMethods.duckdb_appender_column_type(appender, (ulong)i);
                if (!TryKind(types[i], out kinds[i], out scales[i], out widths[i]))
                {
                    return null;
                }
            }

            var pointers = types.Select(t => t.DangerousGetHandle()).ToArray();
            fixed (nint* typePointers = pointers)
            {
                var chunk = NativeMethods.duckdb_create_data_chunk(typePointers, (ulong)count);
                return new ChunkWriter(appender, chunk, kinds, scales, widths);
            }
        }
        finally
        {
            foreach (var type in types)
            {
                type?.Dispose();
            }
        }
    }

    public void AppendNull()
    {
        var col = Next();
        if (validity[col] == 0)
        {
            NativeMethods.duckdb_vector_ensure_validity_writable(vectors[col]);
            validity[col] = (nint)NativeMethods.duckdb_vector_get_validity(vectors[col]);
        }

        ((ulong*)validity[col])[row >> 6] &= ~(1UL << (row & 63));
    }

    public void Append(bool value)
    {
        var col = Next();
        if (kinds[col] != ChunkColumnKind.Boolean)
        {
            throw Mismatch(col, "bool");
        }

        ((byte*)data[col])[row] = value ? (byte)1 : (byte)0;
    }

    public void Append(long value)
    {
        var col = Next();
        switch (kinds[col])
        {
            case ChunkColumnKind.Int64:
                ((long*)data[col])[row] = value;
                break;
            case ChunkColumnKind.Int32:
                ((int*)data[col])[row] = checked((int)value);
                break;
            case ChunkColumnKind.Double:
                ((double*)data[col])[row] = value;
                break;
            default:
                column--;
                Append((decimal)value);
                break;
        }
    }

    public void Append(double value)
    {
        var col = Next();
        if (kinds[col] == ChunkColumnKind.Double)
        {
            ((double*)data[col])[row] = value;
            return;
        }

        column--;
        Append(kinds[col] is ChunkColumnKind.Int32 or ChunkColumnKind.Int64 ? throw Mismatch(col, "double") : (decimal)value);
    }

    public void Append(decimal value)
    {
        var col = Next();
        var kind = kinds[col];
        if (kind == ChunkColumnKind.Double)
        {
            ((double*)data[col])[row] = (double)value;
            return;
        }

        if (kind is < ChunkColumnKind.Decimal16)
        {
            throw Mismatch(col, "decimal");
        }

        var scaled = Scale(value, col);
        switch (kind)
        {
            case ChunkColumnKind.Decimal16:
                ((short*)data[col])[row] = (short)scaled;
                break;
            case ChunkColumnKind.Decimal32:
                ((int*)data[col])[row] = (int)scaled;
                break;
            case ChunkColumnKind.Decimal64:
                ((long*)data[col])[row] = (long)scaled;
                break;
            default:
                ((Int128*)data[col])[row] = scaled;
                break;
        }
    }

    public void Append(ReadOnlySpan<byte> utf8)
    {
        var col = Next();
        if (kinds[col] != ChunkColumnKind.Varchar)
        {
            throw Mismatch(col, "string");
        }

        byte empty = 0;
        fixed (byte* pointer = utf8)
        {
            NativeMethods.duckdb_vector_assign_string_element_len(vectors[col], (ulong)row, utf8.IsEmpty ? &empty : pointer, (ulong)utf8.Length);
        }
    }

    public void Append(DateOnly value)
    {
        var col = Next();
        if (kinds[col] != ChunkColumnKind.Date)
        {
            throw Mismatch(col, "DateOnly");
        }

        ((int*)data[col])[row] = DateDecoder.ToDays(value);
    }

    public void Append(DateTime value)
    {
        var col = Next();
        if (kinds[col] != ChunkColumnKind.Timestamp)
        {
            throw Mismatch(col, "DateTime");
        }

        ((long*)data[col])[row] = TimestampDecoder.ToMicros(value);
    }

    public void EndRow()
    {
        if (column != kinds.Length)
        {
            // Column stays where it is, so the appender counts as faulted and discards on dispose.
            throw new StorageException(string.Create(
                CultureInfo.InvariantCulture, $"Call to EndRow after {column} of {kinds.Length} columns were appended."));
        }

        column = 0;
        if (++row == capacity)
        {
            Flush();
        }
    }

    /// <summary>Hands the complete rows written so far to the appender.</summary>
    public void Flush()
    {
        if (row == 0)
        {
            return;
        }

        NativeMethods.duckdb_data_chunk_set_size(chunk, (ulong)row);
        var state = NativeMethods.duckdb_append_data_chunk(appender, chunk);
        NativeMethods.duckdb_data_chunk_reset(chunk);
        row = 0;
        RefreshPointers();
        flushFailed = state != DuckDbState.Success;
        NativeErrors.Check(state, appender);
    }

    public void Dispose() => chunk.Dispose();

    private static bool TryKind(LogicalTypeHandle type, out ChunkColumnKind kind, out byte scale, out byte width)
    {
        scale = 0;
        width = 0;
        var id = NativeMethods.duckdb_get_type_id(type);
        if (id == DuckDbType.Decimal)
        {
            scale = NativeMethods.duckdb_decimal_scale(type);
            width = NativeMethods.duckdb_decimal_width(type);
            id = NativeMethods.duckdb_decimal_internal_type(type);
            kind = id switch
            {
                DuckDbType.SmallInt => ChunkColumnKind.Decimal16,
                DuckDbType.Integer => ChunkColumnKind.Decimal32,
                DuckDbType.BigInt => ChunkColumnKind.Decimal64,
                _ => ChunkColumnKind.Decimal128,
            };
            return true;
        }

        (var known, kind) = id switch
        {
            DuckDbType.Boolean => (true, ChunkColumnKind.Boolean),
            DuckDbType.Integer => (true, ChunkColumnKind.Int32),
            DuckDbType.BigInt => (true, ChunkColumnKind.Int64),
            DuckDbType.Double => (true, ChunkColumnKind.Double),
            DuckDbType.Varchar => (true, ChunkColumnKind.Varchar),
            DuckDbType.Date => (true, ChunkColumnKind.Date),
            DuckDbType.Timestamp => (true, ChunkColumnKind.Timestamp),
            _ => (false, default),
        };
        return known;
    }

    /// <summary>
    /// The value as the column's unscaled integer, rounded like DuckDB's own VARCHAR-to-DECIMAL cast (half away from
    /// zero); a value with more integer digits than the column's width allows is refused, as DuckDB would.
    /// </summary>
    private Int128 Scale(decimal value, int col)
    {
        var scale = scales[col];
        var rounded = decimal.Round(value, Math.Min((int)scale, 28), MidpointRounding.AwayFromZero);
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(rounded, bits);
        var mantissa = ((Int128)(uint)bits[2] << 64) | ((Int128)(uint)bits[1] << 32) | (uint)bits[0];
        var ownScale = (bits[3] >> 16) & 0xFF;
        var shift = scale - ownScale;
        if (shift >= 0 && mantissa / Powers[widths[col]] == 0 && (mantissa == 0 || mantissa < Powers[widths[col]] / Powers[shift]))
        {
            var scaled = mantissa * Powers[shift];
            return bits[3] < 0 ? -scaled : scaled;
        }

        throw new StorageException(string.Create(
            CultureInfo.InvariantCulture, $"{value} does not fit column {col + 1}'s DECIMAL({widths[col]},{scale})."));
    }

    private int Next()
    {
        if (column == kinds.Length)
        {
            throw new StorageException(string.Create(
                CultureInfo.InvariantCulture, $"Too many values appended: the table has {kinds.Length} columns."));
        }

        return column++;
    }

    private InvalidCastException Mismatch(int col, string what) =>
        new(string.Create(CultureInfo.InvariantCulture, $"Column {col + 1} is {kinds[col]}; a {what} cannot be appended to it."));

    private void RefreshPointers()
    {
        for (var i = 0; i < kinds.Length; i++)
        {
            vectors[i] = NativeMethods.duckdb_data_chunk_get_vector(chunk, (ulong)i);
            data[i] = (nint)NativeMethods.duckdb_vector_get_data(vectors[i]);
            validity[i] = 0;
        }
    }
}
