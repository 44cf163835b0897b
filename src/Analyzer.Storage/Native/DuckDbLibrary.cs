using Analyzer.Storage.DuckDb;

namespace Analyzer.Storage.Native;

/// <summary>Checks once per process that the loaded libduckdb is the version this code was written against.</summary>
internal static class DuckDbLibrary
{
    /// <summary>Pinned with build/DuckDbNative.targets; struct layouts and behaviour are checked against it.</summary>
    public const string PinnedVersion = "v1.5.6";

    private static readonly Lazy<string> Checked = new(CheckVersion);

    public static string Version => Checked.Value;

    public static void EnsureCompatible() => _ = Checked.Value;

    private static string CheckVersion()
    {
        string? version;
        try
        {
            version = NativeMethods.duckdb_library_version().Read();
        }
        catch (DllNotFoundException ex)
        {
            throw new StorageException(
                "DuckDB's native library (libduckdb.so) was not found beside the application; the build copies it there from ~/.cache/analyzer.",
                ex);
        }

        if (!string.Equals(version, PinnedVersion, StringComparison.Ordinal))
        {
            throw new StorageException(
                $"libduckdb.so is version {version ?? "(unknown)"}, but Analyzer is built against DuckDB {PinnedVersion}; install the pinned library.");
        }

        return PinnedVersion;
    }
}
