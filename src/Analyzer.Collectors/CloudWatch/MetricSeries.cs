namespace Analyzer.Collectors.CloudWatch;

/// <summary>The datapoints of one query, in the order AWS sent them.</summary>
internal sealed record MetricSeries(IReadOnlyList<DateTime> Timestamps, IReadOnlyList<double> Values);
