using Analyzer.Core.Lightsail;
using Analyzer.Core.Options;
using Analyzer.Core.Reporting;
using Analyzer.Core.Settings;

namespace Analyzer.Core.Tests.Lightsail;

public sealed class LightsailAdvisorTests
{
    // m5.large on demand in us-east-1: 0.096 x 730 = 70.08 a month.
    private const decimal M5Large = 70.08m;

    [Fact]
    public void Describe_ABundleWeighedAgainstStayingOnEc2_SavesTheDifferenceAndStatesTheLimits()
    {
        // Medium-4GB at 24.00 against t3.medium at 30.37: 6.37 beyond it, 70.08 - 24 = 46.08 against today.
        var candidate = Candidate() with { RecommendedMonthlyCost = 30.37m };

        var finding = LightsailAdvisor.Describe(candidate, LightsailCatalog.Bundles.Single(b => b.BundleName == "Medium-4GB"));

        Assert.Equal((6.37m, 46.08m), (finding.MonthlySavingsUsd, finding.MonthlySavingsVsTodayUsd));
        Assert.Contains("no Auto Scaling", finding.Advice, StringComparison.Ordinal);
        Assert.Contains("limited AWS integration", finding.Advice, StringComparison.Ordinal);
    }

    [Fact]
    public void Alternative_OptionsOfAReport_IsTheCheapestFeasibleOneOffLightsailThatFitsTheAppetiteCommitmentsIncluded()
    {
        // Spot at 20.00 is high risk (over the balanced appetite) and the schedule infeasible: the RI on t3.medium, 26.50, is the alternative.
        ReportOption[] options =
        [
            Option(OptionFamily.Current, M5Large, Risk.VeryLow, feasible: true),
            Option(OptionFamily.Ec2Rightsized, 30.37m, Risk.Medium, feasible: true),
            Option(OptionFamily.Ec2Spot, 20m, Risk.High, feasible: true),
            Option(OptionFamily.ReservedInstance, 26.50m, Risk.Low, feasible: true),
            Option(OptionFamily.Schedule, 10m, Risk.Low, feasible: false),
            Option(OptionFamily.Lightsail, 24m, Risk.Medium, feasible: true),
        ];

        Assert.Equal(26.50m, LightsailAdvisor.Alternative(options, new AnalysisSettings()));
    }

    private static ReportOption Option(OptionFamily family, decimal cost, Risk risk, bool feasible) =>
        new(family, family.ToName(), cost, Effort.Low, risk, Confidence.High, false, feasible, string.Empty);

    private static LightsailCandidate Candidate() =>
        new("i-a", "i-a", "111111111111", "us-east-1", "m5.large", 2, 8, "flat", 100, 0.2, 0.5, 2.5, M5Large, new Dictionary<string, string>());
}
