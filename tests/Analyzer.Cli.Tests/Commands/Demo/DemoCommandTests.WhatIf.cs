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
    public async Task WhatIf_Interactive_AnswersEachLineFromOneSessionAsTheCommandWould()
    {
        // Three questions, a comment, a line that cannot be read and one after 'quit': each answer must be the one the
        // command gives for the same arguments, the bad line one error, and nothing read after 'quit'.
        var folder = Directory.CreateTempSubdirectory("whatif-session-").FullName;
        await File.WriteAllTextAsync(Path.Combine(folder, "dev.json"), """{ "changes": [ { "select": { "tags": "env=dev" }, "force": "fargate-spot" } ] }""");
        string[] devFlags = ["--tags", "env=dev", "--force", "fargate-spot", "--format", "json"];
        string[] spotFlags = ["--price", "ec2-spot=1.3", "--add-commitment", "compute:3y:all:1", "--format", "json"];
        using var input = new StringReader(string.Join('\n',
            string.Join(' ', devFlags),
            "# the same from a file",
            "dev.json --format json",
            "--tags \"env=dev and (team=a\"",
            string.Join(' ', spotFlags),
            "quit",
            "--demand 2 --format json"));

        var (code, output, error) = await CliRunner.RunInAsync(folder, TimeProvider.System, input, ["whatif", "--interactive", "--store", demo.StorePath]);

        Assert.True(code == ExitCodes.Success, error);
        Assert.Contains($"what-if session against run {demo.LatestRunId}: 450 workloads read in", error, StringComparison.Ordinal);
        Assert.Contains("configuration error: --tags: expected ')' at position 20", error, StringComparison.Ordinal);
        var answers = new List<JsonElement>();
        var reader = new Utf8JsonReader(System.Text.Encoding.UTF8.GetBytes(output), new JsonReaderOptions { AllowMultipleValues = true });
        while (reader.Read())
        {
            answers.Add(JsonDocument.ParseValue(ref reader).RootElement.GetProperty("scenarios")[0]);
        }

        Assert.Equal(3, answers.Count);
        var (_, devAlone, _) = await WhatIfAsync(folder, devFlags);
        var (_, spotAlone, _) = await WhatIfAsync(folder, spotFlags);
        static string After(JsonElement scenario) => scenario.GetProperty("after").GetRawText();
        string AfterOf(string json) => After(JsonDocument.Parse(json).RootElement.GetProperty("scenarios")[0]);
        Assert.Equal(AfterOf(devAlone), After(answers[0]));
        Assert.Equal(AfterOf(devAlone), After(answers[1]));
        Assert.Equal(AfterOf(spotAlone), After(answers[2]));
        Assert.NotEqual(After(answers[0]), After(answers[2]));
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
    public async Task WhatIf_Saved_IsItsOwnSectionOfTheNextHtmlReportWithItsNumbers()
    {
        // A copy of the demo's store, so the other tests' reports do not get the section.
        var folder = Directory.CreateTempSubdirectory("whatif-save-").FullName;
        var store = Path.Combine(folder, "demo.duckdb");
        File.Copy(demo.StorePath, store);
        if (File.Exists(demo.StorePath + ".wal"))
        {
            File.Copy(demo.StorePath + ".wal", store + ".wal");
        }

        await File.WriteAllTextAsync(Path.Combine(folder, "dev.json"), """
            { "description": "Dev <b>to</b> Fargate Spot", "changes": [ { "select": { "tags": "env=dev" }, "force": "fargate-spot" } ] }
            """);

        var (code, output, error) = await CliRunner.RunInAsync(folder, TimeProvider.System, ["whatif", "dev.json", "--save", "dev-spot", "--format", "json", "--store", store]);
        Assert.True(code == ExitCodes.Success, error);
        var scenario = JsonDocument.Parse(output).RootElement.GetProperty("scenarios")[0];
        var (reportCode, _, reportError) = await CliRunner.RunInAsync(folder, TimeProvider.System, ["report", "--format", "html", "--out", Path.Combine(folder, "out"), "--store", store]);
        Assert.True(reportCode == ExitCodes.Success, reportError);

        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await File.ReadAllTextAsync(Path.Combine(folder, "out", "report.html")));
        var section = document.QuerySelector("section#whatif-dev-spot");
        Assert.NotNull(section);
        Assert.Equal("What-if: dev-spot", section.QuerySelector("h2")!.TextContent);

        // The description is text, not markup.
        Assert.Equal("Dev <b>to</b> Fargate Spot", section.QuerySelector("p")!.TextContent);
        Assert.Null(section.QuerySelector("b"));

        // Totals as the what-if printed them: before, after, change per row.
        static string Usd(decimal d) => (d < 0 ? "-$" : "$") + Math.Abs(d).ToString("#,##0.00", System.Globalization.CultureInfo.InvariantCulture);
        decimal D(string side, string name) => scenario.GetProperty(side).GetProperty(name).GetDecimal();
        var rows = section.QuerySelectorAll("table.whatif-totals tbody tr").ToDictionary(
            r => r.Children[0].TextContent, r => r.Children.Skip(1).Select(c => c.TextContent).ToArray());
        Assert.Equal([Usd(D("before", "total_savings_usd")), Usd(D("after", "total_savings_usd")), Usd(D("after", "total_savings_usd") - D("before", "total_savings_usd"))], rows["Total savings"]);
        Assert.Equal([Usd(D("before", "monthly_cost_usd")), Usd(D("after", "monthly_cost_usd")), Usd(D("after", "monthly_cost_usd") - D("before", "monthly_cost_usd"))], rows["Monthly cost after"]);

        // The biggest change first, and every infeasible workload with its reason.
        var workloads = scenario.GetProperty("workloads").EnumerateArray().ToList();
        var top = section.QuerySelector("table.whatif-changes tbody tr")!;
        Assert.StartsWith(workloads[0].GetProperty("name").GetString()!, top.Children[0].TextContent, StringComparison.Ordinal);
        Assert.Equal(Usd(workloads[0].GetProperty("change_usd").GetDecimal()), top.Children[5].TextContent);
        var infeasible = section.QuerySelectorAll("table.whatif-infeasible tbody tr").Select(r => r.Children[1].TextContent).ToList();
        Assert.Equal(workloads.Count(w => w.GetProperty("infeasible").ValueKind == JsonValueKind.String), infeasible.Count);
        Assert.Contains("fargate-spot is not offered for this kind of workload", infeasible);

        // Listed, then deleted.
        var (_, listed, _) = await CliRunner.RunInAsync(folder, TimeProvider.System, ["whatif", "--list", "--store", store]);
        Assert.Contains("dev-spot", listed, StringComparison.Ordinal);
        var (deleted, _, _) = await CliRunner.RunInAsync(folder, TimeProvider.System, ["whatif", "--delete", "dev-spot", "--store", store]);
        var (again, _, _) = await CliRunner.RunInAsync(folder, TimeProvider.System, ["whatif", "--delete", "dev-spot", "--store", store]);
        Assert.Equal((ExitCodes.Success, ExitCodes.NothingFound), (deleted, again));
    }

    [Theory]
    [InlineData("<script>")]
    [InlineData("a b")]
    [InlineData("../etc")]
    [InlineData("x'; DROP TABLE whatif_scenarios; --")]
    public async Task WhatIf_SaveUnderAnUnsafeName_IsRefusedNamingTheFlag(string name)
    {
        var (code, _, error) = await WhatIfAsync(demo.Directory, "--save", name);

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("--save: a saved scenario's name is 1 to 64 letters", error, StringComparison.Ordinal);
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
