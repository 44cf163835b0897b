using Analyzer.Reports.Html;
using Analyzer.Testing.Reporting;

namespace Analyzer.Reports.Tests.Html;

public sealed partial class HtmlReportWriterTests
{
    [Fact]
    public void Render_HeldPlanEndingWithinNinetyDays_SaysItsCoverageWillLapse()
    {
        var html = HtmlReportWriter.Render(CommitmentContextSample.Create());

        Assert.Contains("2026-12-15 <strong>ends within 90 days: its coverage will lapse</strong>", html, StringComparison.Ordinal);
        // Once for the Compute plan, once for the m5 RI held (2026-12-01); not for the plan or RI ending later.
        Assert.Equal(2, System.Text.RegularExpressions.Regex.Count(html, "its coverage will lapse"));
    }

    [Fact]
    public void Render_ReservedInstancesHeld_ListsWhatEachCoversItsExpiryAndEscapesAwsStrings()
    {
        var html = HtmlReportWriter.Render(CommitmentContextSample.Create());

        var table = html[html.IndexOf("<table id=\"commitments-reserved-held\"", StringComparison.Ordinal)..];
        table = table[..table.IndexOf("</table>", StringComparison.Ordinal)];
        Assert.Contains("<td>m5.xlarge<small>ri-0a1</small></td><td>111111111111</td><td class=\"n\">2</td><td>Region</td><td>standard, No Upfront</td>", table, StringComparison.Ordinal);
        Assert.Contains("<td>us-east-1 m5, any size (regional: size-flexible by normalization factor)</td><td class=\"n\">$0.384/h</td><td class=\"n\">$400.00/mo</td><td class=\"n\">$280.32/mo</td><td class=\"n\">$250.00/mo</td><td>2026-12-01 <strong>ends within 90 days", table, StringComparison.Ordinal);
        // 400.00 today - 280.32 after = 119.68 of coverage lost; the 250.00 fee is paid either way.
        Assert.Contains("<tr class=\"ri-advice\"><td colspan=\"12\"><strong>2 x m5.xlarge</strong>: stranded by the rightsizing: it covers $400.00/month of today&#x27;s fleet and $280.32/month of the recommended one", table, StringComparison.Ordinal);
        Assert.Contains("save $119.68/month less until 2026-12-01 than their on-demand prices say", table, StringComparison.Ordinal);
        Assert.Contains("ri-0b2&lt;b&gt;", table, StringComparison.Ordinal);
        Assert.Contains("instances; the series is Linux/UNIX usage</td><td class=\"n\"></td><td class=\"n\"></td><td class=\"n\"></td><td class=\"n\"></td><td>2028-01-01</td>", table, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", table, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_PortfolioPurchasePlan_ShowsEachLayersTranchesAndTheDropsBesideTheSinglePlans()
    {
        var html = HtmlReportWriter.Render(CommitmentContextSample.CreateWithPortfolioRecommended());

        // Totals: now 0.32 + 0.9 = 1.22/h saving 1,073.50 + 1,342.69 = 2,416.19; after 0.46/h; renewal 0.08 + 0.5 + 0.2 = 0.78/h.
        Assert.Contains("Buy now what the fleet as it runs today already justifies in each layer's scope and the rightsizing will not remove: $1.22/h, $0.00 upfront, saving $2,416.19/mo on the recommended fleet ($2,300.00/mo already on today's)", html, StringComparison.Ordinal);
        Assert.Contains("renew them on the portfolio: $0.78/h more", html, StringComparison.Ordinal);
        // Drops 1,450.10 + 1,500 = 2,950.10 ... beside the best single plan's 2,950.10 / 2,602.45 / 2,210.80.
        Assert.Contains("still save $2,950.10 / $2,310.40 / $1,555.20/mo (78.7% of it used at -30%), against $2,950.10 / $2,602.45 / $2,210.80 for the best single plan (84.6% used)", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"n\">8 x m6g.large, $0.32/h<small>$0.00 upfront, saves $1,073.50/mo</small></td>", html, StringComparison.Ordinal);
        Assert.Contains("<td>us-east-1 c6g</td><td class=\"n\">-</td><td class=\"n\">-</td><td class=\"n\">5 x c6g.large, $0.20/h", html, StringComparison.Ordinal);
        Assert.Contains("$1,500.00 / $1,100.00 / $650.00<small>78.0% used at -30%</small>", html, StringComparison.Ordinal);
        Assert.Contains("at least 95.0% of the hours", html, StringComparison.Ordinal);
        // The sample's m6g RI layer (1,610.25) is in a region it gives no Compute rate for: the lead is the catalog's gap.
        Assert.Contains("<strong id=\"commitments-rate-gap\">$1,610.25/mo of its savings come from RI layers in us-east-1, where the price catalog has RI rates but no Savings Plans rates</strong>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_HeldPlanRegionFromAws_IsEscaped()
    {
        var html = HtmlReportWriter.Render(CommitmentContextSample.Create());

        Assert.Contains("&lt;script&gt;x&lt;/script&gt; m5", html, StringComparison.Ordinal);
        Assert.DoesNotContain(CommitmentContextSample.HostileRegion, html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_CostExplorerRecommendation_ShowsItsNumbersBesideOurs()
    {
        var html = HtmlReportWriter.Render(CommitmentContextSample.Create());

        Assert.Contains("<td class=\"n\">$812.40</td><td class=\"n\">97.5%</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"n\">$590.33 (88.4% used)</td><td>Cost Explorer recommends more.</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_NoCommitmentContext_HasNoCommitmentsSection()
    {
        var html = HtmlReportWriter.Render(SampleReportModel.Create());

        Assert.DoesNotContain("id=\"commitments\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_CommitmentPortfolio_ShowsUpfrontBreakEvenDropsAndTranches()
    {
        var html = HtmlReportWriter.Render(CommitmentContextSample.Create());

        Assert.Contains("id=\"commitments-portfolio\"", html, StringComparison.Ordinal);
        // 3-year All Upfront: 3.5 USD/h, upfront 3.5 x 8760 x 3 = 91,980, break-even month 16, buy 2.25 now and 1.25 later.
        Assert.Contains("<td class=\"n\">$91,980.00</td><td class=\"n\">$3,277.25</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"n\">month 16</td>", html, StringComparison.Ordinal);
        Assert.Contains("$2,950.10 / $2,602.45 / $2,210.80", html, StringComparison.Ordinal);
        Assert.Contains("id=\"commitments-renewal\"", html, StringComparison.Ordinal);
        Assert.Contains("$1,530.75/mo of it has no plan rate in the price catalog and stays on demand: <span id=\"commitments-plan-without-rate\">EC2 in eu-west-1 (no rate for the region) $1,000.00/mo, Fargate $430.75/mo, Lambda $100.00/mo</span>", html, StringComparison.Ordinal);
        Assert.Contains("<span id=\"commitments-portfolio-without-rate\">Fargate $1,000.00/mo, Lambda $200.00/mo</span>", html, StringComparison.Ordinal);
        // Billed 12000 - 600 = 11400 (ESR 5%); after: 12000 - 2500 = 9500 on demand, 9500 - 550 - 3277.25 = 5672.75 (ESR 40.3%).
        Assert.Contains("$11,400.00/mo today against $12,000.00/mo on demand, an Effective Savings Rate of 5.0%", html, StringComparison.Ordinal);
        Assert.Contains("$5,672.75/mo against $9,500.00/mo on demand, an Effective Savings Rate of 40.3%", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_CommitmentDecision_SaysTheUpfrontThePaybackAndTheRenewal()
    {
        var html = HtmlReportWriter.Render(CommitmentContextSample.Create());

        // The recommended candidate: 91,980 upfront, break-even month 16; the 2.5 USD/h held ends 2026-12-15 and 1.75
        // USD/h of it is worth renewing.
        var line = html[html.IndexOf("id=\"commitment-decision\"", StringComparison.Ordinal)..];
        line = line[..line.IndexOf("</li>", StringComparison.Ordinal)];
        Assert.Contains("$91,980.00 upfront, paid back in month 16.", line, StringComparison.Ordinal);
        Assert.Contains("As the $2.50/h held lapses from 2026-12-15, renew $1.75/h of it.", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_LayeredPortfolio_ShowsEachLayerWithItsScopeCountAndNumbers()
    {
        var html = HtmlReportWriter.Render(CommitmentContextSample.Create());

        var table = html[html.IndexOf("id=\"commitments-layers\"", StringComparison.Ordinal)..];
        table = table[..table.IndexOf("</table>", StringComparison.Ordinal)];
        Assert.Contains("<td>Standard Reserved Instances</td><td>us-east-1 m6g</td><td class=\"n\">12 x m6g.large</td><td class=\"n\">$0.48/h</td>", table, StringComparison.Ordinal);
        Assert.Contains("<td>Compute Savings Plan</td><td>any region and family</td><td class=\"n\"></td><td class=\"n\">$1.20/h</td>", table, StringComparison.Ordinal);
        Assert.Contains("shown for comparison", html, StringComparison.Ordinal);
        Assert.Contains("$1,200.00/mo has neither an RI nor a Compute plan rate", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_PortfolioIsTheDecision_SummarySaysItsLayers()
    {
        var html = HtmlReportWriter.Render(CommitmentContextSample.CreateWithPortfolioRecommended());

        var line = html[html.IndexOf("id=\"commitment-decision\"", StringComparison.Ordinal)..];
        line = line[..line.IndexOf("</li>", StringComparison.Ordinal)];
        Assert.Contains("buy a layered portfolio, 3 year, no upfront", line, StringComparison.Ordinal);
        Assert.Contains("<strong>$0.48/h</strong>, and a Compute Savings Plan of <strong>$1.20/h</strong>", line, StringComparison.Ordinal);
        Assert.Contains("saving $3,400.50 per month (52.1% coverage), $0.00 upfront", line, StringComparison.Ordinal);
    }
}
