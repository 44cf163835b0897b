using System.Globalization;
using System.Text.Json;

namespace Analyzer.Testing.FakeAws;

/// <summary>
/// ECS (JSON 1.1, AmazonEC2ContainerServiceV20141113): ListClusters and ListServices with maxResults/nextToken,
/// DescribeServices (at most 10 names), DescribeTaskDefinition, in the 2014-11-13 model's shapes.
/// </summary>
public sealed class FakeEcs
{
    private static readonly string[] Compatibilities = ["FARGATE"];

    public List<FakeEcsService> Services { get; } = [];

    /// <summary>Task definition family:revision to (cpu units, memory MiB, cpuArchitecture) as the strings AWS returns.</summary>
    public Dictionary<string, (string Cpu, string Memory, string Architecture)> TaskDefinitions { get; } = new(StringComparer.Ordinal);

    /// <summary>List pages hold at most this many ARNs whatever maxResults asks.</summary>
    public int PageLimit { get; set; } = 100;

    public static FakeEcs Serve(FakeAwsServer server)
    {
        ArgumentNullException.ThrowIfNull(server);
        var ecs = new FakeEcs();
        server.Handle("ecs", "ListClusters", ecs.ListClusters);
        server.Handle("ecs", "ListServices", ecs.ListServices);
        server.Handle("ecs", "DescribeServices", ecs.DescribeServices);
        server.Handle("ecs", "DescribeTaskDefinition", ecs.DescribeTaskDefinition);
        return ecs;
    }

    private static string Prefix(FakeAwsRequest r) => $"arn:aws:ecs:{r.Region}:{r.Credential.AccountId}";

    private FakeAwsResponse ListClusters(FakeAwsRequest request) =>
        Page(request, "clusterArns", [.. Services.Select(s => s.Cluster).Distinct().Order(StringComparer.Ordinal).Select(c => $"{Prefix(request)}:cluster/{c}")]);

    private FakeAwsResponse ListServices(FakeAwsRequest request)
    {
        var cluster = ClusterName(request.Json.GetProperty("cluster").GetString()!);
        return Page(request, "serviceArns", [.. Services.Where(s => s.Cluster == cluster).Select(s => $"{Prefix(request)}:service/{s.Cluster}/{s.Name}")]);
    }

    private FakeAwsResponse DescribeServices(FakeAwsRequest request)
    {
        var json = request.Json;
        var cluster = ClusterName(json.GetProperty("cluster").GetString()!);
        var names = json.GetProperty("services").EnumerateArray().Select(s => s.GetString()!.Split('/')[^1]).ToList();
        if (names.Count > 10)
        {
            return FakeAwsErrors.Error(FakeAwsProtocol.Json, 400, "InvalidParameterException", "services can have at most 10 items.");
        }

        var services = Services.Where(s => s.Cluster == cluster && names.Contains(s.Name)).Select(s => new Dictionary<string, object?>
        {
            ["serviceArn"] = $"{Prefix(request)}:service/{s.Cluster}/{s.Name}",
            ["serviceName"] = s.Name,
            ["clusterArn"] = $"{Prefix(request)}:cluster/{s.Cluster}",
            ["status"] = "ACTIVE",
            ["desiredCount"] = s.DesiredCount,
            ["runningCount"] = s.DesiredCount,
            ["launchType"] = s.CapacityProviders is null ? s.LaunchType : null,
            ["capacityProviderStrategy"] = s.CapacityProviders?.Select(p => new Dictionary<string, object> { ["capacityProvider"] = p.Provider, ["weight"] = p.Weight, ["base"] = 0 }).ToList(),
            ["taskDefinition"] = $"arn:aws:ecs:{request.Region}:{request.Credential.AccountId}:task-definition/{s.TaskDefinition}",
        }).ToList();
        return Json(new Dictionary<string, object?> { ["services"] = services, ["failures"] = Array.Empty<object>() });
    }

    private FakeAwsResponse DescribeTaskDefinition(FakeAwsRequest request)
    {
        var name = request.Json.GetProperty("taskDefinition").GetString()!.Split('/')[^1];
        if (!TaskDefinitions.TryGetValue(name, out var definition))
        {
            return FakeAwsErrors.Error(FakeAwsProtocol.Json, 400, "ClientException", "Unable to describe task definition.");
        }

        return Json(new Dictionary<string, object?>
        {
            ["taskDefinition"] = new Dictionary<string, object?>
            {
                ["taskDefinitionArn"] = $"arn:aws:ecs:{request.Region}:{request.Credential.AccountId}:task-definition/{name}",
                ["family"] = name.Split(':')[0],
                ["cpu"] = definition.Cpu,
                ["memory"] = definition.Memory,
                ["runtimePlatform"] = new Dictionary<string, string> { ["cpuArchitecture"] = definition.Architecture, ["operatingSystemFamily"] = "LINUX" },
                ["requiresCompatibilities"] = Compatibilities,
            },
        });
    }

    private FakeAwsResponse Page(FakeAwsRequest request, string field, List<string> arns)
    {
        var json = request.Json;
        var max = json.TryGetProperty("maxResults", out var m) ? m.GetInt32() : 100;
        var start = json.TryGetProperty("nextToken", out var t) ? int.Parse(t.GetString()!, CultureInfo.InvariantCulture) : 0;
        var page = arns.Skip(start).Take(Math.Min(max, PageLimit)).ToList();
        return Json(new Dictionary<string, object?>
        {
            [field] = page,
            ["nextToken"] = start + page.Count < arns.Count ? (start + page.Count).ToString(CultureInfo.InvariantCulture) : null,
        });
    }

    private static string ClusterName(string clusterArnOrName) => clusterArnOrName.Split('/')[^1];

    private static FakeAwsResponse Json(Dictionary<string, object?> body) =>
        new(200, "application/x-amz-json-1.1", JsonSerializer.SerializeToUtf8Bytes(body.Where(p => p.Value is not null).ToDictionary(p => p.Key, p => p.Value)));
}
