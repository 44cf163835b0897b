using System.Collections.Concurrent;
using System.Globalization;

namespace Analyzer.Core.Rules;

/// <summary>One valid Fargate task size (Linux): vCPUs and memory in GB (Fargate's GB is 1,024 MiB).</summary>
public sealed record FargateTaskSize(decimal Vcpu, decimal MemoryGb)
{
    // Each size is named once: every Fargate option's label carries one, and the sizes are a closed set of a few dozen.
    private static readonly ConcurrentDictionary<FargateTaskSize, string> Names = new();

    public override string ToString() =>
        Names.GetOrAdd(this, static s => string.Create(CultureInfo.InvariantCulture, $"{s.Vcpu:0.##}vcpu-{s.MemoryGb:0.##}gb"));
}
