using System.Globalization;
using System.Text.Json;
using Analyzer.Collectors.Aws;
using Analyzer.Core.Workloads;

namespace Analyzer.Collectors.Lambda;

/// <summary>
/// Lambda (REST-JSON, API 2015-03-31): ListFunctions, GET /2015-03-31/functions/ paged by Marker/NextMarker, each
/// function one workload with its memory, timeout and architecture. Lambda gives 1 vCPU per 1,769 MB of memory.
/// </summary>
public sealed class LambdaInventoryCollector
{
    /// <summary>The most ListFunctions returns per page.</summary>
    public const int MaxItems = 50;

    private const double MegabytesPerVcpu = 1769;
    private readonly AwsClientOptions _options;

    public LambdaInventoryCollector(AwsClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
    }

    public async Task<IReadOnlyList<Workload>> CollectAsync(string accountId, string region, CancellationToken cancellationToken)
    {
        var operation = AwsOperations.ListFunctions;
        using var sdk = AwsServiceClient.Create(AwsService.Lambda, _options with { Region = region });
        var workloads = new List<Workload>();
        string? marker = null;
        do
        {
            var query = new List<KeyValuePair<string, string>> { new("MaxItems", MaxItems.ToString(CultureInfo.InvariantCulture)) };
            if (marker is not null)
            {
                query.Add(new("Marker", marker));
            }

            var body = await sdk.SendAsync(AwsRequest.Rest(operation, "GET", "/2015-03-31/functions/", query), cancellationToken).ConfigureAwait(false);
            marker = AwsJson.Read(operation, body, root =>
            {
                workloads.AddRange(root.Array("Functions").Select(f => ToWorkload(operation, accountId, region, f)).ToList());
                return root.String("NextMarker");
            });
        }
        while (!string.IsNullOrEmpty(marker));

        return workloads;
    }

    private static Workload ToWorkload(AwsOperation operation, string accountId, string region, JsonElement function)
    {
        var name = function.String("FunctionName") ?? throw AwsXml.Malformed(operation, "a function has no FunctionName");
        var memory = function.Int("MemorySize") ?? 128;
        var architecture = function.Array("Architectures").Select(a => a.GetString()).FirstOrDefault() ?? "x86_64";
        return new Workload(
            function.String("FunctionArn") ?? name,
            accountId,
            region,
            WorkloadKind.LambdaFunction,
            name,
            InstanceType: null,
            Vcpu: Math.Round(memory / MegabytesPerVcpu, 3),
            MemoryGib: memory / 1024.0,
            architecture,
            "on-demand",
            LaunchType: null,
            DesiredCount: 1,
            LambdaMemoryMb: memory,
            LambdaTimeoutSeconds: function.Int("Timeout") ?? 3,
            new Dictionary<string, string>());
    }
}
