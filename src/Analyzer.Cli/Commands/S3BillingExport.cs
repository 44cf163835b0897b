using Analyzer.Collectors.Aws;
using Analyzer.Collectors.S3;
using Analyzer.Core;

namespace Analyzer.Cli.Commands;

/// <summary>
/// A billing export in S3 fetched to a private temporary directory (removed on dispose, whatever happened), so the
/// local import reads it in one transaction: a failed download loads nothing.
/// </summary>
internal sealed class S3BillingExport : IDisposable
{
    private static readonly string[] Kinds = [".csv.gz", ".csv.zst", ".csv", ".parquet"];
    private readonly DirectoryInfo _directory;

    private S3BillingExport(DirectoryInfo directory, string? glob, int files)
    {
        _directory = directory;
        Glob = glob;
        Files = files;
    }

    /// <summary>The DuckDB glob over the downloaded files, all of one kind (Parquet or CSV); null when there were none.</summary>
    public string? Glob { get; }

    public int Files { get; }

    /// <exception cref="Collectors.CollectorException">The listing or a download failed, or a key would escape the directory.</exception>
    public static async Task<S3BillingExport> DownloadAsync(S3ExportLocation location, AwsClientOptions options, CancellationToken cancellationToken)
    {
        // CreateTempSubdirectory makes the directory readable by this user only (0700 on Unix).
        var directory = Directory.CreateTempSubdirectory("analyzer-import-");
        try
        {
            var files = await new S3ExportDownloader(options).DownloadAsync(location, directory.FullName, cancellationToken);
            var kinds = files.Select(Kind).Distinct(StringComparer.Ordinal).ToList();
            return kinds.Count switch
            {
                0 => new S3BillingExport(directory, null, 0),
                1 => new S3BillingExport(directory, Path.Combine(directory.FullName, "**", "*" + kinds[0]), files.Count),
                _ => throw new ConfigurationException("path", $"{location} mixes {string.Join(" and ", kinds)} files; import one format at a time with a narrower prefix."),
            };
        }
        catch
        {
            directory.Delete(recursive: true);
            throw;
        }
    }

    public void Dispose() => _directory.Delete(recursive: true);

    private static string Kind(string file) =>
        Kinds.First(s => file.EndsWith(s, StringComparison.Ordinal));
}
