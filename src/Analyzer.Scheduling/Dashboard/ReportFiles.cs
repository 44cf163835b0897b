namespace Analyzer.Scheduling.Dashboard;

/// <summary>
/// The report files in the output folder the history page lists and serves: only files directly in that folder with
/// a report's extension, looked up by exact name from the folder's own listing, so no request names any other path.
/// </summary>
internal static class ReportFiles
{
    private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html; charset=utf-8",
        [".pdf"] = "application/pdf",
        [".csv"] = "text/csv; charset=utf-8",
        [".json"] = "application/json",
        [".xlsx"] = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    };

    public static IReadOnlyList<FileInfo> List(string directory) =>
        !Directory.Exists(directory)
            ? []
            : [.. new DirectoryInfo(directory).EnumerateFiles()
                .Where(f => ContentTypes.ContainsKey(f.Extension))
                .OrderByDescending(f => f.LastWriteTimeUtc)
                .ThenBy(f => f.Name, StringComparer.Ordinal)];

    public static FileInfo? Find(string directory, string name) =>
        List(directory).FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.Ordinal));

    public static string ContentType(FileInfo file) => ContentTypes[file.Extension];

    /// <summary>HTML opens in the browser; the other formats download.</summary>
    public static bool OpensInline(FileInfo file) => string.Equals(file.Extension, ".html", StringComparison.OrdinalIgnoreCase);
}
