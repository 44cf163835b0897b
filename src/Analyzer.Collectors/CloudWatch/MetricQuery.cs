namespace Analyzer.Collectors.CloudWatch;

/// <summary>One MetricDataQuery with a MetricStat: a metric, its dimensions, the period and the statistic.</summary>
/// <param name="Stat">"Average", "Maximum", "Sum", or an extended statistic such as "p99".</param>
internal sealed record MetricQuery(
    string Namespace,
    string MetricName,
    IReadOnlyList<KeyValuePair<string, string>> Dimensions,
    string Stat,
    int PeriodSeconds = 3600);
