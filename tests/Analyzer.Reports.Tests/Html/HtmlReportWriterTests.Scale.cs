using System.Text;
using Analyzer.Reports.Html;
using Analyzer.Testing.Reporting;

namespace Analyzer.Reports.Tests.Html;

public sealed partial class HtmlReportWriterTests
{
    // 20,000 sample workloads made a 725,418-byte page (36.3 bytes a workload) when the data was first compressed
    // (session 9); it was 436 bytes a workload as one JSON object per workload. The bound leaves a quarter for the
    // page to grow.
    private const int BytesPerWorkloadBound = 45;

    [Fact]
    public void Render_TwentyThousandWorkloads_StaysUnderTheMeasuredBytesPerWorkload()
    {
        var model = SampleReportModel.Create(20_000);

        var bytes = Encoding.UTF8.GetByteCount(HtmlReportWriter.Render(model));

        Assert.True(bytes < 20_000 * BytesPerWorkloadBound, $"{bytes:N0} bytes, {bytes / 20_000.0:F1} a workload");
    }

    [Fact]
    public void Render_TwentyThousandWorkloads_UnpacksToEveryWorkloadAndItsKeptOptions()
    {
        var model = SampleReportModel.Create(20_000);
        var full = model.Workloads.OrderByDescending(w => w.RecommendedSavings).ThenBy(w => w.WorkloadId, StringComparer.Ordinal)
            .Take(WorkspaceData.FullOptionLimit).Select(w => w.WorkloadId).ToHashSet(StringComparer.Ordinal);

        using var data = EmbeddedWorkspace.Read(HtmlReportWriter.Render(model));

        var workloads = data.RootElement.GetProperty("workloads");
        Assert.Equal(model.Workloads.Select(w => w.WorkloadId), workloads.GetProperty("id").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(
            model.Workloads.Select(w => full.Contains(w.WorkloadId) ? w.Options.Count : w.Options.Count(o => o.Recommended)),
            workloads.GetProperty("options").EnumerateArray().Select(o => o.GetArrayLength()));
        Assert.Equal(model.Workloads.Select(w => w.CurrentMonthlyCost), workloads.GetProperty("cost").EnumerateArray().Select(e => e.GetDecimal()));
    }
}
