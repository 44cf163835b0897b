namespace Analyzer.Reports.Chromium;

/// <summary>Headless Chromium, which prints the PDF, is not installed or not where it was configured.</summary>
public sealed class ChromiumNotFoundException : Exception
{
    public ChromiumNotFoundException()
        : this("Chromium was not found.")
    {
    }

    public ChromiumNotFoundException(string message)
        : base(message)
    {
    }

    public ChromiumNotFoundException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    internal static ChromiumNotFoundException For(string? configuredPath) => new(
        (configuredPath is null
            ? "Chromium was not found (looked on PATH for chromium, Google Chrome and Edge, in their install folders and in Playwright's browser cache)."
            : $"Chromium was not found at '{configuredPath}'.")
        + " The PDF report needs headless Chromium: install the Debian package 'chromium' (apt-get install chromium)"
        + " and 'fonts-dejavu-core', or set ANALYZER_CHROMIUM to its path. HTML, CSV and JSON reports do not need it.");
}
