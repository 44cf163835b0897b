namespace Analyzer.Reports.Chromium;

/// <summary>
/// Finds a Chromium-family browser to print the PDF with, wherever a user is likely to have one: a configured path,
/// then ANALYZER_CHROMIUM, then PATH (Debian's chromium, Google Chrome, Microsoft Edge), then their usual install
/// folders, then Playwright's browser cache (PLAYWRIGHT_BROWSERS_PATH or its per-OS default), newest build first.
/// </summary>
public static class ChromiumLocator
{
    public const string EnvironmentVariable = "ANALYZER_CHROMIUM";

    private static readonly string[] Names =
    [
        "chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome", "microsoft-edge", "microsoft-edge-stable", "msedge",
    ];

    private static readonly string[] InstallPaths =
    [
        "/usr/bin/chromium", "/usr/lib/chromium/chromium", "/snap/bin/chromium", "/opt/google/chrome/chrome", "/opt/microsoft/msedge/msedge",
        "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome", "/Applications/Chromium.app/Contents/MacOS/Chromium",
        "/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge",
        @"C:\Program Files\Google\Chrome\Application\chrome.exe", @"C:\Program Files (x86)\Google\Chrome\Application\chrome.exe",
        @"C:\Program Files (x86)\Microsoft\Edge\Application\msedge.exe", @"C:\Program Files\Microsoft\Edge\Application\msedge.exe",
    ];

    // Inside one Playwright browser folder ("chromium-1187", "chromium_headless_shell-1187"), per platform.
    private static readonly string[] PlaywrightExecutables =
    [
        "chrome-linux/chrome", "chrome-linux64/chrome", "chrome-linux/headless_shell", "chrome-headless-shell-linux64/chrome-headless-shell",
        "chrome-mac/Chromium.app/Contents/MacOS/Chromium", "chrome-win/chrome.exe",
    ];

    /// <exception cref="ChromiumNotFoundException">No executable was found.</exception>
    public static string Locate(string? configuredPath) =>
        Locate(configuredPath, Environment.GetEnvironmentVariable, Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), InstallPaths);

    /// <summary>The search with its environment and fixed install paths given; for tests.</summary>
    internal static string Locate(string? configuredPath, Func<string, string?> environment, string home, IEnumerable<string> installPaths)
    {
        configuredPath ??= environment(EnvironmentVariable) is { Length: > 0 } fromEnv ? fromEnv : null;
        if (configuredPath is not null)
        {
            return File.Exists(configuredPath) ? configuredPath : throw ChromiumNotFoundException.For(configuredPath);
        }

        return Candidates(environment, home, installPaths).FirstOrDefault(File.Exists) ?? throw ChromiumNotFoundException.For(null);
    }

    private static IEnumerable<string> Candidates(Func<string, string?> environment, string home, IEnumerable<string> installPaths)
    {
        foreach (var directory in (environment("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var name in Names)
            {
                yield return Path.Combine(directory, name);
                yield return Path.Combine(directory, name + ".exe");
            }
        }

        foreach (var path in installPaths)
        {
            yield return path;
        }

        foreach (var path in Playwright(environment, home))
        {
            yield return path;
        }
    }

    private static IEnumerable<string> Playwright(Func<string, string?> environment, string home)
    {
        string?[] caches =
        [
            environment("PLAYWRIGHT_BROWSERS_PATH") is { Length: > 0 } custom and not "0" ? custom : null,
            string.IsNullOrEmpty(home) ? null : Path.Combine(home, ".cache", "ms-playwright"),
            string.IsNullOrEmpty(home) ? null : Path.Combine(home, "Library", "Caches", "ms-playwright"),
            environment("LOCALAPPDATA") is { Length: > 0 } local ? Path.Combine(local, "ms-playwright") : null,
        ];
        foreach (var cache in caches.OfType<string>().Where(Directory.Exists))
        {
            // The full browser before the headless shell, and the newest build (highest revision) first.
            var builds = Directory.GetDirectories(cache, "chromium*")
                .OrderBy(d => Path.GetFileName(d).Contains("headless", StringComparison.Ordinal))
                .ThenByDescending(d => Revision(Path.GetFileName(d)));
            foreach (var build in builds)
            {
                foreach (var executable in PlaywrightExecutables)
                {
                    yield return Path.Combine(build, executable);
                }
            }
        }
    }

    private static int Revision(string folder) =>
        int.TryParse(folder[(folder.LastIndexOf('-') + 1)..], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var revision) ? revision : 0;
}
