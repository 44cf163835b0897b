using System.Text.Json;

namespace Analyzer.Cli.Tests.Commands.Demo;

/// <summary>`analyzer whatif` over the demo's store: files side by side, flags, JSON, and errors that name the place.</summary>
public sealed partial class DemoCommandTests
{
    private async Task<(int Code, string Output, string Error)> WhatIfAsync(string directory, params string[] args) =>
        await CliRunner.RunInAsync(directory, TimeProvider.System, ["whatif", .. args, "--store", demo.StorePath]);

    [Fact]
    public async Task WhatIf_NoScenario_ChangesNoWorkload()
    {
        var (code, output, error) = await WhatIfAsync(demo.Directory);

        Assert.True(code == ExitCodes.Success, error);
        Assert.Contains($"against run {demo.LatestRunId}", output, StringComparison.Ordinal);
        Assert.Contains("no workload changes", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhatIf_TwoFiles_AreSideBySideInOneTable()
    {
        var folder = Directory.CreateTempSubdirectory("whatif-").FullName;
        await File.WriteAllTextAsync(Path.Combine(folder, "aggressive.json"), """{ "settings": { "riskAppetite": "aggressive" } }""");
        await File.WriteAllTextAsync(Path.Combine(folder, "dev-spot.json"), """
            // dev to Fargate Spot, and Spot 30% dearer
            { "changes": [ { "select": { "tags": "env=dev" }, "force": "fargate-spot" } ], "priceScale": { "fargate-spot": 1.3 } }
            """);

        var (code, output, error) = await WhatIfAsync(folder, "aggressive.json", "dev-spot.json");

        Assert.True(code == ExitCodes.Success, error);
        Assert.Contains("2 what-ifs against run", output, StringComparison.Ordinal);
        Assert.Contains("aggressive.json", output, StringComparison.Ordinal);
        Assert.Contains("dev-spot.json", output, StringComparison.Ordinal);
        Assert.Contains("total savings", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhatIf_FlagsAsJson_TotalsAddUp()
    {
        var (code, output, error) = await WhatIfAsync(demo.Directory, "--tags", "env=dev", "--demand", "2", "--add-commitment", "compute:3y:no:1", "--format", "json");

        Assert.True(code == ExitCodes.Success, error);
        var scenario = JsonDocument.Parse(output).RootElement.GetProperty("scenarios")[0];
        var after = scenario.GetProperty("after");
        decimal D(string name) => after.GetProperty(name).GetDecimal();
        Assert.Equal(D("current_monthly_usd") - D("recommended_monthly_usd") + D("commitment_savings_usd") + D("added_commitment_savings_usd"), D("total_savings_usd"));
        Assert.True(scenario.GetProperty("workloads").GetArrayLength() > 0);
        Assert.True(scenario.GetProperty("added_commitments")[0].GetProperty("utilization_pct").GetDouble() > 0);
    }

    [Fact]
    public async Task WhatIf_NonsenseScenarioFile_NamesTheFileTheKeyAndThePosition()
    {
        var folder = Directory.CreateTempSubdirectory("whatif-").FullName;
        await File.WriteAllTextAsync(Path.Combine(folder, "bad.json"), """{ "changes": [ { "select": { "tags": "env=dev and (team=a" } } ] }""");

        var (code, _, error) = await WhatIfAsync(folder, "bad.json");

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("configuration error: bad.json: changes[0].select.tags: expected ')' at position 20", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhatIf_BaselineRun_IsNeverWritten()
    {
        var before = RunCount();

        await WhatIfAsync(demo.Directory, "riskAppetite=conservative", "--format", "csv");

        Assert.Equal(before, RunCount());
    }

    private long RunCount()
    {
        using var connection = Connect(out var store);
        using (store)
        {
            return connection.ExecuteScalar<long>("SELECT COUNT(*) FROM analysis_runs");
        }
    }
}
