using Amazon.EC2.Model;
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
        using var sdk = Ec2SdkClient.Create(_options with { Region = region });
        var sizes = new Dictionary<string, (double, double)>(StringComparer.Ordinal);
        foreach (var chunk in types.Chunk(TypesPerCall))
        {
            string? nextToken = null;
            do
            {
                var request = new DescribeInstanceTypesRequest { InstanceTypes = [.. chunk], NextToken = nextToken };
                var response = await sdk.CallAsync(operation, ct => sdk.DescribeInstanceTypesAsync(request, ct), cancellationToken).ConfigureAwait(false);
                foreach (var item in response.InstanceTypes ?? [])
                {
                    var name = item.InstanceType?.Value ?? throw AwsXml.Malformed(operation, "an item has no instanceType");
                    var vcpu = item.VCpuInfo?.DefaultVCpus;
                    var mib = item.MemoryInfo?.SizeInMiB;
                    if (vcpu is null || mib is null)
                    {
                        throw AwsXml.Malformed(operation, $"{name} has no vCpuInfo or memoryInfo");
                    }

                    sizes[name] = (vcpu.Value, mib.Value / 1024.0);
                }

                nextToken = response.NextToken;
            }
            while (!string.IsNullOrEmpty(nextToken));
        }

        return sizes;
    }
}
