using System.Globalization;
using Analyzer.Collectors.Aws;
using Analyzer.Core.Workloads;

namespace Analyzer.Collectors.Ec2;

/// <summary>
/// EC2 DescribeInstanceTypes for the types a region's inventory uses (100 names a call, nextToken paging): the
/// vCPUs and memory that size EC2 instances and Auto Scaling groups, filled into their workloads.
/// </summary>
public sealed class InstanceTypeCatalog
{
    private const int TypesPerCall = 100;
    private readonly AwsClientOptions _options;

    public InstanceTypeCatalog(AwsClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
    }

    /// <summary>The workloads with vCPU and memory filled where the type is known and the size was missing.</summary>
    public async Task<IReadOnlyList<Workload>> FillSizesAsync(string region, IReadOnlyList<Workload> workloads, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(workloads);
        var types = workloads.Where(w => w.InstanceType is not null && (w.Vcpu is null || w.MemoryGib is null))
            .Select(w => w.InstanceType!).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (types.Count == 0)
        {
            return workloads;
        }

        var sizes = await DescribeAsync(region, types, cancellationToken).ConfigureAwait(false);
        return [.. workloads.Select(w => w.InstanceType is { } type && sizes.TryGetValue(type, out var size)
            ? w with { Vcpu = w.Vcpu ?? size.Vcpu, MemoryGib = w.MemoryGib ?? size.MemoryGib }
            : w)];
    }

    public async Task<IReadOnlyDictionary<string, (double Vcpu, double MemoryGib)>> DescribeAsync(string region, IReadOnlyList<string> types, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(types);
        var operation = AwsOperations.DescribeInstanceTypes;
        using var sdk = AwsServiceClient.Create(AwsService.Ec2, _options with { Region = region });
        var sizes = new Dictionary<string, (double, double)>(StringComparer.Ordinal);
        foreach (var chunk in types.Chunk(TypesPerCall))
        {
            string? nextToken = null;
            do
            {
                var parameters = chunk.Select((t, i) => new KeyValuePair<string, string>(string.Create(CultureInfo.InvariantCulture, $"InstanceType.{i + 1}"), t)).ToList();
                if (nextToken is not null)
                {
                    parameters.Add(new("NextToken", nextToken));
                }

                var root = AwsXml.Parse(operation, await sdk.SendAsync(AwsRequest.Query(operation, parameters), cancellationToken).ConfigureAwait(false));
                foreach (var item in root.Items("instanceTypeSet"))
                {
                    var name = item.Text("instanceType") ?? throw AwsXml.Malformed(operation, "an item has no instanceType");
                    var vcpu = item.Child("vCpuInfo")?.Text("defaultVCpus");
                    var mib = item.Child("memoryInfo")?.Text("sizeInMiB");
                    if (vcpu is null || mib is null)
                    {
                        throw AwsXml.Malformed(operation, $"{name} has no vCpuInfo or memoryInfo");
                    }

                    sizes[name] = (double.Parse(vcpu, CultureInfo.InvariantCulture), double.Parse(mib, CultureInfo.InvariantCulture) / 1024.0);
                }

                nextToken = root.Text("nextToken");
            }
            while (!string.IsNullOrEmpty(nextToken));
        }

        return sizes;
    }
}
