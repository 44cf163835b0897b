using System.Globalization;
using System.Text;
using Analyzer.Storage.Native;
using Analyzer.Storage.Native.Columns;

namespace Analyzer.Storage.DuckDb;

/// <summary>
/// Bulk-loads rows into one table: one Append per column in table order, then <see cref="EndRow"/>. Rows are buffered
/// and written in the connection's current transaction. <see cref="Dispose"/> flushes and closes (and can throw
/// DuckDB's error, e.g. a constraint violation); after an Append or EndRow failed, it discards the buffer instead.
/// Tables whose columns are all BOOLEAN, INTEGER, BIGINT, DOUBLE, DECIMAL, VARCHAR, DATE or TIMESTAMP are written
/// a whole chunk at a time (numeric values convert between those types; anything else throws InvalidCastException);
/// other tables (MAP, LIST, ...) go value by value, and DuckDB casts each value to its column.
/// </summary>
public sealed unsafe partial class DuckDbAppender : IDisposable
{
    private const int StackTextLimit = 256;
    private readonly AppenderHandle handle;
    private readonly ChunkWriter? chunk;
    private byte[] textBuffer = new byte[1024];
    private LogicalTypeHandle? mapType;
    private bool closed;
    private bool faulted;

    internal DuckDbAppender(AppenderHandle handle)
    {
        this.handle = handle;
        chunk = ChunkWriter.TryCreate(handle);
    }

    public DuckDbAppender AppendNull()
    {
        if (chunk is null)
        {
            return Check(NativeMethods.duckdb_append_null(handle));
        }

        chunk.AppendNull();
        return this;
    }

    public DuckDbAppender Append(bool value)
    {
        if (chunk is null)
        {
            return Check(NativeMethods.duckdb_append_bool(handle, value));
        }

        chunk.Append(value);
        return this;
    }

    public DuckDbAppender Append(int value)
    {
        if (chunk is null)
        {
            return Check(NativeMethods.duckdb_append_int32(handle, value));
        }

        chunk.Append((long)value);
        return this;
    }

    public DuckDbAppender Append(long value)
    {
        if (chunk is null)
        {
            return Check(NativeMethods.duckdb_append_int64(handle, value));
        }

        chunk.Append(value);
        return this;
    }

    public DuckDbAppender Append(double value)
    {
        if (chunk is null)
        {
            return Check(NativeMethods.duckdb_append_double(handle, value));
        }

        chunk.Append(value);
        return this;
    }

    /// <summary>Exact: written as decimal text that DuckDB casts to the column's DECIMAL(p, s).</summary>
    public DuckDbAppender Append(decimal value)
    {
        if (chunk is not null)
        {
            chunk.Append(value);
            return this;
        }

        Span<byte> text = stackalloc byte[64];
        if (!value.TryFormat(text, out var written, default, CultureInfo.InvariantCulture))
        {
            throw new InvalidOperationException("A decimal did not fit its 64-byte text buffer.");
        }

        return AppendUtf8(text[..written]);
    }

    public DuckDbAppender Append(string? value)
    {
        if (value is null)
        {
            return AppendNull();
        }

        if (value.Length <= StackTextLimit / 3)
        {
            Span<byte> text = stackalloc byte[StackTextLimit];
            return AppendUtf8(text[..Encoding.UTF8.GetBytes(value, text)]);
        }

        var max = Encoding.UTF8.GetMaxByteCount(value.Length);
        if (textBuffer.Length < max)
        {
            textBuffer = new byte[Math.Max(max, textBuffer.Length * 2)];
        }

        return AppendUtf8(textBuffer.AsSpan(0, Encoding.UTF8.GetBytes(value, textBuffer)));
    }

    public DuckDbAppender Append(DateOnly value)
    {
        if (chunk is null)
        {
            return Check(NativeMethods.duckdb_append_date(handle, DateDecoder.ToDays(value)));
        }

        chunk.Append(value);
        return this;
    }

    /// <summary>A TIMESTAMP; Unspecified kinds are taken as UTC, Local ones converted.</summary>
    public DuckDbAppender Append(DateTime value)
    {
        if (chunk is null)
        {
            return Check(NativeMethods.duckdb_append_timestamp(handle, TimestampDecoder.ToMicros(value)));
        }

        chunk.Append(value);
        return this;
    }

    public DuckDbAppender Append(bool? value) => value is { } v ? Append(v) : AppendNull();

    public DuckDbAppender Append(int? value) => value is { } v ? Append(v) : AppendNull();

    public DuckDbAppender Append(long? value) => value is { } v ? Append(v) : AppendNull();

    public DuckDbAppender Append(double? value) => value is { } v ? Append(v) : AppendNull();

    public DuckDbAppender Append(decimal? value) => value is { } v ? Append(v) : AppendNull();

    public DuckDbAppender Append(DateOnly? value) => value is { } v ? Append(v) : AppendNull();

    public DuckDbAppender Append(DateTime? value) => value is { } v ? Append(v) : AppendNull();

    public DuckDbAppender EndRow()
    {
        if (chunk is null)
        {
            return Check(NativeMethods.duckdb_appender_end_row(handle));
        }

        chunk.EndRow();
        return this;
    }

    /// <summary>Writes the buffered rows to the table now.</summary>
    public void Flush()
    {
        ObjectDisposedException.ThrowIf(closed, this);
        chunk?.Flush();

        Check(NativeMethods.duckdb_appender_flush(handle));
    }

    /// <summary>Flushes and closes; DuckDB's error (a constraint, a type) surfaces here as <see cref="StorageException"/>.</summary>
    public void Close()
    {
        if (closed)
        {
            return;
        }

        closed = true;
        try
        {
            chunk?.Flush();
            NativeErrors.Check(NativeMethods.duckdb_appender_close(handle), handle);
        }
        finally
        {
            Release();
        }
    }

    public void Dispose()
    {
        if (closed)
        {
            return;
        }

        if (faulted || chunk is { Faulted: true })
        {
            // The buffer may hold half a row; do not let destroy flush it.
            closed = true;
            _ = NativeMethods.duckdb_appender_clear(handle);
            Release();
            return;
        }

        Close();
    }

    private DuckDbAppender AppendUtf8(ReadOnlySpan<byte> text)
    {
        if (chunk is not null)
        {
            chunk.Append(text);
            return this;
        }

        byte empty = 0;
        fixed (byte* pointer = text)
        {
            // An empty span pins as null; DuckDB wants a pointer even for zero bytes.
            return Check(NativeMethods.duckdb_append_varchar_length(handle, text.IsEmpty ? &empty : pointer, (ulong)text.Length));
        }
    }

    private DuckDbAppender Check(DuckDbState state)
    {
        if (state != DuckDbState.Success)
        {
            faulted = true;
            NativeErrors.Check(state, handle);
        }

        return this;
    }

    private void Release()
    {
        chunk?.Dispose();
        handle.Dispose();
        mapType?.Dispose();
    }
}
