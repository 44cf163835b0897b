using System.Diagnostics;
using System.Globalization;

namespace Analyzer.Reports.Chromium;

/// <summary>
/// Chromium's throwaway profile folders: private temp folders (0700: the profile holds the report being printed)
/// named analyzer-chromium-*, each with an "owner" file naming the Analyzer process that made it. A folder whose
/// owner is gone was left by a killed run (SIGKILL allows no clean-up) and is deleted by the next launch.
/// </summary>
internal static class ChromiumProfiles
{
    public const string Prefix = "analyzer-chromium-";
    private const string OwnerFile = "owner";

    public static string Create()
    {
        var profile = Directory.CreateTempSubdirectory(Prefix).FullName;
        File.WriteAllText(Path.Combine(profile, OwnerFile), Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
        Directory.CreateDirectory(Path.Combine(profile, "scratch"));
        return profile;
    }

    public static void Delete(string profile)
    {
        try
        {
            Directory.Delete(profile, recursive: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A helper process may still hold a file for a moment; the next launch deletes the folder.
        }
    }

    /// <summary>Deletes the profiles whose owner process no longer runs.</summary>
    public static void DeleteAbandoned()
    {
        string[] candidates;
        try
        {
            candidates = Directory.GetDirectories(Path.GetTempPath(), Prefix + "*");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return;
        }

        foreach (var profile in candidates)
        {
            if (OwnerGone(profile))
            {
                Delete(profile);
            }
        }
    }

    private static bool OwnerGone(string profile)
    {
        try
        {
            var text = File.ReadAllText(Path.Combine(profile, OwnerFile));
            if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var pid))
            {
                return false;
            }

            using var owner = Process.GetProcessById(pid);
            return owner.HasExited;
        }
        catch (ArgumentException)
        {
            return true; // No process with that id.
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            return false; // Not ours to judge (another user's, or still being created).
        }
    }
}
