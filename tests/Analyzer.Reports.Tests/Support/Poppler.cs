using System.Diagnostics;

namespace Analyzer.Reports.Tests.Support;

/// <summary>Runs poppler-utils (pdftotext, pdfinfo, pdftoppm) on a PDF; they must be installed (test.sh installs them).</summary>
internal static class Poppler
{
    public static string Text(string pdf, int? page = null) =>
        Run("pdftotext", page is { } p ? ["-layout", "-f", $"{p}", "-l", $"{p}", pdf, "-"] : ["-layout", pdf, "-"]);

    /// <summary>
    /// The text in the order it was drawn (pdftotext -raw) with every whitespace removed: a cell's wrapped lines come
    /// out one after the other and join back into the name or id that wrapped (the default mode drops the hyphen of a
    /// line that ends in one; -layout interleaves the lines of neighbouring cells).
    /// </summary>
    public static string JoinedText(string pdf, int page) =>
        Joined(Run("pdftotext", ["-raw", "-f", $"{page}", "-l", $"{page}", pdf, "-"]));

    /// <summary>The text with every whitespace removed, to compare with <see cref="JoinedText"/>.</summary>
    public static string Joined(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    public static string Info(string pdf) => Run("pdfinfo", [pdf]);

    /// <summary>pdfinfo's "Page N size:" line for one page, e.g. "Page    1 size: 595.92 x 841.92 pts (A4)".</summary>
    public static string PageSize(string pdf, int page) =>
        Run("pdfinfo", ["-f", $"{page}", "-l", $"{page}", pdf]).Split('\n').Single(l => l.StartsWith("Page", StringComparison.Ordinal) && l.Contains(" size:", StringComparison.Ordinal));

    public static int Pages(string pdf)
    {
        var line = Info(pdf).Split('\n').Single(l => l.StartsWith("Pages:", StringComparison.Ordinal));
        return int.Parse(line["Pages:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public static string Run(string tool, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{tool} failed with {process.ExitCode}: {error.Result}");
        return output.Result;
    }
}
