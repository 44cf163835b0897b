using Analyzer.Reports.Html;
using Analyzer.Testing.Reporting;

namespace Analyzer.Reports.Tests.Html;

public sealed partial class HtmlReportWriterTests
{
    [Fact]
    public void Render_ComputeOptimizerComparisons_ShowsTheSummarySentence()
    {
        var model = ComputeOptimizerSample.Create();
        var coverage = model.ComputeOptimizerCoverage;

        var html = HtmlReportWriter.Render(model);

        Assert.Equal((2, 1), (coverage.Covered, coverage.Agrees));
        Assert.Contains($"Compute Optimizer covers <strong>2 of {coverage.Workloads}</strong> workloads (EC2 2/{coverage.Ec2Workloads}); agrees on 1", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_CostExplorerComparisons_ShowsItsSentence()
    {
        var model = ComputeOptimizerSample.Create();

        var html = HtmlReportWriter.Render(model);

        Assert.Contains($"Cost Explorer's rightsizing covers <strong>1 of {model.CostExplorerCoverage.Workloads}</strong> EC2 instances; agrees on 0", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_HostileComputeOptimizerReason_IsNeverMarkup()
    {
        var html = HtmlReportWriter.Render(ComputeOptimizerSample.Create());

        Assert.DoesNotContain("<b>CO</b>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_NoComputeOptimizerComparisons_HasNoSummarySentence()
    {
        var html = HtmlReportWriter.Render(SampleReportModel.Create());

        Assert.DoesNotContain("Compute Optimizer covers", html, StringComparison.Ordinal);
    }
}
