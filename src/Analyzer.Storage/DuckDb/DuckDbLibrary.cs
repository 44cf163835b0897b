using DuckDB.NET.Native;

namespace Analyzer.Storage.DuckDb;

/// <summary>Checks once per process that the DuckDB library DuckDB.NET loaded is the version Analyzer is built against.</summary>
internal static class DuckDbLibrary
{
    /// <summary>The DuckDB inside DuckDB.NET.Data.Full 1.5.6.1; the store's file format and SQL are checked against it.</summary>
    public const string PinnedVersion = "v1.5.6";

    private static readonly Lazy<string> Checked = new(CheckVersion);

    public static string Version => Checked.Value;

    public static void EnsureCompatible() => _ = Checked.Value;

    private static string CheckVersion()
    {
        string version;
        try
        {
            version = NativeMethods.Startup.DuckDBLibraryVersion();
        }
        catch (DllNotFoundException ex)
        {
            throw new StorageException(
                "DuckDB's native library was not found beside the application; it ships in the DuckDB.NET.Bindings.Full package for linux-x64, linux-arm64, macOS and Windows.",
                ex);
        }

        if (!string.Equals(version, PinnedVersion, StringComparison.Ordinal))
        {
            throw new StorageException(
                $"The loaded DuckDB library is version {version}, but Analyzer is built against DuckDB {PinnedVersion}; restore the pinned DuckDB.NET.Data.Full package.");
        }

        return version;
    }
}
