namespace Analyzer.Reports.Chromium;

/// <summary>Chromium started but failed: it exited early, or a DevTools command returned an error.</summary>
public sealed class ChromiumException : Exception
{
    public ChromiumException()
    {
    }

    public ChromiumException(string message)
        : base(message)
    {
    }

    public ChromiumException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
