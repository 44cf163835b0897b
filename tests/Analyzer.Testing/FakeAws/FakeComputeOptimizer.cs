using System.Globalization;
using System.Text.Json;

namespace Analyzer.Testing.FakeAws;

/// <summary>
/// Compute Optimizer GetEC2InstanceRecommendations (JSON 1.0, ComputeOptimizerService, 2019-11-01): the model's
/// instanceRecommendations with ranked recommendationOptions, nextToken paging, and OptInRequiredException for an
/// account that has not opted in.
/// </summary>
public sealed class FakeComputeOptimizer
{
    private static readonly string[] ReasonCodes = ["CPUOverprovisioned"];

    public bool Enrolled { get; set; } = true;

    /// <summary>Instance id, current type, finding, recommended type, estimated monthly savings.</summary>
    public List<(string InstanceId, string CurrentType, string Finding, string RecommendedType, decimal MonthlySavings)> Recommendations { get; } = [];

    public int PageLimit { get; set; } = 1000;

    public static FakeComputeOptimizer Serve(FakeAwsServer server)
    {
        ArgumentNullException.ThrowIfNull(server);
        var optimizer = new FakeComputeOptimizer();
        server.Handle("compute-optimizer", "GetEC2InstanceRecommendations", optimizer.GetEc2InstanceRecommendations);
        return optimizer;
    }

    private FakeAwsResponse GetEc2InstanceRecommendations(FakeAwsRequest request)
    {
        if (!Enrolled)
        {
            return FakeAwsErrors.Error(FakeAwsProtocol.Json, 400, "OptInRequiredException", "The account is not registered with AWS Compute Optimizer.");
        }

        var json = request.Json;
        var account = request.Credential.AccountId;
        var start = json.TryGetProperty("nextToken", out var t) ? int.Parse(t.GetString()!, CultureInfo.InvariantCulture) : 0;
        var page = Recommendations.Skip(start).Take(PageLimit).ToList();
        var body = new Dictionary<string, object?>
        {
            ["instanceRecommendations"] = page.Select(r => new Dictionary<string, object?>
            {
                ["instanceArn"] = $"arn:aws:ec2:{request.Region}:{account}:instance/{r.InstanceId}",
                ["accountId"] = account,
                ["instanceName"] = r.InstanceId,
                ["currentInstanceType"] = r.CurrentType,
                ["finding"] = r.Finding,
                ["findingReasonCodes"] = ReasonCodes,
                ["lookBackPeriodInDays"] = 14.0,
                ["lastRefreshTimestamp"] = 1.7624448E9,
                ["recommendationOptions"] = new object[]
                {
                    Option(r.CurrentType, 2, 0m),
                    Option(r.RecommendedType, 1, r.MonthlySavings),
                },
            }).ToList(),
            ["nextToken"] = start + page.Count < Recommendations.Count ? (start + page.Count).ToString(CultureInfo.InvariantCulture) : null,
            ["errors"] = Array.Empty<object>(),
        };
        return new FakeAwsResponse(200, "application/x-amz-json-1.0", JsonSerializer.SerializeToUtf8Bytes(body));
    }

    private static Dictionary<string, object?> Option(string type, int rank, decimal savings) => new()
    {
        ["instanceType"] = type,
        ["rank"] = rank,
        ["performanceRisk"] = 1.0,
        ["savingsOpportunity"] = new Dictionary<string, object?>
        {
            ["savingsOpportunityPercentage"] = 38.5,
            ["estimatedMonthlySavings"] = new Dictionary<string, object?> { ["currency"] = "USD", ["value"] = (double)savings },
        },
    };
}
