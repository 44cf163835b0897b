using System.Globalization;
using System.Text.Json;

namespace Analyzer.Testing.FakeAws;

/// <summary>
/// Compute Optimizer (JSON 1.0, ComputeOptimizerService, 2019-11-01): GetEC2InstanceRecommendations,
/// GetAutoScalingGroupRecommendations, GetLambdaFunctionRecommendations and GetECSServiceRecommendations as the
/// model shapes them (ranked options; ECS options unranked), maxResults 0-1000, nextToken paging, and
/// OptInRequiredException (HTTP 403) for an account that has not opted in.
/// </summary>
public sealed class FakeComputeOptimizer
{
    private const double RefreshedEpochSeconds = 1.7624448E9;
    private static readonly string[] ReasonCodes = ["CPUOverprovisioned"];

    public bool Enrolled { get; set; } = true;

    /// <summary>Instance id, current type, finding, recommended type, estimated monthly savings.</summary>
    public List<(string InstanceId, string CurrentType, string Finding, string RecommendedType, decimal MonthlySavings)> Recommendations { get; } = [];

    /// <summary>Group name, current type and desired capacity, finding, recommended type and capacity, savings.</summary>
    public List<(string Name, string CurrentType, int Desired, string Finding, string RecommendedType, int RecommendedDesired, decimal MonthlySavings)> AutoScalingGroups { get; } = [];

    /// <summary>Function name, current MB, finding, reason codes, recommended MB (null: no option), savings.</summary>
    public List<(string Name, int MemoryMb, string Finding, string[] Reasons, int? RecommendedMb, decimal MonthlySavings)> LambdaFunctions { get; } = [];

    /// <summary>Cluster, service, launch type ("Fargate"/"EC2"), current and recommended CPU units and MiB, finding, savings.</summary>
    public List<(string Cluster, string Service, string LaunchType, int Cpu, int Memory, string Finding, int RecommendedCpu, int RecommendedMemory, decimal MonthlySavings)> EcsServices { get; } = [];

    public int PageLimit { get; set; } = 1000;

    public static FakeComputeOptimizer Serve(FakeAwsServer server)
    {
        ArgumentNullException.ThrowIfNull(server);
        var optimizer = new FakeComputeOptimizer();
        server.Handle("compute-optimizer", "GetEC2InstanceRecommendations", r => optimizer.Page(r, "instanceRecommendations", optimizer.Recommendations, optimizer.Instance));
        server.Handle("compute-optimizer", "GetAutoScalingGroupRecommendations", r => optimizer.Page(r, "autoScalingGroupRecommendations", optimizer.AutoScalingGroups, Group));
        server.Handle("compute-optimizer", "GetLambdaFunctionRecommendations", r => optimizer.Page(r, "lambdaFunctionRecommendations", optimizer.LambdaFunctions, Function));
        server.Handle("compute-optimizer", "GetECSServiceRecommendations", r => optimizer.Page(r, "ecsServiceRecommendations", optimizer.EcsServices, Service));
        return optimizer;
    }

    private FakeAwsResponse Page<T>(FakeAwsRequest request, string listField, List<T> items, Func<FakeAwsRequest, T, Dictionary<string, object?>> shape)
    {
        if (!Enrolled)
        {
            return FakeAwsErrors.Error(FakeAwsProtocol.Json, 403, "OptInRequiredException", "The account is not registered with AWS Compute Optimizer.");
        }

        var json = request.Json;
        var max = json.TryGetProperty("maxResults", out var m) ? m.GetInt32() : 1000;
        if (max is < 0 or > 1000)
        {
            return FakeAwsErrors.Error(FakeAwsProtocol.Json, 400, "InvalidParameterValueException", "maxResults must be between 0 and 1000.");
        }

        var start = json.TryGetProperty("nextToken", out var t) ? int.Parse(t.GetString()!, CultureInfo.InvariantCulture) : 0;
        var page = items.Skip(start).Take(Math.Min(max, PageLimit)).ToList();
        var body = new Dictionary<string, object?>
        {
            [listField] = page.Select(item => shape(request, item)).ToList(),
            ["nextToken"] = start + page.Count < items.Count ? (start + page.Count).ToString(CultureInfo.InvariantCulture) : null,
        };
        if (listField != "lambdaFunctionRecommendations")
        {
            // GetLambdaFunctionRecommendationsResponse is the one without an errors member.
            body["errors"] = Array.Empty<object>();
        }

        return new FakeAwsResponse(200, "application/x-amz-json-1.0", JsonSerializer.SerializeToUtf8Bytes(body));
    }

    private Dictionary<string, object?> Instance(FakeAwsRequest request, (string InstanceId, string CurrentType, string Finding, string RecommendedType, decimal MonthlySavings) r) => new()
    {
        ["instanceArn"] = $"arn:aws:ec2:{request.Region}:{request.Credential.AccountId}:instance/{r.InstanceId}",
        ["accountId"] = request.Credential.AccountId,
        ["instanceName"] = r.InstanceId,
        ["currentInstanceType"] = r.CurrentType,
        ["finding"] = r.Finding,
        ["findingReasonCodes"] = ReasonCodes,
        ["lookBackPeriodInDays"] = 14.0,
        ["lastRefreshTimestamp"] = RefreshedEpochSeconds,
        ["recommendationOptions"] = new object[]
        {
            Option(new() { ["instanceType"] = r.CurrentType }, 2, 0m),
            Option(new() { ["instanceType"] = r.RecommendedType }, 1, r.MonthlySavings),
        },
    };

    private static Dictionary<string, object?> Group(FakeAwsRequest request, (string Name, string CurrentType, int Desired, string Finding, string RecommendedType, int RecommendedDesired, decimal MonthlySavings) g) => new()
    {
        ["accountId"] = request.Credential.AccountId,
        ["autoScalingGroupArn"] = $"arn:aws:autoscaling:{request.Region}:{request.Credential.AccountId}:autoScalingGroup:6d9b5e5a-1c2f-4a7e-9a55-0f1e2d3c4b5a:autoScalingGroupName/{g.Name}",
        ["autoScalingGroupName"] = g.Name,
        ["finding"] = g.Finding,
        ["lookBackPeriodInDays"] = 14.0,
        ["lastRefreshTimestamp"] = RefreshedEpochSeconds,
        ["currentPerformanceRisk"] = "Low",
        ["currentConfiguration"] = Configuration(g.CurrentType, g.Desired),
        ["recommendationOptions"] = new object[]
        {
            Option(new() { ["configuration"] = Configuration(g.CurrentType, g.Desired) }, 3, 0m),
            Option(new() { ["configuration"] = Configuration(g.RecommendedType, g.RecommendedDesired), ["migrationEffort"] = "VeryLow" }, 1, g.MonthlySavings),
            Option(new() { ["configuration"] = Configuration(g.RecommendedType, g.RecommendedDesired + 1) }, 2, g.MonthlySavings / 2),
        },
    };

    private static Dictionary<string, object?> Function(FakeAwsRequest request, (string Name, int MemoryMb, string Finding, string[] Reasons, int? RecommendedMb, decimal MonthlySavings) f) => new()
    {
        ["functionArn"] = $"arn:aws:lambda:{request.Region}:{request.Credential.AccountId}:function:{f.Name}:$LATEST",
        ["functionVersion"] = "$LATEST",
        ["accountId"] = request.Credential.AccountId,
        ["currentMemorySize"] = f.MemoryMb,
        ["numberOfInvocations"] = 12345,
        ["lookbackPeriodInDays"] = 14.0,
        ["lastRefreshTimestamp"] = RefreshedEpochSeconds,
        ["finding"] = f.Finding,
        ["findingReasonCodes"] = f.Reasons,
        ["currentPerformanceRisk"] = "VeryLow",
        ["memorySizeRecommendationOptions"] = f.RecommendedMb is { } mb
            ? new object[] { Option(new() { ["memorySize"] = mb + 128 }, 2, 0m, risk: false), Option(new() { ["memorySize"] = mb }, 1, f.MonthlySavings, risk: false) }
            : Array.Empty<object>(),
    };

    private static Dictionary<string, object?> Service(FakeAwsRequest request, (string Cluster, string Service, string LaunchType, int Cpu, int Memory, string Finding, int RecommendedCpu, int RecommendedMemory, decimal MonthlySavings) s) => new()
    {
        ["serviceArn"] = $"arn:aws:ecs:{request.Region}:{request.Credential.AccountId}:service/{s.Cluster}/{s.Service}",
        ["accountId"] = request.Credential.AccountId,
        ["currentServiceConfiguration"] = new Dictionary<string, object?>
        {
            ["memory"] = s.Memory,
            ["cpu"] = s.Cpu,
            ["containerConfigurations"] = Array.Empty<object>(),
            ["taskDefinitionArn"] = $"arn:aws:ecs:{request.Region}:{request.Credential.AccountId}:task-definition/{s.Service}:3",
        },
        ["lookbackPeriodInDays"] = 14.0,
        ["launchType"] = s.LaunchType,
        ["lastRefreshTimestamp"] = RefreshedEpochSeconds,
        ["finding"] = s.Finding,
        ["findingReasonCodes"] = s.Finding == "Optimized" ? Array.Empty<string>() : new[] { "CPUOverprovisioned", "MemoryOverprovisioned" },
        ["serviceRecommendationOptions"] = new object[]
        {
            // Unranked: the first option is the recommendation.
            Option(new() { ["cpu"] = s.RecommendedCpu, ["memory"] = s.RecommendedMemory }, null, s.MonthlySavings),
            Option(new() { ["cpu"] = s.Cpu, ["memory"] = s.Memory }, null, 0m),
        },
        ["currentPerformanceRisk"] = "Low",
    };

    private static Dictionary<string, object?> Configuration(string type, int desired) => new()
    {
        ["desiredCapacity"] = desired,
        ["minSize"] = 1,
        ["maxSize"] = desired + 2,
        ["instanceType"] = type,
    };

    /// <param name="risk">EC2 and ASG options carry a performanceRisk; Lambda's and ECS's do not.</param>
    private static Dictionary<string, object?> Option(Dictionary<string, object?> fields, int? rank, decimal savings, bool risk = true)
    {
        if (rank is { } r)
        {
            fields["rank"] = r;
            if (risk)
            {
                fields["performanceRisk"] = r == 1 ? 1.0 : 2.0;
            }
        }

        fields["savingsOpportunity"] = new Dictionary<string, object?>
        {
            ["savingsOpportunityPercentage"] = 38.5,
            ["estimatedMonthlySavings"] = new Dictionary<string, object?> { ["currency"] = "USD", ["value"] = (double)savings },
        };
        return fields;
    }
}
