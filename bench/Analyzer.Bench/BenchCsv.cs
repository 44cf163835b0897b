using Analyzer.Core;
using System.Globalization;

namespace Analyzer.Bench;

/// <summary>Reads the results CSV BenchResults writes (RFC 4180 quoting: a field with a comma or a quote is quoted).</summary>
internal static class BenchCsv
{
    public static IReadOnlyList<Row> Read(string path)
    {
        if (!File.Exists(path))
        {
            return [];
        }

        var lines = File.ReadAllLines(path);
        if (lines.Length == 0)
        {
            return [];
        }

        var header = Fields(lines[0]);
        int Column(string name) => Array.IndexOf(header, name) is var i and >= 0 ? i : throw new InvalidDataException($"{path} has no column '{name}'.");
        var (date, label, workloads, step, median, peak) = (Column("date"), Column("label"), Column("workloads"), Column("step"), Column("median_s"), Column("peak_rss_mib"));
        return lines.Skip(1)
            .Where(l => l.Length > 0)
            .Select(Fields)
            .Select(f => new Row(f[date], f[label], Int(f[workloads]), f[step], Number(f[median]), Number(f[peak])))
            .ToList();
    }

    /// <summary>One line's fields; a quoted field may hold commas and doubled quotes.</summary>
    public static string[] Fields(string line) =>
        [.. CsvLine.Split(line) ?? throw new InvalidDataException($"a line of the results CSV has an unterminated quoted field: {line}")];

    private static int Int(string text) => int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : 0;

    private static double Number(string text) => double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : double.NaN;

    internal sealed record Row(string Date, string Label, int Workloads, string Step, double MedianSeconds, double PeakRssMib);
}
