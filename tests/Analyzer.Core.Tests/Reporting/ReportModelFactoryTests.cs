using Analyzer.Core.Options;
using Analyzer.Core.Reporting;
using Analyzer.Core.Workloads;
using Analyzer.Testing.Reporting;

namespace Analyzer.Core.Tests.Reporting;

public sealed class ReportModelFactoryTests
{
    [Fact]
    public void Create_WithAnUpsizingRecommendation_ShowsItsCostApartFromTheSavings()
    {
        // One workload shrinks from 100.00 to 60.00 (saves 40.00); one under-provisioned grows from 50.00 to 80.00.
        var model = Create(
            Workload("shrinks", 100m, 60m),
            Workload("grows", 50m, 80m));

        Assert.Equal(10m, model.Summary.WorkloadSavings);
        Assert.Equal(30m, model.Summary.UnderProvisioningCost);
        Assert.Equal(1, model.Summary.UnderProvisionedWorkloads);
        Assert.Equal(40m, model.Summary.GrossWorkloadSavings);
    }

    [Fact]
    public void Create_RoundsEveryCostToCentsBeforeSumming()
    {
        // 100.004 and 60.006 round to 100.00 and 60.01: the saving is 39.99, not the 39.998 the raw values give.
        var model = Create(Workload("rounds", 100.004m, 60.006m));

        Assert.Equal(39.99m, model.Summary.WorkloadSavings);
        Assert.Equal(0, model.Summary.UnderProvisionedWorkloads);
    }

    [Theory]
    [InlineData("ECS fargate, 3 tasks of 1 vCPU / 2 GB", OptionFamily.Fargate, SavingsCategory.Rightsizing)]
    [InlineData("ECS fargate, 3 tasks of 1 vCPU / 2 GB", OptionFamily.FargateSpot, SavingsCategory.Spot)]
    [InlineData("ECS ec2, 3 tasks of 1 vCPU / 2 GB", OptionFamily.Fargate, SavingsCategory.Fargate)]
    public void Create_FargateOptionOfAService_IsAMoveToFargateOnlyWhenItIsNotOnFargateYet(string current, OptionFamily family, SavingsCategory expected)
    {
        // A Fargate service going from 100.00 to 70.00 on Fargate saves 30.00 as rightsizing; the Fargate lever stays at 0.
        var workload = new WorkloadReport(
            "svc", "svc", "111111111111", "us-east-1", WorkloadKind.EcsService, current, 100m, 20, 30, new Dictionary<string, string>(),
            [new ReportOption(family, "Fargate 0.5 vCPU / 1 GB x3", 70m, Effort.Low, Risk.Low, Confidence.High, true, true, "Sized to demand.")]);

        var model = Create(workload);

        Assert.Equal(expected, model.Workloads[0].Options[0].Category);
        Assert.Equal(30m, model.Summary.ByFamily.Single(f => f.Category == expected).MonthlySavings);
    }

    private static ReportModel Create(params WorkloadReport[] workloads)
    {
        var sample = SampleReportModel.Create(workloadCount: 1, withPreviousRun: false);
        return ReportModelFactory.Create(sample.Cover, workloads, commitment: null, [], "team", null, sample.DataQuality, sample.Methodology);
    }

    private static WorkloadReport Workload(string id, decimal current, decimal recommended) => new(
        id, id, "111111111111", "us-east-1", WorkloadKind.Ec2Instance, "m5.xlarge x1 on-demand", current, 40, null,
        new Dictionary<string, string>(),
        [
            new ReportOption(OptionFamily.Current, "m5.xlarge x1", current, Effort.VeryLow, Risk.VeryLow, Confidence.High, false, true, "Runs as today."),
            new ReportOption(OptionFamily.Ec2Rightsized, "m5.large x1", recommended, Effort.Low, Risk.Low, Confidence.High, true, true, "Sized to demand."),
        ]);
}
