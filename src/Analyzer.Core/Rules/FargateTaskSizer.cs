namespace Analyzer.Core.Rules;

/// <summary>
/// The valid Fargate Linux task sizes, exactly as ECS accepts them, and the cheapest one that covers a demand.
/// 0.25 vCPU: 0.5, 1, 2 GB; 0.5: 1-4 GB; 1: 2-8; 2: 4-16; 4: 8-30 (1 GB steps); 8: 16-60 (4 GB steps);
/// 16: 32-120 (8 GB steps).
/// </summary>
public static class FargateTaskSizer
{
    public static IReadOnlyList<FargateTaskSize> ValidSizes { get; } = Build();

    /// <summary>
    /// The cheapest valid size with at least <paramref name="vcpu"/> and <paramref name="memoryGb"/> at the
    /// given rates (ties go to fewer vCPUs); null when demand exceeds 16 vCPU or 120 GB.
    /// </summary>
    public static FargateTaskSize? Smallest(double vcpu, double memoryGb, decimal usdPerVcpuHour, decimal usdPerGbHour) =>
        ValidSizes
            .Where(s => (double)s.Vcpu >= vcpu && (double)s.MemoryGb >= memoryGb)
            .OrderBy(s => (s.Vcpu * usdPerVcpuHour) + (s.MemoryGb * usdPerGbHour))
            .ThenBy(s => s.Vcpu)
            .FirstOrDefault();

    private static List<FargateTaskSize> Build()
    {
        var sizes = new List<FargateTaskSize>
        {
            new(0.25m, 0.5m),
            new(0.25m, 1m),
            new(0.25m, 2m),
        };
        AddRange(sizes, 0.5m, 1, 4, 1);
        AddRange(sizes, 1m, 2, 8, 1);
        AddRange(sizes, 2m, 4, 16, 1);
        AddRange(sizes, 4m, 8, 30, 1);
        AddRange(sizes, 8m, 16, 60, 4);
        AddRange(sizes, 16m, 32, 120, 8);
        return sizes;
    }

    private static void AddRange(List<FargateTaskSize> sizes, decimal vcpu, int fromGb, int toGb, int stepGb)
    {
        for (var gb = fromGb; gb <= toGb; gb += stepGb)
        {
            sizes.Add(new FargateTaskSize(vcpu, gb));
        }
    }
}
