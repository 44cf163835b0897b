using Analyzer.Core.Options;
using Analyzer.Core.Rules;
using Analyzer.Core.Settings;

namespace Analyzer.Core.Tests.Rules;

public class IdleRuleTests
{
    [Fact]
    public void Evaluate_CpuMaxAtOnePercent_RecommendsStopSavingEverything()
    {
        var context = TestWorkloads.Context(TestWorkloads.Ec2("m5.large", 2, 8), TestWorkloads.Steady(2, 1, 0.5, null), 70.08m);

        var option = IdleRule.Evaluate(context, new AnalysisSettings());

        Assert.True(option.Feasible);
        Assert.Equal(OptionFamily.Stop, option.Family);
        Assert.Equal(70.08m, option.MonthlySavings);
    }

    [Fact]
    public void Evaluate_CpuMaxJustAboveOnePercent_IsNotIdle()
    {
        var context = TestWorkloads.Context(TestWorkloads.Ec2("m5.large", 2, 8), TestWorkloads.Steady(2, 1.2, 0.5, null), 70.08m);

        var option = IdleRule.Evaluate(context, new AnalysisSettings());

        Assert.False(option.Feasible);
        Assert.Equal("not idle: CPU maximum 1.2% > 1%", option.Reason);
    }

    [Fact]
    public void Evaluate_FunctionWithNoInvocations_RecommendsDelete()
    {
        var profile = TestWorkloads.Steady(0.29, 0, 0, null) with { CpuMaxPercent = null, MonthlyInvocations = 0 };
        var context = TestWorkloads.Context(TestWorkloads.Function(512), profile, 0m);

        var option = IdleRule.Evaluate(context, new AnalysisSettings());

        Assert.True(option.Feasible);
        Assert.Equal("stop:delete-function", option.Option);
    }
}
