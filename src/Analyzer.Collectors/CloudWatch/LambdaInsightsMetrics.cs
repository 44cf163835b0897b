using Analyzer.Collectors.Aws;
using Analyzer.Core.Workloads;

namespace Analyzer.Collectors.CloudWatch;

/// <summary>
/// Lambda memory from Lambda Insights (LambdaInsights memory_utilization, the percent of configured memory used), for
/// the functions that publish it: CloudWatch publishes no Lambda memory metric by default, and memory is never
/// reduced without one. ListMetrics finds the functions first, so a function without Insights costs no query.
/// </summary>
internal static class LambdaInsightsMetrics
{
    public const string Namespace = "LambdaInsights";
    public const string MetricName = "memory_utilization";
    public const string FunctionDimension = "function_name";

    /// <summary>Average and maximum memory queries for each Lambda function Lambda Insights reports on.</summary>
    public static async Task<List<(string WorkloadId, SampleField Field, MetricQuery Query)>> QueriesAsync(
        AwsServiceClient sdk, IReadOnlyList<Workload> workloads, CancellationToken cancellationToken)
    {
        var functions = workloads.Where(w => w.Kind == WorkloadKind.LambdaFunction).ToList();
        if (functions.Count == 0)
        {
            return [];
        }

        var published = await AgentMemoryMetrics.ListAsync(sdk, Namespace, MetricName, cancellationToken).ConfigureAwait(false);
        var queries = new List<(string, SampleField, MetricQuery)>();
        foreach (var function in functions)
        {
            // The function-wide series (function_name alone), not one of its versions'.
            var dimensions = published.FirstOrDefault(d => d.Count == 1 && d[0].Key == FunctionDimension && d[0].Value == function.Name);
            if (dimensions is null)
            {
                continue;
            }

            queries.Add((function.WorkloadId, SampleField.MemoryAverage, new MetricQuery(Namespace, MetricName, dimensions, "Average")));
            queries.Add((function.WorkloadId, SampleField.MemoryMaximum, new MetricQuery(Namespace, MetricName, dimensions, "Maximum")));
        }

        return queries;
    }
}
