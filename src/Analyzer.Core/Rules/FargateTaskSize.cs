using System.Globalization;

namespace Analyzer.Core.Rules;

/// <summary>One valid Fargate task size (Linux): vCPUs and memory in GB (Fargate's GB is 1,024 MiB).</summary>
public sealed record FargateTaskSize(decimal Vcpu, decimal MemoryGb)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Vcpu:0.##}vcpu-{MemoryGb:0.##}gb");
}
