using Analyzer.Core.Options;
using Analyzer.Core.Profiles;
using Analyzer.Core.Rules;
using Analyzer.Core.Settings;

namespace Analyzer.Core.Tests.Rules;

public class LambdaEvaluatorTests
{
    private static DemandProfile FunctionProfile(double? memoryMaxGib) => TestWorkloads.Steady(1, 50, 20, memoryMaxGib) with
    {
        MonthlyInvocations = 3_000_000,
        DurationAverageMs = 120,
    };

    [Fact]
    public void Convert_FortyMinuteBatchStep_IsInfeasible()
    {
        var profile = TestWorkloads.Steady(2, 90, 60, 4) with { Shape = DemandShape.NightlyBatch, UnitOfWorkSeconds = 40 * 60 };
        var context = TestWorkloads.Context(TestWorkloads.Ec2("m5.large", 2, 8), profile, 70.08m);

        var option = LambdaEvaluator.Convert(context, TestPrices.LambdaX86, "x86_64", new AnalysisSettings());

        Assert.False(option.Feasible);
        Assert.Equal("a unit of work takes 40 minutes; Lambda stops at 15", option.Reason);
    }

    [Fact]
    public void Convert_UnknownUnitOfWork_IsInfeasibleAndNamesTheTag()
    {
        var context = TestWorkloads.Context(TestWorkloads.Ec2("m5.large", 2, 8), TestWorkloads.Steady(2, 90, 60, 4), 70.08m);

        var option = LambdaEvaluator.Convert(context, TestPrices.LambdaX86, "x86_64", new AnalysisSettings());

        Assert.False(option.Feasible);
        Assert.Contains("analyzer:unit-of-work-seconds", option.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Convert_ShortUnitOfWork_SizesMemoryForCpuAndPricesBusySeconds()
    {
        // Need 2 x 0.1 x 1.2 = 0.24 vCPU -> 425 MB (ceil 424.56); memory 0.5 x 1.2 = 0.6 GiB = 614.4 -> 615 MB wins.
        // Busy: 0.1 x 730 h x 3600 = 262,800 s; 60 s units -> 4,380 calls; 262,800 s x 615/1024 GB = 157,833.984 GB-s.
        var profile = TestWorkloads.Steady(2, 10, 5, 0.5) with { ActiveHoursFraction = 0.1, UnitOfWorkSeconds = 60 };
        var context = TestWorkloads.Context(TestWorkloads.Ec2("m5.large", 2, 8), profile, 70.08m);

        var option = LambdaEvaluator.Convert(context, TestPrices.LambdaX86, "x86_64", new AnalysisSettings());

        Assert.Equal("lambda:x86_64:615mb", option.Option);
        Assert.Equal(Math.Round((157_833.984m * 0.0000166667m) + (4_380m / 1_000_000m * 0.2m), 6), Math.Round(option.MonthlyCost!.Value, 6));
    }

    [Fact]
    public void RightsizeFunction_NoMemoryMetric_NeverShrinks()
    {
        var context = TestWorkloads.Context(TestWorkloads.Function(1024), FunctionProfile(null), 7.2m);

        var option = LambdaEvaluator.RightsizeFunction(context, TestPrices.LambdaX86, new AnalysisSettings());

        Assert.False(option.Feasible);
    }

    [Fact]
    public void RightsizeFunction_UsingQuarterOfMemory_ShrinksTo20PctAboveMax()
    {
        // 1024 MB configured, 0.25 GiB used: 256 x 1.2 = 307.2 -> 308 MB. 3M x 0.12 s x 308/1024 = 108,281.25 GB-s.
        var context = TestWorkloads.Context(TestWorkloads.Function(1024), FunctionProfile(0.25), 6.6m);

        var option = LambdaEvaluator.RightsizeFunction(context, TestPrices.LambdaX86, new AnalysisSettings());

        Assert.Equal("lambda-rightsized:308mb", option.Option);
        Assert.Equal(Math.Round((108_281.25m * 0.0000166667m) + 0.6m, 6), Math.Round(option.MonthlyCost!.Value, 6));
    }

    [Fact]
    public void FunctionOnArm_SameMemory_CostsArmRate()
    {
        // 180,000 GB-s x 0.0000133334 + 0.60 = 3.000012.
        var context = TestWorkloads.Context(TestWorkloads.Function(512), FunctionProfile(null), 3.6m);

        var option = LambdaEvaluator.FunctionOnArm(context, TestPrices.LambdaArm);

        Assert.Equal(OptionFamily.Graviton, option.Family);
        Assert.Equal(3.000012m, option.MonthlyCost);
    }
}
