using System.Globalization;
using Analyzer.Collectors.Aws;
using Analyzer.Core.Time;

namespace Analyzer.Collectors.CloudWatch;

/// <summary>CloudWatch (query protocol, API 2010-08-01): GetMetricData.</summary>
internal sealed class CloudWatchClient(AwsServiceClient client)
{
    /// <summary>GetMetricData accepts at most 500 MetricDataQueries per call.</summary>
    public const int MaxQueriesPerCall = 500;

    /// <summary>
    /// Runs up to 500 queries over the window, following NextToken until every page is read, and returns the
    /// datapoints per query in input order. A bad page throws before anything is returned.
    /// </summary>
    public async Task<IReadOnlyList<MetricSeries>> GetMetricDataAsync(IReadOnlyList<MetricQuery> queries, Period window, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(queries);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(queries.Count, MaxQueriesPerCall);
        var operation = AwsOperations.GetMetricData;
        var timestamps = queries.Select(_ => new List<DateTime>()).ToArray();
        var values = queries.Select(_ => new List<double>()).ToArray();
        string? nextToken = null;
        do
        {
            var parameters = Parameters(queries, window, nextToken);
            var body = await client.SendAsync(AwsRequest.Query(operation, parameters), cancellationToken).ConfigureAwait(false);
            client.Counter.CountMetrics(queries.Count);
            var root = AwsXml.Parse(operation, body);
            var result = root.Child("GetMetricDataResult") ?? throw AwsXml.Malformed(operation, "no GetMetricDataResult element");
            foreach (var member in result.Items("MetricDataResults"))
            {
                var id = member.Text("Id") ?? throw AwsXml.Malformed(operation, "a result has no Id");
                if (!id.StartsWith('q') || !int.TryParse(id.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var index) || index >= queries.Count)
                {
                    throw AwsXml.Malformed(operation, $"unexpected result id '{id}'");
                }

                var times = member.Items("Timestamps").Select(t => ParseTime(operation, t.Value)).ToList();
                var points = member.Items("Values").Select(v => ParseValue(operation, v.Value)).ToList();
                if (times.Count != points.Count)
                {
                    throw AwsXml.Malformed(operation, $"result {id} has {times.Count} timestamps but {points.Count} values");
                }

                timestamps[index].AddRange(times);
                values[index].AddRange(points);
            }

            nextToken = result.Text("NextToken");
        }
        while (!string.IsNullOrEmpty(nextToken));

        return [.. timestamps.Select((t, i) => new MetricSeries(t, values[i]))];
    }

    private static List<KeyValuePair<string, string>> Parameters(IReadOnlyList<MetricQuery> queries, Period window, string? nextToken)
    {
        var p = new List<KeyValuePair<string, string>>(queries.Count * 8 + 4)
        {
            new("StartTime", window.Start.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture)),
            new("EndTime", window.End.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture)),
            new("ScanBy", "TimestampAscending"),
        };
        for (var i = 0; i < queries.Count; i++)
        {
            var q = queries[i];
            var prefix = string.Create(CultureInfo.InvariantCulture, $"MetricDataQueries.member.{i + 1}.");
            p.Add(new(prefix + "Id", string.Create(CultureInfo.InvariantCulture, $"q{i}")));
            p.Add(new(prefix + "MetricStat.Metric.Namespace", q.Namespace));
            p.Add(new(prefix + "MetricStat.Metric.MetricName", q.MetricName));
            for (var d = 0; d < q.Dimensions.Count; d++)
            {
                var dimension = string.Create(CultureInfo.InvariantCulture, $"{prefix}MetricStat.Metric.Dimensions.member.{d + 1}.");
                p.Add(new(dimension + "Name", q.Dimensions[d].Key));
                p.Add(new(dimension + "Value", q.Dimensions[d].Value));
            }

            p.Add(new(prefix + "MetricStat.Period", q.PeriodSeconds.ToString(CultureInfo.InvariantCulture)));
            p.Add(new(prefix + "MetricStat.Stat", q.Stat));
            p.Add(new(prefix + "ReturnData", "true"));
        }

        if (nextToken is not null)
        {
            p.Add(new("NextToken", nextToken));
        }

        return p;
    }

    private static DateTime ParseTime(AwsOperation operation, string text) =>
        DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var time)
            ? time
            : throw AwsXml.Malformed(operation, $"bad timestamp '{text}'");

    private static double ParseValue(AwsOperation operation, string text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw AwsXml.Malformed(operation, $"bad value '{text}'");
}
