using Analyzer.Core.Options;
using Analyzer.Core.Profiles;
using Analyzer.Core.Settings;
using Analyzer.Core.Workloads;
using Analyzer.Core.WhatIf;

namespace Analyzer.Core.Tests.WhatIf;

public class ScenarioReaderTests
{
    private static Workload Workload(string name, WorkloadKind kind, params (string Key, string Value)[] tags) =>
        new("id-" + name, "111111111111", "us-east-1", kind, name, "m5.large", 2, 8, "x86_64", "on-demand", null, 1, null, null,
            tags.ToDictionary(t => t.Key, t => t.Value, StringComparer.Ordinal));

    private static ConfigurationException Error(string json) => Assert.Throws<ConfigurationException>(() => ScenarioReader.Parse(json, "s.json"));

    [Fact]
    public void Parse_MoveToRegion_MovesOnlyTheSelectionAndTheLastMoveWins()
    {
        var scenario = ScenarioReader.Parse(
            """{ "changes": [ { "select": { "tags": "env=dev" }, "moveToRegion": "eu-west-1" }, { "select": { "name": "api*" }, "moveToRegion": "ap-south-2" } ] }""", "s.json");

        Assert.Equal("eu-west-1", scenario.RegionFor(Workload("web", WorkloadKind.Ec2Instance, ("env", "dev"))));
        Assert.Equal("ap-south-2", scenario.RegionFor(Workload("api", WorkloadKind.Ec2Instance, ("env", "dev"))));
        Assert.Null(scenario.RegionFor(Workload("web", WorkloadKind.Ec2Instance, ("env", "prod"))));
    }

    [Theory]
    [InlineData("EU-WEST-1")]
    [InlineData("eu-west-1'; DROP TABLE workloads; --")]
    [InlineData("../../etc")]
    [InlineData("")]
    public void Parse_MoveToRegionNotARegionName_NamesTheKey(string region)
    {
        var e = Error($$"""{ "changes": [ { "moveToRegion": {{System.Text.Json.JsonSerializer.Serialize(region)}} } ] }""");

        Assert.Equal("changes[0].moveToRegion", e.Key);
        Assert.Contains("is not an AWS region name", e.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_EveryPart_IsRead()
    {
        const string json = """
            {
              // comments and trailing commas, like the settings file
              "description": "dev to Fargate Spot, Spot dearer",
              "settings": { "riskAppetite": "aggressive" },
              "changes": [
                {
                  "select": { "kinds": ["asg", "ecs_service"], "name": "web-*", "tags": "env=dev and not has keep" },
                  "settings": { "cpuPercentile": "p95", "cpuHeadroomPercent": 10 },
                  "forbidOptions": ["ec2-spot"],
                  "force": "fargate-spot",
                  "demandScale": 2,
                },
              ],
              "priceScale": { "ec2-spot": 1.3, "fargate-spot": 1.3 },
              "addCommitments": [ { "plan": "compute", "termYears": 3, "payment": "no", "hourlyUsd": 10 } ],
            }
            """;

        var scenario = ScenarioReader.Parse(json, "s.json");
        var selected = Workload("web-1", WorkloadKind.AutoScalingGroup, ("env", "dev"));
        var other = Workload("web-2", WorkloadKind.AutoScalingGroup, ("env", "dev"), ("keep", "yes"));
        var settings = scenario.SettingsFor(selected, scenario.Settings.Apply(new AnalysisSettings()));

        Assert.Equal("s.json", scenario.Name);
        Assert.Equal(RiskAppetite.Aggressive, settings.RiskAppetite);
        Assert.Equal(CpuPercentile.P95, settings.CpuPercentile);
        Assert.Equal(10, settings.CpuHeadroomPercent);
        Assert.False(settings.Allows(OptionFamily.Ec2Spot));
        Assert.True(settings.Allows(OptionFamily.FargateSpot));
        Assert.Equal([OptionFamily.FargateSpot], scenario.ForcedFor(selected).ToArray());
        Assert.Equal(2, scenario.DemandScaleFor(selected));
        Assert.False(scenario.Selects(other));
        Assert.Equal(1, scenario.DemandScaleFor(other));
        Assert.Equal((1.3m, 1.3m, 1m), (scenario.Prices.Ec2Spot, scenario.Prices.FargateSpot, scenario.Prices.Ec2));
        Assert.Equal(new AddedCommitment("compute", 3, "no", 10m), Assert.Single(scenario.AddedCommitments));
    }

    [Theory]
    [InlineData("""{ "colour": "blue" }""", "colour", "is not a known key")]
    [InlineData("""{ "changes": [ {}, { "select": { "tags": "env=dev and (team=a" } } ] }""", "changes[1].select.tags", "expected ')' at position 20")]
    [InlineData("""{ "changes": [ { "select": { "kind": ["asg"] } } ] }""", "changes[0].select.kind", "is not a known key; expected one of accounts, regions, kinds")]
    [InlineData("""{ "changes": [ { "select": { "kinds": ["vm"] } } ] }""", "changes[0].select.kinds", "'vm' is not a workload kind")]
    [InlineData("""{ "changes": [ { "settings": { "riskAppetite": "yolo" } } ] }""", "changes[0].settings.riskAppetite", "'yolo' is not one of")]
    [InlineData("""{ "changes": [ { "settings": { "lookbackDays": 30 } } ] }""", "changes[0].settings.lookbackDays", "is fleet-wide")]
    [InlineData("""{ "changes": [ { "settings": { "cpuHeadroomPercent": 300 } } ] }""", "changes[0].settings.cpuHeadroomPercent", "must be 0 to 100")]
    [InlineData("""{ "changes": [ { "force": "warp-drive" } ] }""", "changes[0].force", "'warp-drive' is not an option")]
    [InlineData("""{ "changes": [ { "force": ["ec2-spot"], "forbidOptions": ["ec2-spot"] } ] }""", "changes[0].force", "both forced and forbidden")]
    [InlineData("""{ "changes": [ { "forbidOptions": ["current"] } ] }""", "changes[0].forbidOptions", "'current' cannot be forced or forbidden")]
    [InlineData("""{ "changes": [ { "demandScale": -2 } ] }""", "changes[0].demandScale", "must be a factor above 0")]
    [InlineData("""{ "changes": [ { "demandScale": "2x" } ] }""", "changes[0].demandScale", "must be a number")]
    [InlineData("""{ "changes": { "select": {} } }""", "changes", "must be an array")]
    [InlineData("""{ "settings": { "regions": ["eu-west-1"] } }""", "settings.regions", "the scope is the baseline run's")]
    [InlineData("""{ "settings": { "lookbackDays": 0 } }""", "settings.lookbackDays", "must be 1 to 400 days")]
    [InlineData("""{ "priceScale": { "spot": 1.3 } }""", "priceScale.spot", "is not a price kind")]
    [InlineData("""{ "priceScale": { "ec2": 0 } }""", "priceScale.ec2", "must be a factor above 0")]
    [InlineData("""{ "addCommitments": [ { "plan": "compute", "termYears": 3, "payment": "no" } ] }""", "addCommitments[0].hourlyUsd", "is required")]
    [InlineData("""{ "addCommitments": [ { "plan": "compute", "termYears": 2, "payment": "no", "hourlyUsd": 1 } ] }""", "addCommitments[0].termYears", "must be 1 or 3")]
    [InlineData("""{ "addCommitments": [ { "plan": "ec2instance", "termYears": 1, "payment": "no", "hourlyUsd": 1 } ] }""", "addCommitments[0].plan", "only \"compute\"")]
    [InlineData("""[1, 2]""", "(file)", "must be an object")]
    public void Parse_Nonsense_NamesTheKeyByItsPlaceInTheFile(string json, string key, string expected)
    {
        var error = Error(json);

        Assert.Equal(key, error.Key);
        Assert.Contains(expected, error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_BrokenJson_NamesTheLineAndColumn()
    {
        var error = Error("{\n  \"settings\": {\n    \"riskAppetite\" \"aggressive\"\n  }\n}");

        Assert.Equal("(file): is not valid JSON at line 3, column 20.", error.Message);
    }
}
