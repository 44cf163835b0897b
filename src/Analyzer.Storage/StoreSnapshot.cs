using Analyzer.Storage.DuckDb;

namespace Analyzer.Storage;

/// <summary>
/// A private, read-only copy of a store for ad-hoc queries (<c>analyzer sql</c>). The file (and its write-ahead log)
/// is copied into a folder only this user can read, then opened with DuckDB's read-only access mode, external access
/// (files, URLs, extensions) off and the configuration locked: no statement can change the store, write a file or
/// reach the network, and reading never takes the store's lock, so it works while another process writes the store
/// and never blocks that writer. The copy is deleted on <see cref="Dispose"/>.
/// </summary>
public sealed class StoreSnapshot : IDisposable
{
    private readonly string? folder;
    private readonly DuckDbDatabase database;

    private StoreSnapshot(string? folder, DuckDbDatabase database)
    {
        this.folder = folder;
        this.database = database;
    }

    /// <summary>Copies the store at <paramref name="path"/> and opens the copy read-only.</summary>
    /// <exception cref="StorageException">There is no store at the path, or the copy does not open.</exception>
    public static StoreSnapshot Open(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (!File.Exists(path))
        {
            throw new StorageException($"No store at {path}.");
        }

        var folder = Directory.CreateTempSubdirectory("analyzer-sql-").FullName;
        try
        {
            var copy = System.IO.Path.Combine(folder, System.IO.Path.GetFileName(path));
            CopyShared(path, copy);
            if (File.Exists(path + ".wal"))
            {
                // Commits not yet checkpointed into the file live in the log; the read-only open replays them.
                CopyShared(path + ".wal", copy + ".wal");
            }

            return new StoreSnapshot(folder, DuckDbDatabase.OpenReadOnly(copy));
        }
        catch
        {
            TryDelete(folder);
            throw;
        }
    }

    /// <summary>
    /// Opens the store itself with the same read-only mode when it can, without a copy (a what-if reads most of the
    /// store, and copying it is a good share of a one-second answer); a private copy as <see cref="Open"/> when the
    /// store is held by another process (or opened differently in this one). While open, the read-only mode holds a
    /// shared lock: a writer that starts meanwhile finds the store in use (exit 11) until this is disposed.
    /// </summary>
    /// <exception cref="StorageException">There is no store at the path, or neither it nor a copy opens.</exception>
    public static StoreSnapshot OpenInPlace(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (!File.Exists(path))
        {
            throw new StorageException($"No store at {path}.");
        }

        try
        {
            return new StoreSnapshot(null, DuckDbDatabase.OpenReadOnly(path));
        }
        catch (StorageException)
        {
            // Held for writing by another process, or already open read-write here: read a private copy instead.
            return Open(path);
        }
    }

    /// <summary>True when this reads a private copy, false when it reads the store itself.</summary>
    public bool IsCopy => folder is not null;

    public DuckDbConnection Connect() => database.Connect();

    public void Dispose()
    {
        database.Dispose();
        if (folder is not null)
        {
            TryDelete(folder);
        }
    }

    // The writer holds DuckDB's lock (an advisory one), not a sharing mode, so the file reads while it is held.
    private static void CopyShared(string source, string destination)
    {
        using var from = new FileStream(source, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var to = new FileStream(destination, FileMode.CreateNew, FileAccess.Write, FileShare.None);
        from.CopyTo(to, 1 << 20);
    }

    private static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is the OS temp cleaner's; the query's own outcome is what matters.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
