using Analyzer.Core.Options;
using Analyzer.Core.Settings;
using Analyzer.Core.Workloads;
using Analyzer.Core.WhatIf;

namespace Analyzer.Core.Tests.WhatIf;

public class ScenarioFlagsTests
{
    private static readonly Workload Dev = new("i-1", "111111111111", "us-east-1", WorkloadKind.Ec2Instance, "web-1", "m5.large", 2, 8, "x86_64", "on-demand", null, 1, null, null,
        new Dictionary<string, string> { ["env"] = "dev" });

    [Fact]
    public void ApplyTo_EveryFlag_BecomesTheTypedScenario()
    {
        var flags = new ScenarioFlags
        {
            FleetSettings = ["heldSavingsPlanHourlyUsd=10", "cpuHeadroomPercent=25.5"],
            Tags = "env=dev",
            SelectionSettings = ["riskAppetite=conservative"],
            Forbid = ["ec2-spot"],
            DemandScale = 2,
            Prices = ["ec2-spot=1.3"],
            Commitments = ["compute:3y:all:2.5"],
        };

        var scenario = flags.ApplyTo(Scenario.Empty("flags"));
        var fleet = scenario.Settings.Apply(new AnalysisSettings());
        var own = scenario.SettingsFor(Dev, fleet);

        Assert.Equal((10m, 25.5), (fleet.HeldSavingsPlanHourlyUsd, fleet.CpuHeadroomPercent));
        Assert.Equal(RiskAppetite.Conservative, own.RiskAppetite);
        Assert.False(own.Allows(OptionFamily.Ec2Spot));
        Assert.Equal(2, scenario.DemandScaleFor(Dev));
        Assert.Equal(1.3m, scenario.Prices.Ec2Spot);
        Assert.Equal(new AddedCommitment("compute", 3, "all", 2.5m), Assert.Single(scenario.AddedCommitments));
    }

    [Fact]
    public void ApplyTo_AScenarioFile_AddsTheFlagsAfterIt()
    {
        var file = ScenarioReader.Parse("""{ "settings": { "riskAppetite": "aggressive" }, "changes": [ { "demandScale": 3 } ] }""", "a.json");

        var scenario = new ScenarioFlags { FleetSettings = ["riskAppetite=conservative"], DemandScale = 2 }.ApplyTo(file);

        Assert.Equal(RiskAppetite.Conservative, scenario.Settings.Apply(new AnalysisSettings()).RiskAppetite);
        Assert.Equal(6, scenario.DemandScaleFor(Dev));
    }

    [Theory]
    [InlineData("--add-commitment", "compute:3:no:10")]
    [InlineData("--price", "spot=1.3")]
    [InlineData("--set lookbackDays", "lookbackDays=30")]
    [InlineData("setting riskAppetite", "riskAppetite=yolo")]
    public void ApplyTo_BadFlag_NamesTheFlag(string key, string text)
    {
        var flags = key switch
        {
            "--add-commitment" => new ScenarioFlags { Commitments = [text] },
            "--price" => new ScenarioFlags { Prices = [text] },
            "--set lookbackDays" => new ScenarioFlags { SelectionSettings = [text] },
            _ => new ScenarioFlags { FleetSettings = [text] },
        };

        var error = Assert.Throws<ConfigurationException>(() => flags.ApplyTo(Scenario.Empty("flags")));

        Assert.Equal(key, error.Key);
    }
}
