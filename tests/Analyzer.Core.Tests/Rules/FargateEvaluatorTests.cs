using Analyzer.Core.Options;
using Analyzer.Core.Profiles;
using Analyzer.Core.Rules;
using Analyzer.Core.Settings;

namespace Analyzer.Core.Tests.Rules;

public class FargateEvaluatorTests
{
    [Fact]
    public void Evaluate_UnderProvisionedSixTaskService_AddsTasksWhenCheaperThanBiggerTasks()
    {
        // 6 tasks of 1 vCPU/2 GB at 95%: each needs 1.14 vCPU, so the old per-task answer was 6 x 2 vCPU/4 GB
        // (6 x 0.09874 $/h = 432.48 a month). The fleet needs 6 x 0.95 x 1.2 = 6.84 vCPU, 8.64 GB in total and
        // 1.44 GB per task: 7 x 1 vCPU/2 GB = 7 x 0.04937 x 730 = 252.2807, cheaper than 14 x 0.5/2 (297.71) or 4 x 2/4.
        var workload = TestWorkloads.EcsFargate(1, 2, 6);
        var profile = TestWorkloads.Steady(1, 95, 70, 1.2) with { RunningCountMin = 6, RunningCountMean = 6, RunningCountMax = 6 };
        var context = TestWorkloads.Context(workload, profile, 6 * 0.04937m * 730);

        var option = FargateEvaluator.Evaluate(context, TestPrices.FargateX86, "x86_64", spot: false, new AnalysisSettings());

        Assert.Equal("fargate:x86_64:1vcpu-2gb", option.Option);
        Assert.Equal(7, option.Target!.Units.Max);
        Assert.Equal(252.2807m, option.MonthlyCost);
        Assert.True(option.FixesUnderProvisioning);
        Assert.StartsWith("6 x 1 vCPU/2 GB → 7 x 1 vCPU/2 GB", option.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_UnderProvisionedSixTaskService_IsRecommendedMoreTasks()
    {
        var workload = TestWorkloads.EcsFargate(1, 2, 6);
        var profile = TestWorkloads.Steady(1, 95, 70, 1.2) with { RunningCountMin = 6, RunningCountMean = 6, RunningCountMax = 6 };
        var settings = new AnalysisSettings { AllowedOptions = new HashSet<OptionFamily> { OptionFamily.Current, OptionFamily.Fargate } };

        var evaluation = WorkloadEvaluator.Evaluate(workload, profile, TestPrices.Book, settings);

        Assert.Equal("fargate:x86_64:1vcpu-2gb", evaluation.Recommendation.Chosen.Option);
        Assert.Equal(7, evaluation.Recommendation.Chosen.Target!.Units.Max);
    }

    [Fact]
    public void Evaluate_OneVcpuTwoGbX86For730Hours_Costs36Dollars04()
    {
        // 1 vCPU x 0.04048 + 2 GB x 0.004445 = 0.04937 $/h; x 730 h = 36.0401.
        var workload = TestWorkloads.EcsFargate(1, 2, 1);
        var profile = TestWorkloads.Steady(1, 70, 50, 1.5);
        var context = TestWorkloads.Context(workload, profile, 40m);

        var option = FargateEvaluator.Evaluate(context, TestPrices.FargateX86, "x86_64", spot: false, new AnalysisSettings());

        Assert.True(option.Feasible);
        Assert.Equal("fargate:x86_64:1vcpu-2gb", option.Option);
        Assert.Equal(36.04m, Math.Round(option.MonthlyCost!.Value, 2));
        Assert.Equal(3.96m, Math.Round(option.MonthlySavings!.Value, 2));
    }

    [Fact]
    public void Evaluate_OneVcpuTwoGbArm_Costs28Dollars84()
    {
        // 0.03238 + 2 x 0.00356 = 0.0395 $/h; x 730 = 28.835.
        var context = TestWorkloads.Context(TestWorkloads.EcsFargate(1, 2, 1), TestWorkloads.Steady(1, 70, 50, 1.5), 40m);

        var option = FargateEvaluator.Evaluate(context, TestPrices.FargateArm, "arm64", spot: false, new AnalysisSettings());

        Assert.Equal(28.84m, Math.Round(option.MonthlyCost!.Value, 2));
    }

    [Fact]
    public void Evaluate_BatchShape_PricesActiveHoursOnly()
    {
        var profile = TestWorkloads.Steady(1, 70, 50, 1.5) with { Shape = DemandShape.NightlyBatch, ActiveHoursFraction = 0.25 };
        var context = TestWorkloads.Context(TestWorkloads.EcsFargate(1, 2, 1), profile, 40m);

        var option = FargateEvaluator.Evaluate(context, TestPrices.FargateX86, "x86_64", spot: false, new AnalysisSettings());

        Assert.Equal(182.5, option.Target!.MonthlyHours);
        Assert.Equal(9.01m, Math.Round(option.MonthlyCost!.Value, 2));
    }

    [Fact]
    public void Evaluate_SpotForIntolerantWorkload_IsInfeasible()
    {
        var context = TestWorkloads.Context(TestWorkloads.EcsFargate(1, 2, 1), TestWorkloads.Steady(1, 70, 50, 1.5), 40m, tolerant: false);

        var option = FargateEvaluator.Evaluate(context, TestPrices.FargateX86Spot, "x86_64", spot: true, new AnalysisSettings());

        Assert.False(option.Feasible);
        Assert.Equal(OptionFamily.FargateSpot, option.Family);
    }

    [Fact]
    public void Evaluate_NoMemoryMetric_KeepsCurrentMemory()
    {
        // 4 GB task with low CPU and no memory metric: memory may not go below 4 GB, so 0.5 vCPU / 4 GB.
        var context = TestWorkloads.Context(TestWorkloads.EcsFargate(1, 4, 1), TestWorkloads.Steady(1, 20, 10, null), 40m);

        var option = FargateEvaluator.Evaluate(context, TestPrices.FargateX86, "x86_64", spot: false, new AnalysisSettings());

        Assert.Equal(4.0, option.Target!.MemoryGib);
        Assert.Equal(0.5, option.Target.Vcpu);
        Assert.Contains("no memory metric", option.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_NoRate_IsInfeasibleAndSaysWhich()
    {
        var context = TestWorkloads.Context(TestWorkloads.EcsFargate(1, 2, 1), TestWorkloads.Steady(1, 70, 50, 1.5), 40m, tolerant: true);

        var option = FargateEvaluator.Evaluate(context, null, "arm64", spot: true, new AnalysisSettings());

        Assert.False(option.Feasible);
        Assert.Equal("no Fargate spot arm64 rate for us-east-1", option.Reason);
    }
}
