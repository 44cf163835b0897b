using Analyzer.Core.Reporting;
using Analyzer.Reports.Html;
using Analyzer.Testing.Reporting;

namespace Analyzer.Reports.Tests.Html;

/// <summary>A saved what-if as its own section of the HTML report; its description and definition came from a file, its rows from AWS.</summary>
public sealed class SavedScenarioSectionTests
{
    private const string Hostile = "<script>alert(1)</script>";

    private static SavedScenario Scenario(string name) => new(
        name, Hostile, "{ \"description\": \"" + Hostile + "\" }", "run-20251101-0300", new DateTimeOffset(2025, 11, 2, 8, 30, 0, TimeSpan.Zero),
        40, 3, 1,
        new SavedScenarioTotals(1000m, 700m, 50m, 0m),
        new SavedScenarioTotals(1000m, 600m, 40m, 10m),
        "compute:3y:all 1.000/h", null, ["no price for m5.large in " + Hostile],
        [
            new SavedScenarioLine("i-1", Hostile, "111111111111", "eu-west-1", "us-east-1", "ec2_instance", true, "current", 300m, "graviton:m7g.large", 66.43m, null),
            new SavedScenarioLine("i-2", "fn", "111111111111", "us-east-1", null, "lambda_function", true, "lambda:arm64", 10m, "lambda:arm64", 10m, Hostile),
        ]);

    [Fact]
    public void Render_SavedScenarios_EachIsASectionWithItsTotalsAndNoMarkupFromTheData()
    {
        var model = SampleReportModel.Create(10) with { SavedScenarios = [Scenario("dev-spot"), Scenario("prod-eu")] };

        var html = HtmlReportWriter.Render(model);

        Assert.Contains("<section id=\"whatif-dev-spot\"", html, StringComparison.Ordinal);
        Assert.Contains("<section id=\"whatif-prod-eu\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain(Hostile, html, StringComparison.Ordinal);

        // Before: 1000 - 700 + 50 = 350 saved, 650 a month after; after: 1000 - 600 + 40 + 10 = 450 saved, 550 after.
        Assert.Contains("<td>Total savings</td><td class=\"n\">$350.00</td><td class=\"n\">$450.00</td><td class=\"n\">$100.00</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td>Monthly cost after</td><td class=\"n\">$650.00</td><td class=\"n\">$550.00</td><td class=\"n\">-$100.00</td>", html, StringComparison.Ordinal);

        // 66.43 - 300 = -233.57 for the moved instance; the unchanged function is only with the infeasible.
        Assert.Contains("<td class=\"n\">-$233.57</td>", html, StringComparison.Ordinal);
        Assert.Contains("us-east-1 → eu-west-1", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_NoSavedScenario_HasNoWhatIfSection()
    {
        var html = HtmlReportWriter.Render(SampleReportModel.Create(10));

        Assert.DoesNotContain("id=\"whatif-", html, StringComparison.Ordinal);
    }
}
