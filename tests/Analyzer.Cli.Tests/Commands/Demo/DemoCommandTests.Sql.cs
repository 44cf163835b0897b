using System.Text.Json;

namespace Analyzer.Cli.Tests.Commands.Demo;

/// <summary>Named queries over the demo's store: parameters bound, tags read from the MAP, totals that agree with the run.</summary>
public sealed partial class DemoCommandTests
{
    private async Task<JsonElement> SqlJsonAsync(params string[] args)
    {
        var (code, output, error) = await CliRunner.RunInAsync(demo.Directory, TimeProvider.System, ["sql", .. args, "--format", "json", "--store", demo.StorePath]);
        Assert.True(code == ExitCodes.Success, error);
        return JsonDocument.Parse(output).RootElement;
    }

    [Fact]
    public async Task Sql_SpendByTeam_AddsUpToTheRunsSpend()
    {
        var rows = await SqlJsonAsync("--query", "spend_by_team", "--param", "run_id=" + demo.LatestRunId);

        Assert.True(rows.GetArrayLength() >= 2);
        Assert.Equal(StoreTotals().Current, rows.EnumerateArray().Sum(r => r.GetProperty("current_monthly_cost").GetDecimal()));
    }

    [Fact]
    public async Task Sql_OptionsNotRecommended_ListsTheOtherOptionsOfOneWorkload()
    {
        var idle = await SqlJsonAsync("--query", "top_idle_workloads", "--param", "limit=3");
        var workload = idle[0].GetProperty("workload_id").GetString()!;

        var rows = await SqlJsonAsync("--query", "options_not_recommended", "--param", "workload_id=" + workload);

        Assert.Equal(3, idle.GetArrayLength());
        Assert.NotEqual(0, rows.GetArrayLength());
        Assert.All(rows.EnumerateArray(), r => Assert.NotEqual(r.GetProperty("chosen_option").GetString(), r.GetProperty("option").GetString()));
        Assert.All(rows.EnumerateArray(), r => Assert.False(string.IsNullOrEmpty(r.GetProperty("reason").GetString())));
    }
}
