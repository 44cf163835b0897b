using System.Globalization;
using System.Text.Json;
using Analyzer.Collectors.Aws;
using Analyzer.Core.Workloads;

namespace Analyzer.Collectors.Ecs;

/// <summary>
/// ECS (JSON 1.1, API 2014-11-13): ListClusters, ListServices per cluster (nextToken paging, 100 a page),
/// DescribeServices (10 a call) and DescribeTaskDefinition once per distinct task definition. Each active service
/// is one workload sized by its task definition: task CPU units / 1024 vCPU, task memory MiB / 1024 GiB.
/// A FARGATE_SPOT capacity provider weighted above FARGATE makes the service "spot".
/// </summary>
public sealed class EcsInventoryCollector
{
    private const int DescribeBatch = 10;
    private readonly AwsClientOptions _options;

    public EcsInventoryCollector(AwsClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
    }

    public async Task<IReadOnlyList<Workload>> CollectAsync(string accountId, string region, CancellationToken cancellationToken)
    {
        using var sdk = AwsServiceClient.Create(AwsService.Ecs, _options with { Region = region });
        var workloads = new List<Workload>();
        var taskDefinitions = new Dictionary<string, TaskSize>(StringComparer.Ordinal);
        foreach (var cluster in await ListAsync(sdk, AwsOperations.ListClusters, "clusterArns", null, cancellationToken).ConfigureAwait(false))
        {
            var services = await ListAsync(sdk, AwsOperations.ListServices, "serviceArns", cluster, cancellationToken).ConfigureAwait(false);
            foreach (var chunk in services.Chunk(DescribeBatch))
            {
                foreach (var service in await DescribeServicesAsync(sdk, cluster, chunk, cancellationToken).ConfigureAwait(false))
                {
                    if (!taskDefinitions.TryGetValue(service.TaskDefinition, out var size))
                    {
                        size = await DescribeTaskDefinitionAsync(sdk, service.TaskDefinition, cancellationToken).ConfigureAwait(false);
                        taskDefinitions[service.TaskDefinition] = size;
                    }

                    workloads.Add(new Workload(
                        service.Arn, accountId, region, WorkloadKind.EcsService, service.Name, InstanceType: null,
                        size.Vcpu, size.MemoryGib, size.Architecture, service.Spot ? "spot" : "on-demand", service.LaunchType,
                        service.DesiredCount, LambdaMemoryMb: null, LambdaTimeoutSeconds: null, new Dictionary<string, string>()));
                }
            }
        }

        return workloads;
    }

    private static async Task<List<string>> ListAsync(AwsServiceClient sdk, AwsOperation operation, string field, string? cluster, CancellationToken cancellationToken)
    {
        var arns = new List<string>();
        string? nextToken = null;
        do
        {
            var body = await sdk.SendAsync(AwsRequest.Json(operation, AwsJson.Body(new Dictionary<string, object?>
            {
                ["cluster"] = cluster,
                ["maxResults"] = 100,
                ["nextToken"] = nextToken,
            })), cancellationToken).ConfigureAwait(false);
            nextToken = AwsJson.Read(operation, body, root =>
            {
                arns.AddRange(root.Array(field).Select(a => a.GetString()!).ToList());
                return root.String("nextToken");
            });
        }
        while (!string.IsNullOrEmpty(nextToken));

        return arns;
    }

    private static async Task<List<EcsService>> DescribeServicesAsync(AwsServiceClient sdk, string cluster, string[] arns, CancellationToken cancellationToken)
    {
        var operation = AwsOperations.DescribeServices;
        var body = await sdk.SendAsync(AwsRequest.Json(operation, AwsJson.Body(new Dictionary<string, object?>
        {
            ["cluster"] = cluster,
            ["services"] = arns,
        })), cancellationToken).ConfigureAwait(false);
        return AwsJson.Read(operation, body, root => root.Array("services")
            .Where(s => s.String("status") is null or "ACTIVE")
            .Select(s => ParseService(operation, s))
            .ToList());
    }

    private static EcsService ParseService(AwsOperation operation, JsonElement service)
    {
        var arn = service.String("serviceArn") ?? throw AwsXml.Malformed(operation, "a service has no serviceArn");
        var providers = service.Array("capacityProviderStrategy")
            .Select(p => (Name: p.String("capacityProvider") ?? string.Empty, Weight: p.Int("weight") ?? 0))
            .ToList();
        var spotWeight = providers.Where(p => p.Name == "FARGATE_SPOT").Sum(p => p.Weight);
        var fargate = providers.Any(p => p.Name.StartsWith("FARGATE", StringComparison.Ordinal));
        var launchType = service.String("launchType") ?? (fargate ? "FARGATE" : "EC2");
        return new EcsService(
            arn,
            service.String("serviceName") ?? arn[(arn.LastIndexOf('/') + 1)..],
            launchType,
            service.Int("desiredCount") ?? 0,
            service.String("taskDefinition") ?? throw AwsXml.Malformed(operation, $"service {arn} has no taskDefinition"),
            spotWeight * 2 > providers.Sum(p => p.Weight));
    }

    private static async Task<TaskSize> DescribeTaskDefinitionAsync(AwsServiceClient sdk, string taskDefinition, CancellationToken cancellationToken)
    {
        var operation = AwsOperations.DescribeTaskDefinition;
        var body = await sdk.SendAsync(AwsRequest.Json(operation, AwsJson.Body(new Dictionary<string, object?> { ["taskDefinition"] = taskDefinition })), cancellationToken)
            .ConfigureAwait(false);
        return AwsJson.Read(operation, body, root =>
        {
            var definition = root.GetProperty("taskDefinition");
            // Task-level cpu and memory are strings ("256", "512"); EC2 tasks may leave them out.
            double? Units(string name) => definition.String(name) is { } text && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : null;
            var architecture = definition.TryGetProperty("runtimePlatform", out var platform) && platform.String("cpuArchitecture") == "ARM64" ? "arm64" : "x86_64";
            return new TaskSize(Units("cpu") / 1024.0, Units("memory") / 1024.0, architecture);
        });
    }

    private sealed record EcsService(string Arn, string Name, string LaunchType, int DesiredCount, string TaskDefinition, bool Spot);

    private sealed record TaskSize(double? Vcpu, double? MemoryGib, string Architecture);
}
