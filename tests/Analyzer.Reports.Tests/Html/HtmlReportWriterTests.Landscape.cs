using Analyzer.Core.Collection;
using Analyzer.Core.Reporting;
using Analyzer.Core.Rules;
using Analyzer.Reports.Html;
using Analyzer.Testing.Reporting;

namespace Analyzer.Reports.Tests.Html;

public sealed partial class HtmlReportWriterTests
{
    [Fact]
    public void Render_SampleModel_HoldsTheCoverageTableRowByRow()
    {
        var html = HtmlReportWriter.Render(SampleReportModel.Create());

        Assert.Contains("<section id=\"coverage\"", html, StringComparison.Ordinal);
        Assert.All(LandscapeCoverage.Entries, e => Assert.Contains(
            $"<tr><td>{System.Net.WebUtility.HtmlEncode(e.Name)}</td><td>{e.Kind}</td><td><strong>{e.Status}</strong></td>", html, StringComparison.Ordinal));
    }

    [Fact]
    public void Render_UnusedCapacityReservation_IsAFindingWithItsWasteAndEscapedNames()
    {
        var reservation = new CapacityReservation("cr-<img src=x>", "111111111111", "us-east-1", "us-east-1a", "m5.large", "Linux/UNIX", "default", 4, 4, "active", "open", null, null);
        var model = SampleReportModel.Create() with { CapacityReservations = [CapacityReservationAdvisor.Advise(reservation, [0, 0], 0.096m)] };

        var html = HtmlReportWriter.Render(model);

        // 4 unused x 0.096 x 730 = 280.32 a month.
        Assert.Contains("<section id=\"capacity-reservations\"", html, StringComparison.Ordinal);
        Assert.Contains(ReportFormat.Usd(280.32m), html, StringComparison.Ordinal);
        Assert.Contains("<strong>release</strong>: Release it (CancelCapacityReservation)", html, StringComparison.Ordinal);
        Assert.Contains("cr-&lt;img src", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img src=x>", html, StringComparison.Ordinal);
    }
}
