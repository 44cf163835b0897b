namespace Analyzer.Reports.Chromium;

/// <summary>Finds the Chromium executable: a configured path, then ANALYZER_CHROMIUM, then PATH.</summary>
public static class ChromiumLocator
{
    public const string EnvironmentVariable = "ANALYZER_CHROMIUM";

    private static readonly string[] Names = ["chromium", "chromium-browser"];

    /// <exception cref="ChromiumNotFoundException">No executable was found.</exception>
    public static string Locate(string? configuredPath)
    {
        configuredPath ??= Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } fromEnv ? fromEnv : null;
        if (configuredPath is not null)
        {
            return File.Exists(configuredPath) ? configuredPath : throw ChromiumNotFoundException.For(configuredPath);
        }

        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        foreach (var directory in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var name in Names)
            {
                var candidate = Path.Combine(directory, name);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        throw ChromiumNotFoundException.For(null);
    }
}
