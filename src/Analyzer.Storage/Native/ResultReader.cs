using Analyzer.Storage.Native.Columns;

namespace Analyzer.Storage.Native;

/// <summary>
/// Walks a materialized duckdb_result chunk by chunk: each chunk is fetched, every column copied into its decoder,
/// and the chunk destroyed before the caller sees a row.
/// </summary>
internal sealed class ResultReader : IDisposable
{
    private readonly ResultHandle result;

    public ResultReader(ResultHandle result)
    {
        this.result = result;
        var count = checked((int)NativeMethods.duckdb_column_count(result));
        Names = new string[count];
        Columns = new ColumnDecoder[count];
        for (var i = 0; i < count; i++)
        {
            Names[i] = NativeMethods.duckdb_column_name(result, (ulong)i).Read() ?? string.Empty;
            using var type = NativeMethods.duckdb_column_logical_type(result, (ulong)i);
            Columns[i] = ColumnDecoderFactory.Create(type);
        }
    }

    public string[] Names { get; }

    public ColumnDecoder[] Columns { get; }

    /// <summary>Loads the next non-empty chunk; returns its row count, or 0 when the result is exhausted.</summary>
    public int NextChunk()
    {
        while (true)
        {
            using var chunk = NativeMethods.duckdb_fetch_chunk(result.Value);
            GC.KeepAlive(result);
            if (chunk.IsInvalid)
            {
                return 0;
            }

            var size = checked((int)NativeMethods.duckdb_data_chunk_get_size(chunk));
            if (size == 0)
            {
                continue;
            }

            for (var i = 0; i < Columns.Length; i++)
            {
                Columns[i].Load(NativeMethods.duckdb_data_chunk_get_vector(chunk, (ulong)i), size);
            }

            return size;
        }
    }

    public void Dispose() => result.Dispose();
}
