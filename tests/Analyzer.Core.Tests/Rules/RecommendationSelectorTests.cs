using Analyzer.Core.Options;
using Analyzer.Core.Rules;
using Analyzer.Core.Settings;

namespace Analyzer.Core.Tests.Rules;

public class RecommendationSelectorTests
{
    private static readonly OptionResult Current = OptionResult.Priced("current", OptionFamily.Current, 100m, 100m, Risk.VeryLow, Effort.VeryLow, Confidence.High, null);

    private static OptionResult Option(string name, OptionFamily family, decimal cost, Risk risk, Effort effort) =>
        OptionResult.Priced(name, family, cost, 100m, risk, effort, Confidence.High, null);

    private static readonly OptionResult[] Options =
    [
        Current,
        Option("ec2-rightsized:m5.large", OptionFamily.Ec2Rightsized, 60m, Risk.Low, Effort.Low),
        Option("graviton:m7g.large", OptionFamily.Graviton, 50m, Risk.Low, Effort.Medium),
        Option("ec2-spot:m5.large", OptionFamily.Ec2Spot, 25m, Risk.High, Effort.Medium),
    ];

    [Theory]
    [InlineData(RiskAppetite.Conservative, "ec2-rightsized:m5.large")]
    [InlineData(RiskAppetite.Balanced, "graviton:m7g.large")]
    [InlineData(RiskAppetite.Aggressive, "ec2-spot:m5.large")]
    public void Select_ByAppetite_PicksBestSavingsWithinRiskAndEffort(RiskAppetite appetite, string expected)
    {
        var recommendation = RecommendationSelector.Select("w", Options, new AnalysisSettings { RiskAppetite = appetite });

        Assert.Equal(expected, recommendation.Chosen.Option);
    }

    [Fact]
    public void Select_RankedList_OrdersBySavings()
    {
        var recommendation = RecommendationSelector.Select("w", Options, new AnalysisSettings());

        Assert.Equal(["ec2-spot:m5.large", "graviton:m7g.large", "ec2-rightsized:m5.large"], recommendation.Ranked.Select(o => o.Option));
    }

    [Fact]
    public void Select_FamilyNotAllowed_IsSkipped()
    {
        var settings = new AnalysisSettings { AllowedOptions = new HashSet<OptionFamily> { OptionFamily.Current, OptionFamily.Ec2Rightsized } };

        var recommendation = RecommendationSelector.Select("w", Options, settings);

        Assert.Equal("ec2-rightsized:m5.large", recommendation.Chosen.Option);
    }

    [Fact]
    public void Select_NothingCheaper_KeepsCurrentWithReason()
    {
        OptionResult[] options = [Current, OptionResult.Infeasible("ec2-spot:m5.large", OptionFamily.Ec2Spot, "not interruption-tolerant", Risk.High, Effort.Medium, Confidence.High)];

        var recommendation = RecommendationSelector.Select("w", options, new AnalysisSettings());

        Assert.Equal("current", recommendation.Chosen.Option);
        Assert.Equal("keep the current setup: not interruption-tolerant", recommendation.Reason);
    }

    [Fact]
    public void Select_UnderProvisioned_PrefersTheFixEvenThoughItCostsMore()
    {
        var fix = OptionResult.Priced("ec2-rightsized:m5.xlarge", OptionFamily.Ec2Rightsized, 140m, 100m, Risk.Low, Effort.Low, Confidence.High, null, fixesUnderProvisioning: true);

        var recommendation = RecommendationSelector.Select("w", [Current, fix], new AnalysisSettings());

        Assert.Equal(fix, recommendation.Chosen);
    }

    [Fact]
    public void WithCommitment_PicksCheapestCommitmentWithinAppetite()
    {
        var recommendation = RecommendationSelector.Select("w", Options, new AnalysisSettings { RiskAppetite = RiskAppetite.Conservative });
        OptionResult[] commitments =
        [
            Option("savings-plan:compute:1y:no:m5.large", OptionFamily.SavingsPlan, 44m, Risk.Low, Effort.VeryLow),
            Option("savings-plan:compute:3y:all:m5.large", OptionFamily.SavingsPlan, 27m, Risk.Medium, Effort.VeryLow),
        ];

        var withCommitment = RecommendationSelector.WithCommitment(recommendation, commitments, new AnalysisSettings { RiskAppetite = RiskAppetite.Conservative });

        Assert.Equal("savings-plan:compute:1y:no:m5.large", withCommitment.Commitment!.Option);
    }
}
