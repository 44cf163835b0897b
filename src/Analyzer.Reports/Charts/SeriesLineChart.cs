namespace Analyzer.Reports.Charts;

/// <summary>
/// Several lines over numeric x (e.g. a benchmark step's time against fleet size), each point marked, with a legend.
/// Either axis may be logarithmic, for values spanning decades; a log axis needs values above zero.
/// </summary>
/// <param name="FormatX">Formats an x tick, and a point's x in its tooltip.</param>
/// <param name="FormatY">Formats a y tick, and a point's y in its tooltip.</param>
internal sealed record SeriesLineChart(
    string Title,
    IReadOnlyList<LineSeries> Series,
    string XAxisLabel,
    string YAxisLabel,
    bool LogX,
    bool LogY,
    Func<double, string> FormatX,
    Func<double, string> FormatY);
