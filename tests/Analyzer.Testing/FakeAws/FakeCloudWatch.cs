using System.Globalization;
using System.Text;

namespace Analyzer.Testing.FakeAws;

/// <summary>
/// CloudWatch GetMetricData (query protocol) as the 2010-08-01 model shapes it: MetricDataQueries.member.N,
/// GetMetricDataResult/MetricDataResults/member with Timestamps and Values, NextToken. Rejects more than 500
/// queries and splits responses at <see cref="MaxDatapointsPerPage"/> datapoints (AWS: 100,800).
/// </summary>
public sealed class FakeCloudWatch
{
    public int MaxDatapointsPerPage { get; set; } = 100_800;

    /// <summary>The value of a metric at an hour; null for no datapoint.</summary>
    public Func<FakeMetric, DateTime, double?> Value { get; set; } = DefaultValue;

    public List<int> QueriesPerCall { get; } = [];

    /// <summary>Dimension sets of CWAgent mem_used_percent that ListMetrics reports.</summary>
    public List<IReadOnlyDictionary<string, string>> AgentMemoryMetrics { get; } = [];

    /// <summary>Dimension sets of Lambda Insights' memory_utilization that ListMetrics reports.</summary>
    public List<IReadOnlyDictionary<string, string>> LambdaInsightsMemoryMetrics { get; } = [];

    /// <summary>Dimension sets of Container Insights' pod_cpu_limit that ListMetrics reports (ADOT on EKS Fargate).</summary>
    public List<IReadOnlyDictionary<string, string>> ContainerInsightsPodMetrics { get; } = [];

    /// <summary>ListMetrics returns at most this many metrics a page (AWS: 500).</summary>
    public int ListMetricsPageLimit { get; set; } = 500;

    public static FakeCloudWatch Serve(FakeAwsServer server)
    {
        ArgumentNullException.ThrowIfNull(server);
        var cloudWatch = new FakeCloudWatch();
        server.Handle("monitoring", "GetMetricData", cloudWatch.GetMetricData);
        server.Handle("monitoring", "ListMetrics", cloudWatch.ListMetrics);
        return cloudWatch;
    }

    /// <summary>Average: 20 + hour of day; Maximum: 50 + hour of day; Sum: 1,000,000; p99: 300.</summary>
    public static double? DefaultValue(FakeMetric metric, DateTime hour)
    {
        ArgumentNullException.ThrowIfNull(metric);
        return metric.Stat switch
        {
            "Average" => 20 + hour.Hour,
            "Maximum" => 50 + hour.Hour,
            "Sum" => 1_000_000,
            _ => 300,
        };
    }

    private FakeAwsResponse GetMetricData(FakeAwsRequest request)
    {
        var queries = Queries(request);
        lock (QueriesPerCall)
        {
            QueriesPerCall.Add(queries.Count);
        }

        if (queries.Count is 0 or > 500)
        {
            return FakeAwsErrors.Error(FakeAwsProtocol.Query, 400, "ValidationError", "MetricDataQueries must hold 1 to 500 members.");
        }

        var start = DateTime.Parse(request.Param("StartTime")!, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal);
        var end = DateTime.Parse(request.Param("EndTime")!, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal);
        var points = queries
            .SelectMany(q => Hours(start, end, q.Period).Select(h => (Query: q, Hour: h, Value: Value(q, h))))
            .Where(p => p.Value is not null)
            .ToList();
        var offset = request.Param("NextToken") is { } token ? int.Parse(token, CultureInfo.InvariantCulture) : 0;
        var page = points.Skip(offset).Take(MaxDatapointsPerPage).ToList();
        var more = offset + page.Count < points.Count;

        var xml = new StringBuilder("<GetMetricDataResponse xmlns=\"http://monitoring.amazonaws.com/doc/2010-08-01/\"><GetMetricDataResult><MetricDataResults>");
        foreach (var group in page.GroupBy(p => p.Query.Id))
        {
            xml.Append("<member><Id>").Append(group.Key).Append("</Id><Label>").Append(group.First().Query.MetricName).Append("</Label><Timestamps>");
            foreach (var point in group)
            {
                xml.Append("<member>").Append(point.Hour.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture)).Append("</member>");
            }

            xml.Append("</Timestamps><Values>");
            foreach (var point in group)
            {
                xml.Append("<member>").Append(point.Value!.Value.ToString("R", CultureInfo.InvariantCulture)).Append("</member>");
            }

            xml.Append("</Values><StatusCode>").Append(more ? "PartialData" : "Complete").Append("</StatusCode></member>");
        }

        xml.Append("</MetricDataResults>");
        if (more)
        {
            xml.Append("<NextToken>").Append((offset + page.Count).ToString(CultureInfo.InvariantCulture)).Append("</NextToken>");
        }

        xml.Append("<Messages/></GetMetricDataResult><ResponseMetadata><RequestId>").Append(Guid.NewGuid()).Append("</RequestId></ResponseMetadata></GetMetricDataResponse>");
        return FakeAwsResponse.Xml(xml.ToString());
    }

    private FakeAwsResponse ListMetrics(FakeAwsRequest request)
    {
        var (metricNamespace, metricName, matching) = request.Param("Namespace") switch
        {
            "CWAgent" when request.Param("MetricName") is null or "mem_used_percent" => ("CWAgent", "mem_used_percent", AgentMemoryMetrics),
            "LambdaInsights" when request.Param("MetricName") is null or "memory_utilization" => ("LambdaInsights", "memory_utilization", LambdaInsightsMemoryMetrics),
            "ContainerInsights" when request.Param("MetricName") is null or "pod_cpu_limit" => ("ContainerInsights", "pod_cpu_limit", ContainerInsightsPodMetrics),
            _ => ("CWAgent", "mem_used_percent", new List<IReadOnlyDictionary<string, string>>()),
        };
        var start = request.Param("NextToken") is { } token ? int.Parse(token, CultureInfo.InvariantCulture) : 0;
        var page = matching.Skip(start).Take(ListMetricsPageLimit).ToList();
        var xml = new StringBuilder("<ListMetricsResponse xmlns=\"http://monitoring.amazonaws.com/doc/2010-08-01/\"><ListMetricsResult><Metrics>");
        foreach (var dimensions in page)
        {
            xml.Append("<member><Namespace>").Append(metricNamespace).Append("</Namespace><MetricName>").Append(metricName).Append("</MetricName><Dimensions>");
            foreach (var (name, value) in dimensions)
            {
                xml.Append("<member><Name>").Append(name).Append("</Name><Value>").Append(value).Append("</Value></member>");
            }

            xml.Append("</Dimensions></member>");
        }

        xml.Append("</Metrics>");
        if (start + page.Count < matching.Count)
        {
            xml.Append("<NextToken>").Append((start + page.Count).ToString(CultureInfo.InvariantCulture)).Append("</NextToken>");
        }

        return FakeAwsResponse.Xml(xml.Append("</ListMetricsResult><ResponseMetadata><RequestId>r</RequestId></ResponseMetadata></ListMetricsResponse>").ToString());
    }

    private static IEnumerable<DateTime> Hours(DateTime start, DateTime end, int period)
    {
        for (var t = start; t < end; t = t.AddSeconds(period))
        {
            yield return t;
        }
    }

    private static List<FakeMetric> Queries(FakeAwsRequest request)
    {
        var result = new List<FakeMetric>();
        for (var i = 1; request.Param($"MetricDataQueries.member.{i}.Id") is { } id; i++)
        {
            var prefix = $"MetricDataQueries.member.{i}.MetricStat.";
            var dimensions = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var d = 1; request.Param($"{prefix}Metric.Dimensions.member.{d}.Name") is { } name; d++)
            {
                dimensions[name] = request.Param($"{prefix}Metric.Dimensions.member.{d}.Value") ?? string.Empty;
            }

            result.Add(new FakeMetric(
                id,
                request.Param(prefix + "Metric.Namespace") ?? string.Empty,
                request.Param(prefix + "Metric.MetricName") ?? string.Empty,
                dimensions,
                int.Parse(request.Param(prefix + "Period") ?? "60", CultureInfo.InvariantCulture),
                request.Param(prefix + "Stat") ?? string.Empty));
        }

        return result;
    }
}
