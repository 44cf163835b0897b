using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;

namespace Analyzer.Reports;

/// <summary>
/// Publishes one run's report files into the output folder as a set. The files are written in a private staging
/// folder inside it first (so a cancelled, killed or failed run leaves the published set as it was); publishing
/// removes the set's manifest, renames each staged file over its target, deletes the files of the previous set
/// that this one does not have (no PDF of last month beside this month's HTML), and writes the new manifest last.
/// A folder holding <see cref="ManifestName"/> therefore holds exactly the set it names, with the run id and each
/// file's SHA-256; a folder without one is mid-publication or was never published.
/// </summary>
public static class ReportSet
{
    public const string ManifestName = "report-manifest.json";
    private const string StagingPrefix = ".analyzer-staging-";
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <summary>A new staging folder inside <paramref name="directory"/>; abandoned ones (their process gone) are deleted first.</summary>
    public static string CreateStaging(string directory)
    {
        Directory.CreateDirectory(directory);
        DeleteAbandonedStaging(directory);
        var name = string.Create(CultureInfo.InvariantCulture, $"{StagingPrefix}{Environment.ProcessId}-{Guid.NewGuid():N}");
        return Directory.CreateDirectory(Path.Combine(directory, name)).FullName;
    }

    /// <summary>Moves the staged files into <paramref name="directory"/> and writes the manifest; returns their final paths.</summary>
    public static IReadOnlyList<string> Publish(string staging, string directory, IReadOnlyList<string> fileNames, string runId, DateTimeOffset writtenAt)
    {
        ArgumentNullException.ThrowIfNull(fileNames);
        var manifestPath = Path.Combine(directory, ManifestName);
        var previous = ReadFileNames(manifestPath);
        var entries = fileNames.Select(name => Entry(Path.Combine(staging, name), name)).ToList();

        File.Delete(manifestPath);
        var published = new List<string>();
        foreach (var name in fileNames)
        {
            var target = Path.Combine(directory, name);
            File.Move(Path.Combine(staging, name), target, overwrite: true);
            published.Add(target);
        }

        foreach (var stale in previous.Except(fileNames, StringComparer.Ordinal))
        {
            File.Delete(Path.Combine(directory, Path.GetFileName(stale)));
        }

        var manifest = new Dictionary<string, object>
        {
            ["run_id"] = runId,
            ["written_at"] = writtenAt.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
            ["files"] = entries,
        };
        var staged = Path.Combine(staging, ManifestName);
        File.WriteAllBytes(staged, JsonSerializer.SerializeToUtf8Bytes(manifest, Indented));
        File.Move(staged, manifestPath, overwrite: true);
        return published;
    }

    /// <summary>Deletes a staging folder and what is left in it.</summary>
    public static void DeleteStaging(string staging)
    {
        try
        {
            Directory.Delete(staging, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
            // Already gone.
        }
    }

    private static Dictionary<string, object> Entry(string path, string name) => new()
    {
        ["name"] = name,
        ["bytes"] = new FileInfo(path).Length,
        ["sha256"] = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path))),
    };

    private static List<string> ReadFileNames(string manifestPath)
    {
        if (!File.Exists(manifestPath))
        {
            return [];
        }

        try
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(manifestPath));
            return [.. document.RootElement.GetProperty("files").EnumerateArray().Select(f => f.GetProperty("name").GetString()!)];
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            return [];
        }
    }

    private static void DeleteAbandonedStaging(string directory)
    {
        foreach (var staging in Directory.GetDirectories(directory, StagingPrefix + "*"))
        {
            var pidText = Path.GetFileName(staging)[StagingPrefix.Length..].Split('-')[0];
            if (int.TryParse(pidText, NumberStyles.None, CultureInfo.InvariantCulture, out var pid) && !Running(pid))
            {
                DeleteStaging(staging);
            }
        }
    }

    private static bool Running(int pid)
    {
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }
}
