using System.Text.RegularExpressions;

namespace Analyzer.Jobs.Shards;

/// <summary>
/// The '/'-separated folder of a history file relative to the export's root, checked segment by segment: a table
/// name, then period=YYYY-MM-DD, then account_id=NNNNNNNNNNNN. DuckDB named the account folders after the store's
/// values, so anything else (a value that slipped past the export's check) is refused rather than put into a key.
/// </summary>
internal static partial class HistoryPath
{
    public static string Relative(string root, string folder)
    {
        var segments = Path.GetRelativePath(root, folder).Split(Path.DirectorySeparatorChar);
        var valid = segments.Length is 2 or 3
            && TableSegment().IsMatch(segments[0])
            && PeriodSegment().IsMatch(segments[1])
            && (segments.Length == 2 || AccountSegment().IsMatch(segments[2]));
        return valid ? string.Join('/', segments) : throw new IOException($"'{folder}' is not a history folder (table/period=.../account_id=...).");
    }

    [GeneratedRegex(@"^[a-z_]{1,64}$", RegexOptions.CultureInvariant)]
    private static partial Regex TableSegment();

    [GeneratedRegex(@"^period=\d{4}-\d{2}-\d{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex PeriodSegment();

    [GeneratedRegex(@"^account_id=\d{12}$", RegexOptions.CultureInvariant)]
    private static partial Regex AccountSegment();
}
