using System.Globalization;

namespace Analyzer.Core.Rules;

/// <summary>
/// How Fargate sizes and bills a pod on Amazon EKS (EKS User Guide, "Understand Fargate Pod configuration details"):
/// the pod's CPU and memory requests (equal to its limits: EKS Fargate pods run with guaranteed QoS) plus 256 MB for
/// the Kubernetes components (kubelet, kube-proxy, containerd), rounded up to the smallest of Fargate's vCPU and memory
/// combinations that covers them; that size (the pod's CapacityProvisioned annotation) is what is billed. So a pod
/// requesting 1 vCPU and 8 GB is billed as 2 vCPU and 9 GB. The same page's considerations: Amazon EKS doesn't support
/// Fargate Spot, and EKS Fargate runs no Arm (Graviton) pods.
/// </summary>
public static class EksFargatePods
{
    /// <summary>256 MB in GB, added to every pod's memory request.</summary>
    public const decimal KubernetesReservedGb = 0.25m;

    public const string NoFargateSpot = "Amazon EKS doesn't support Fargate Spot (EKS User Guide, AWS Fargate considerations): EKS pods run on Fargate on demand only";

    public const string NoArm = "EKS on Fargate runs no Arm (Graviton) pods (EKS User Guide, Fargate comparison table); arm64 pods need EC2 nodes";

    /// <summary>The size Fargate provisions and bills for a pod with these requests; null beyond 16 vCPU and 120 GB.</summary>
    public static FargateTaskSize? Provisioned(double requestedVcpu, double requestedMemoryGib) =>
        FargateTaskSizer.ValidSizes
            .Where(s => (double)s.Vcpu >= requestedVcpu - 1e-9 && (double)(s.MemoryGb - KubernetesReservedGb) >= requestedMemoryGib - 1e-9)
            .OrderBy(s => s.Vcpu)
            .ThenBy(s => s.MemoryGb)
            .FirstOrDefault();

    /// <summary>The requests a pod billed at <paramref name="size"/> can set: its vCPU, and its memory less the 256 MB.</summary>
    public static string Requests(FargateTaskSize size)
    {
        ArgumentNullException.ThrowIfNull(size);
        return string.Create(CultureInfo.InvariantCulture, $"requests (= limits) up to {size.Vcpu:0.##} vCPU and {(size.MemoryGb - KubernetesReservedGb) * 1024:0} MiB");
    }
}
