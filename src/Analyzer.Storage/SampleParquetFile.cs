using Analyzer.Storage.DuckDb;
using Parquet;
using Parquet.Schema;

namespace Analyzer.Storage;

/// <summary>
/// A temporary Parquet file of samples (<see cref="SampleColumns"/>, one row group each), for
/// queries/store/load/insert_samples.sql to read with read_parquet. Uncompressed and plain-encoded: the file lives
/// for one statement, so encoding time counts and size does not. Deleted on <see cref="Dispose"/>.
/// Parquet.Net's API is asynchronous over a file stream; the load is synchronous, so each call is waited on.
/// </summary>
internal sealed class SampleParquetFile : IDisposable
{
    private static readonly DataField<string> WorkloadId = new("workload_id", false);
    private static readonly DataField<long> HourMicros = new("hour_us", false);
    private static readonly DataField<double?>[] Measures = [.. SampleColumns.MeasureNames.Select(name => new DataField<double?>(name))];
    private static readonly ParquetSchema Schema = new([WorkloadId, HourMicros, .. Measures]);
    private static readonly ParquetOptions Options = new() { CompressionMethod = CompressionMethod.None };

    private readonly FileStream stream;
    private ParquetWriter? writer;

    private SampleParquetFile(string path, FileStream stream, ParquetWriter writer)
    {
        Path = path;
        this.stream = stream;
        this.writer = writer;
    }

    public string Path { get; }

    public long Rows { get; private set; }

    /// <summary>Creates an empty file in <paramref name="directory"/> with a name no other load uses.</summary>
    public static SampleParquetFile Create(string directory)
    {
        var path = System.IO.Path.Combine(directory, $"analyzer-load-{Guid.NewGuid():N}.parquet");
        FileStream? stream = null;
        try
        {
            stream = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.Read, 1 << 16);
            var writer = ParquetWriter.CreateAsync(Schema, stream, Options).GetAwaiter().GetResult();
            return new SampleParquetFile(path, stream, writer);
        }
        catch (IOException ex)
        {
            stream?.Dispose();
            File.Delete(path);
            throw Failed(path, ex);
        }
    }

    /// <summary>Writes the columns' rows as one row group.</summary>
    public void Write(SampleColumns columns)
    {
        ObjectDisposedException.ThrowIf(writer is null, this);
        try
        {
            using var group = writer.CreateRowGroup();
            Wait(group.WriteAsync(WorkloadId, new ArraySegment<string>(columns.WorkloadIds, 0, columns.Count)));
            Wait(group.WriteAsync(HourMicros, (ReadOnlyMemory<long>)columns.HourMicros.AsMemory(0, columns.Count)));
            for (var m = 0; m < Measures.Length; m++)
            {
                Wait(group.WriteAllPartsAsync(Measures[m], columns.Values(m), columns.Definitions(m), repetitionLevels: null, CancellationToken.None));
            }

            group.CompleteValidate();
        }
        catch (IOException ex)
        {
            throw Failed(Path, ex);
        }

        Rows += columns.Count;
    }

    /// <summary>Writes the footer and closes the file, ready to be read.</summary>
    public void Finish()
    {
        if (writer is null)
        {
            return;
        }

        try
        {
            writer.DisposeAsync().AsTask().GetAwaiter().GetResult();
            writer = null;
            stream.Dispose();
        }
        catch (IOException ex)
        {
            throw Failed(Path, ex);
        }
    }

    /// <summary>Closes the file if a failure left it unfinished (its footer is of no use then) and deletes it.</summary>
    public void Dispose()
    {
        writer = null;
        stream.Dispose();
        try
        {
            File.Delete(Path);
        }
        catch (IOException)
        {
            // Runs in the load's finally: a file left behind must not hide the load's own outcome or exception.
        }
    }

    private static void Wait(Task task) => task.GetAwaiter().GetResult();

    private static void Wait(ValueTask task) => task.AsTask().GetAwaiter().GetResult();

    // The file is the load's, in the store's directory: failing to write it is the store failing (disk full).
    private static StorageException Failed(string path, IOException ex) =>
        new($"Writing the load's temporary file {path} failed: {ex.Message}", ex);
}
