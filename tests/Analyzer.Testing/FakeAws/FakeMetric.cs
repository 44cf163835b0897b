namespace Analyzer.Testing.FakeAws;

/// <summary>One query as GetMetricData received it.</summary>
public sealed record FakeMetric(string Id, string Namespace, string MetricName, IReadOnlyDictionary<string, string> Dimensions, int Period, string Stat);
