using Analyzer.Core.Reporting;
using Analyzer.Testing;

namespace Analyzer.Core.Tests.Reporting;

public class LandscapeCoverageTests
{
    private const string Start = "<!-- coverage table: generated from LandscapeCoverage.cs, a test keeps it equal -->\n";
    private const string End = "<!-- end of coverage table -->";

    [Fact]
    public void ToMarkdown_ReadmesCoverageTable_IsTheSameTable()
    {
        var readme = File.ReadAllText(RepoRoot.Combine("README.md")).ReplaceLineEndings("\n");
        var from = readme.IndexOf(Start, StringComparison.Ordinal);
        var to = readme.IndexOf(End, StringComparison.Ordinal);
        Assert.True(from >= 0 && to > from, "README.md lacks the coverage table's markers");

        Assert.Equal(LandscapeCoverage.ToMarkdown(), readme[(from + Start.Length)..to]);
    }

    [Fact]
    public void Entries_EveryServiceAndPurchaseOptionOfTheLandscape_AreListedOnceWithAStatus()
    {
        string[] landscape =
        [
            "EC2 On-Demand", "Reserved Instances, Standard", "Reserved Instances, Convertible", "Savings Plans, Compute", "Savings Plans, EC2 Instance",
            "Spot", "Dedicated Instances", "Dedicated Hosts", "On-Demand Capacity Reservations", "EC2", "Auto Scaling", "Lambda", "ECS", "EKS",
            "Fargate", "AWS Batch", "Lightsail", "Elastic Beanstalk",
        ];

        Assert.All(landscape, name => Assert.Single(LandscapeCoverage.Entries, e => e.Name == name));
        Assert.All(LandscapeCoverage.Entries, e => Assert.Contains(e.Status, new[] { LandscapeCoverage.Analyzed, LandscapeCoverage.PricedAsOption, LandscapeCoverage.Reported, LandscapeCoverage.OutOfScope }));
    }
}
