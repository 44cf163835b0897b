using System.Globalization;

namespace Analyzer.Cli.Tests.Commands.Demo;

public sealed partial class DemoCommandTests
{
    // pdftotext ends every page with a form feed.
    private int PdfPages => demo.PdfText.Count(c => c == '\f');

    private string SummaryPage => demo.PdfText.Split('\f').First(p => p.Contains("Executive summary", StringComparison.Ordinal));

    [Fact]
    public void Demo_Pdf_IsAtMostTwentyPagesWithoutTheAppendix()
    {
        Assert.InRange(PdfPages, 2, 20);
        Assert.DoesNotContain("Appendix: every recommendation", demo.PdfText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("monthly_spend_usd")]
    [InlineData("commitment_savings_usd")]
    [InlineData("total_savings_usd")]
    public void Demo_PdfSummaryPage_ShowsTheJsonTotal(string total)
    {
        var value = Json().RootElement.GetProperty("totals").GetProperty(total).GetDecimal();

        Assert.Contains("$" + value.ToString("#,0.00", CultureInfo.InvariantCulture), SummaryPage, StringComparison.Ordinal);
    }

    [Fact]
    public void Demo_PdfSummaryPage_ShowsEveryLeversSavingsAsInTheJson()
    {
        var levers = Json().RootElement.GetProperty("totals").GetProperty("savings_by_lever_usd").EnumerateObject().ToList();

        Assert.Equal(8, levers.Count); // rightsizing, scheduling, graviton, spot, fargate, lambda, lightsail, commitments
        Assert.All(levers, l => Assert.Contains("$" + l.Value.GetDecimal().ToString("#,0.00", CultureInfo.InvariantCulture), SummaryPage, StringComparison.Ordinal));
    }

    [Fact]
    public void Demo_PdfSummaryPage_ShowsTheLatestMonthAsBilled()
    {
        // The demo's bill holds three months; the summary quotes the last one's compute spend.
        var months = Json().RootElement.GetProperty("bill_months").EnumerateArray().ToList();
        var compute = months[^1].GetProperty("compute_usd").GetDecimal();

        Assert.Equal(3, months.Count);
        Assert.Contains("As billed", SummaryPage, StringComparison.Ordinal);
        Assert.Contains("$" + compute.ToString("#,0.00", CultureInfo.InvariantCulture), SummaryPage, StringComparison.Ordinal);
    }

    [Fact]
    public void Demo_PdfTopActions_ListTwentyFiveWithTheirOwner()
    {
        var text = demo.PdfText[demo.PdfText.IndexOf("Top actions", StringComparison.Ordinal)..];
        text = text[..text.IndexOf("Charts", StringComparison.Ordinal)];

        Assert.Contains("The 25 recommendations that save the most", text, StringComparison.Ordinal);
        Assert.Matches(@"(?m)^\s*25\s+\S", text);
        Assert.Contains("WORKLOAD", text, StringComparison.Ordinal);
        Assert.Contains("OWNER", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Demo_PdfDataQuality_GroupsUnpricedOptionsByCause()
    {
        var text = demo.PdfText[demo.PdfText.IndexOf("Data quality", demo.PdfText.IndexOf("Month over month", StringComparison.Ordinal), StringComparison.Ordinal)..];
        text = text[..text.IndexOf("Methodology and assumptions", StringComparison.Ordinal)];

        // One line per cause, not one per workload's own wording ("not idle: CPU maximum 43%").
        Assert.DoesNotContain("CPU maximum", text, StringComparison.Ordinal);
        Assert.Contains("analyzer prices refresh", text, StringComparison.Ordinal);
        Assert.Contains("analyzer:interruptible=true", text, StringComparison.Ordinal);
    }
}
