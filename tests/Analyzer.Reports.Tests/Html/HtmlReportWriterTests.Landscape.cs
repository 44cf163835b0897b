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

    [Fact]
    public void Render_DedicatedHosts_AreAFindingWithIdleCostAdviceAndEscapedNames()
    {
        var hosts = new[]
        {
            new DedicatedHost("h-<script>x</script>", "111111111111", "us-east-1", "us-east-1a", "m5", "m5.large", "available", 96, null, 12, 48, 36, "on", null),
            new DedicatedHost("h-empty", "111111111111", "us-east-1", "us-east-1a", "r5", null, "available", 96, 96, 0, null, null, "off", null),
        };
        var model = SampleReportModel.Create() with { DedicatedHosts = DedicatedHostAdvisor.Advise(hosts, _ => 4m) };

        var html = HtmlReportWriter.Render(model);

        // h-<script>: 36 of 48 idle x 4 x 730 = 2,190.00; h-empty: released, 4 x 730 = 2,920.00 idle and saved.
        Assert.Contains("<section id=\"dedicated-hosts\"", html, StringComparison.Ordinal);
        Assert.Contains(ReportFormat.Usd(2190.00m + 2920.00m), html, StringComparison.Ordinal);
        Assert.Contains("<strong>release</strong>: Release it (ReleaseHosts)", html, StringComparison.Ordinal);
        Assert.Contains("12 / 48 instances", html, StringComparison.Ordinal);
        Assert.Contains("r5 (any size)", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>x</script>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_LightsailFinding_ShowsTheBundleItsLimitsAndEscapedNames()
    {
        var candidate = new Core.Lightsail.LightsailCandidate("i-1", "<b>web</b>", "111111111111", "us-east-1", "m5.large", 2, 8, "flat", 100, 0.2, 0.5, 2.5, 70.08m, new Dictionary<string, string>());
        var bundle = Core.Lightsail.LightsailCatalog.Bundles.Single(b => b.BundleName == "Medium-4GB");
        var model = SampleReportModel.Create() with { Lightsail = [Core.Lightsail.LightsailAdvisor.Describe(candidate, bundle)] };

        var html = HtmlReportWriter.Render(model);

        // Medium-4GB at 24.00 against 70.08: 46.08 a month.
        Assert.Contains("<section id=\"lightsail\"", html, StringComparison.Ordinal);
        Assert.Contains(ReportFormat.Usd(46.08m), html, StringComparison.Ordinal);
        Assert.Contains("Medium-4GB", html, StringComparison.Ordinal);
        Assert.Contains("no Auto Scaling", html, StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;web", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>web</b>", html, StringComparison.Ordinal);
    }
}
