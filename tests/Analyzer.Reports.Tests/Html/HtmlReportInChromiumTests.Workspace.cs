using System.Text.Json;
using Analyzer.Core.Workloads;
using Analyzer.Reports.Tests.Support;
using Analyzer.Testing.Reporting;

namespace Analyzer.Reports.Tests.Html;

/// <summary>The workspace drawn from the compressed data: paging, the console links the page builds, odd tag keys.</summary>
public sealed partial class HtmlReportInChromiumTests
{
    public static TheoryData<WorkloadKind, string, string, string?> ConsolePages => new()
    {
        { WorkloadKind.Ec2Instance, "i-0abc0123456789def", "eu-west-1", "https://eu-west-1.console.aws.amazon.com/ec2/home?region=eu-west-1#InstanceDetails:instanceId=i-0abc0123456789def" },
        // Every character but letters, digits and -._~ percent-encoded, as .NET's Uri.EscapeDataString does: !'()* too.
        { WorkloadKind.Ec2Instance, "\"'><img src=x onerror=alert(1)>!*", "us-east-1", "https://us-east-1.console.aws.amazon.com/ec2/home?region=us-east-1#InstanceDetails:instanceId=%22%27%3E%3Cimg%20src%3Dx%20onerror%3Dalert%281%29%3E%21%2A" },
        { WorkloadKind.AutoScalingGroup, "arn:aws:autoscaling:us-east-1:111111111111:autoScalingGroup:0a38d840:autoScalingGroupName/web asg", "us-east-1", "https://us-east-1.console.aws.amazon.com/ec2/home?region=us-east-1#AutoScalingGroupDetails:id=web%20asg" },
        { WorkloadKind.LambdaFunction, "arn:aws:lambda:us-east-1:111111111111:function:resize-images:live", "us-east-1", "https://us-east-1.console.aws.amazon.com/lambda/home?region=us-east-1#/functions/resize-images" },
        { WorkloadKind.LambdaFunction, "résumé", "us-east-1", "https://us-east-1.console.aws.amazon.com/lambda/home?region=us-east-1#/functions/r%C3%A9sum%C3%A9" },
        { WorkloadKind.EcsService, "arn:aws:ecs:eu-west-1:111111111111:service/prod-growth/web-frontend", "eu-west-1", "https://eu-west-1.console.aws.amazon.com/ecs/v2/clusters/prod-growth/services/web-frontend?region=eu-west-1" },
        { WorkloadKind.EcsService, "svc-not-an-arn", "eu-west-1", null },
        { WorkloadKind.EksFargatePod, "eks-fargate:us-east-1:111111111111:prod-eks/default/api", "us-east-1", "https://us-east-1.console.aws.amazon.com/eks/home?region=us-east-1#/clusters/prod-eks?selectedTab=cluster-resources-tab" },
    };

    [Theory]
    [MemberData(nameof(ConsolePages))]
    public async Task Panel_WorkloadOfEachKind_LinksToTheConsolePageThePageBuilds(WorkloadKind kind, string id, string region, string? expected)
    {
        await using var report = await LoadedReport.OpenAsync(SampleReportModel.WithWorkloads([SampleReportModel.Workload(kind, id, region)]));

        var link = await report.EvalAsync(
            $"(() => {{ const row = Array.from(document.querySelectorAll('#recs-table tbody tr')).find(r => r.getAttribute('data-id') === {JsonSerializer.Serialize(id)});" +
            " row.click(); const a = document.querySelector('#panel-body a'); return a ? a.getAttribute('href') : null; })()");
        var markup = await report.EvalAsync("document.querySelectorAll('#recs-table img, #panel-body img').length");

        Assert.Equal(expected, link.ValueKind == JsonValueKind.Null ? null : link.GetString());
        Assert.Equal(0, markup.GetInt32());
    }

    [Fact]
    public async Task Filter_TagKeyNamedProto_FiltersLikeAnyOtherKey()
    {
        var tagged = SampleReportModel.Workload(WorkloadKind.Ec2Instance, "i-0proto", "us-east-1", new Dictionary<string, string> { ["__proto__"] = "polluted" });
        await using var report = await LoadedReport.OpenAsync(SampleReportModel.WithWorkloads([tagged]));

        await report.EvalAsync("(() => { const k = document.getElementById('f-tag-key'); k.value = '__proto__'; k.dispatchEvent(new Event('change'));" +
            " const v = document.getElementById('f-tag'); v.value = 'polluted'; v.dispatchEvent(new Event('change')); })()");
        var ids = await report.EvalAsync("Array.from(document.querySelectorAll('#recs-table tbody tr')).map(r => r.getAttribute('data-id'))");
        var polluted = await report.EvalAsync("({}).polluted === undefined && Object.prototype.polluted === undefined");

        Assert.Equal(["i-0proto"], ids.EnumerateArray().Select(e => e.GetString()));
        Assert.True(polluted.GetBoolean());
    }

    [Fact]
    public async Task Pager_Next_ShowsTheNextHundredInTheSameOrder()
    {
        var model = SampleReportModel.Large();
        await using var report = await LoadedReport.OpenAsync(model);
        // The table opens sorted by savings, largest first: pages 1 and 2 are the 200 that save most, in order.
        var expected = model.Recommendations.OrderByDescending(w => w.RecommendedSavings).Take(200).Select(w => w.WorkloadId).ToList();

        var first = await IdsAsync(report);
        await report.EvalAsync("document.getElementById('recs-next').click()");
        var second = await IdsAsync(report);
        var label = await report.EvalAsync("document.getElementById('recs-page').textContent");
        await report.EvalAsync("document.getElementById('recs-prev').click()");
        var back = await IdsAsync(report);

        Assert.Equal(expected, [.. first, .. second]);
        Assert.Equal($"101–200 of {model.Recommendations.Count}", label.GetString());
        Assert.Equal(first, back);
    }

    [Fact]
    public async Task Load_SampleModel_UnpacksTheDataAndMarksTheTableDrawn()
    {
        var model = SampleReportModel.Create();
        await using var report = await LoadedReport.OpenAsync(model);

        var busy = await report.EvalAsync("document.getElementById('recommendations').getAttribute('aria-busy')");
        var count = await report.EvalAsync("document.querySelector('[data-count-for=\"recs-table\"]').textContent");
        var loading = await report.EvalAsync("document.querySelectorAll('#recs-table tr.loading').length");

        Assert.Equal("false", busy.GetString());
        Assert.Equal($"{model.Recommendations.Count} of {model.Workloads.Count} rows", count.GetString());
        Assert.Equal(0, loading.GetInt32());
    }

    [Fact]
    public async Task Load_DataThatIsNotGzip_SaysTheTableCouldNotBeUnpackedAndWhereTheRowsAre()
    {
        var html = Analyzer.Reports.Html.HtmlReportWriter.Render(SampleReportModel.Create());
        var data = EmbeddedWorkspace.Base64(html);
        await using var report = await LoadedReport.OpenAsync(html.Replace(data, Convert.ToBase64String("not gzip"u8.ToArray()), StringComparison.Ordinal));

        var message = await report.EvalAsync("document.querySelector('#recs-table tbody').textContent");
        var busy = await report.EvalAsync("document.getElementById('recommendations').getAttribute('aria-busy')");

        Assert.StartsWith("The table could not be unpacked", message.GetString(), StringComparison.Ordinal);
        Assert.EndsWith("every recommendation is also in recommendations.csv, .json and .xlsx.", message.GetString(), StringComparison.Ordinal);
        Assert.Equal("false", busy.GetString());
        Assert.Empty(report.Page.Errors);
    }

    private static async Task<List<string>> IdsAsync(LoadedReport report) =>
        [.. (await report.EvalAsync("Array.from(document.querySelectorAll('#recs-table tbody tr')).map(r => r.getAttribute('data-id'))")).EnumerateArray().Select(e => e.GetString()!)];
}
