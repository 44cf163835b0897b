using Analyzer.Core.ComputeOptimizer;
using Analyzer.Core.Options;
using Analyzer.Core.Profiles;
using Analyzer.Core.Rules;
using Analyzer.Core.Settings;
using Analyzer.Core.Workloads;

namespace Analyzer.Core.Tests.ComputeOptimizer;

public class ComputeOptimizerComparerTests
{
    private static readonly Workload Instance = TestWorkloads.Ec2("m5.2xlarge", 8, 32);

    private static readonly DemandProfile WithMemory = TestWorkloads.Steady(8, 8, 6, 3);

    [Fact]
    public void Compare_NoComputeOptimizerRow_IsNone()
    {
        var comparison = ComputeOptimizerComparer.Compare(Instance, WithMemory, Ours("ec2-rightsized:t3.large", OptionFamily.Ec2Rightsized, "t3.large", 200m), new AnalysisSettings(), null);

        Assert.Equal(ComputeOptimizerAgreement.None, comparison.Agreement);
        Assert.Null(comparison.Reason);
    }

    [Fact]
    public void Compare_SameInstanceType_AgreesWithNoReason()
    {
        var co = Co("OVER_PROVISIONED", "CPUOverprovisioned,MemoryOverprovisioned", "t3.large", lookback: 14);

        var comparison = ComputeOptimizerComparer.Compare(Instance, WithMemory, Ours("ec2-rightsized:t3.large", OptionFamily.Ec2Rightsized, "t3.large", 200m), new AnalysisSettings(), co);

        Assert.Equal(ComputeOptimizerAgreement.Same, comparison.Agreement);
        Assert.Null(comparison.Reason);
    }

    [Fact]
    public void Compare_BothShrinkToDifferentTypes_IsSameDirectionWithTheKnownReasons()
    {
        // CO reports only a CPU code though we measured memory, looked back 14 days against our 30, and we chose Graviton.
        var co = Co("Overprovisioned", "CPUOverprovisioned", "m5.large", lookback: 14);
        var settings = new AnalysisSettings { LookbackDays = 30 };

        var comparison = ComputeOptimizerComparer.Compare(Instance, WithMemory, Ours("graviton:m7g.medium", OptionFamily.Graviton, "m7g.medium", 250m), settings, co);

        Assert.Equal(ComputeOptimizerAgreement.SameDirection, comparison.Agreement);
        Assert.Equal("ours includes Graviton; CO has no memory metric; ours uses 30 days, CO 14", comparison.Reason);
    }

    [Fact]
    public void Compare_ComputeOptimizerOptimizedWhereWeShrink_IsDifferentDirection()
    {
        var co = Co("Optimized", string.Empty, null, lookback: 14);
        var settings = new AnalysisSettings { CpuPercentile = CpuPercentile.P95, CpuHeadroomPercent = 30 };

        var comparison = ComputeOptimizerComparer.Compare(Instance, WithMemory, Ours("ec2-rightsized:t3.large", OptionFamily.Ec2Rightsized, "t3.large", 200m), settings, co);

        Assert.Equal(ComputeOptimizerAgreement.DifferentDirection, comparison.Agreement);
        Assert.Equal("ours sizes CPU on p95 + 30% headroom, CO's default p99.5 + 20%", comparison.Reason);
    }

    [Fact]
    public void Compare_BothKeepTheCurrentType_Agrees()
    {
        var current = OptionResult.Priced("current", OptionFamily.Current, 280m, 280m, Risk.VeryLow, Effort.VeryLow, Confidence.High, null);
        var co = Co("Optimized", string.Empty, "m5.2xlarge", lookback: 14);

        var comparison = ComputeOptimizerComparer.Compare(Instance, WithMemory, new Recommendation(Instance.WorkloadId, current, null, [], "keep"), new AnalysisSettings(), co);

        Assert.Equal(ComputeOptimizerAgreement.Same, comparison.Agreement);
    }

    private static ComputeOptimizerRecommendation Co(string finding, string reasons, string? type, int lookback) =>
        new(Instance.WorkloadId, "ec2", finding, reasons, type, type?.StartsWith("m7g", StringComparison.Ordinal) == true ? "arm64" : "x86_64", 42.5m, lookback);

    // Current cost 280.32 (m5.2xlarge): a cheaper chosen option shrinks.
    private static Recommendation Ours(string option, OptionFamily family, string type, decimal monthly)
    {
        var target = new OptionTarget(type, null, null, null, null, "on-demand", 730, UnitCount.Fixed(1));
        var chosen = OptionResult.Priced(option, family, monthly, 280.32m, Risk.Low, Effort.Low, Confidence.High, target);
        return new Recommendation(Instance.WorkloadId, chosen, null, [chosen], "saves");
    }
}
