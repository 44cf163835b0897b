using Analyzer.Collectors.Demo;
using Analyzer.Core.Workloads;

namespace Analyzer.Collectors.Tests.Demo;

public class DemoOrganizationTests
{
    private const string PinnedFingerprint = "737572c08df24e496d78d8f55b977c85aaf2db8a0eb19660ebdd4b72c3b621ef";

    private static DemoSnapshot Demo => DemoTestData.Fortnight;

    [Fact]
    public void Generate_SameOptionsTwice_GivesIdenticalData()
    {
        var first = DemoFingerprint.Of(DemoTestData.Generate(days: 14));
        var second = DemoFingerprint.Of(DemoTestData.Generate(days: 14));

        Assert.Equal(first, second);
    }

    /// <summary>
    /// Pins the data itself, so a .NET upgrade, another CPU or an accidental change to the generator shows up here.
    /// When the demo is changed on purpose, update the value (and say so in the commit).
    /// </summary>
    [Fact]
    public void Generate_DefaultSeed_MatchesThePinnedFingerprint()
    {
        Assert.Equal(PinnedFingerprint, DemoFingerprint.Of(DemoTestData.Fortnight.Batches));
    }

    [Fact]
    public void Batches_EnumeratedTwice_GiveIdenticalSamplesAndCostLines()
    {
        var batches = DemoTestData.Generate(days: 7);

        Assert.Equal(DemoFingerprint.Of(batches), DemoFingerprint.Of(batches));
    }

    [Fact]
    public void Generate_AnotherSeed_GivesDifferentData()
    {
        var standard = DemoFingerprint.Of(DemoTestData.Generate(days: 2));
        var other = DemoFingerprint.Of(DemoTestData.Generate(days: 2, seed: 42));

        Assert.NotEqual(standard, other);
    }

    [Fact]
    public void Generate_Default_GivesOneBatchPerAccount()
    {
        var batches = DemoTestData.Generate();

        Assert.Equal(["prod", "staging", "shared-services"], batches.Select(b => b.Accounts.Single().Name));
        Assert.All(batches, b => Assert.Equal(b.Accounts.Single().AccountId, b.AccountIds.Single()));
        Assert.All(batches, b => Assert.Matches("^[0-9]{12}$", b.AccountIds.Single()));
        Assert.All(batches, b => Assert.Equal(DemoOrganization.Source, b.Source));
    }

    [Fact]
    public void Generate_WindowEndInTheDay_EndsWindowAtThatDaysMidnight()
    {
        var options = new DemoOptions(new DateTime(2025, 6, 30, 13, 45, 0, DateTimeKind.Utc)) { Days = 90 };

        var window = DemoOrganization.Generate(options, DemoTestPrices.Book)[0].Window;

        Assert.Equal(new DateTime(2025, 6, 30, 0, 0, 0, DateTimeKind.Utc), window.End);
        Assert.Equal(new DateTime(2025, 4, 1, 0, 0, 0, DateTimeKind.Utc), window.Start);
    }

    [Fact]
    public void Generate_Default_HasAtLeast400Workloads()
    {
        Assert.InRange(Demo.Workloads.Count, 400, 500);
    }

    [Fact]
    public void Generate_Default_WorkloadIdsAreUnique()
    {
        Assert.Equal(Demo.Workloads.Count, Demo.Workloads.Select(w => w.WorkloadId).Distinct().Count());
    }

    [Theory]
    [InlineData(WorkloadKind.Ec2Instance, 150)]
    [InlineData(WorkloadKind.AutoScalingGroup, 40)]
    [InlineData(WorkloadKind.EcsService, 60)]
    [InlineData(WorkloadKind.LambdaFunction, 80)]
    public void Generate_Default_HasManyOfEachKind(WorkloadKind kind, int atLeast)
    {
        Assert.InRange(Demo.Workloads.Count(w => w.Kind == kind), atLeast, 250);
    }

    [Theory]
    [InlineData("us-east-1")]
    [InlineData("eu-west-1")]
    public void Generate_Default_EveryAccountHasWorkloadsInRegion(string region)
    {
        Assert.All(Demo.Batches, b => Assert.Contains(b.Workloads, w => w.Region == region));
    }

    [Theory]
    [InlineData("EC2")]
    [InlineData("FARGATE")]
    public void Generate_Default_HasEcsServicesOfLaunchType(string launchType)
    {
        Assert.InRange(Demo.Workloads.Count(w => w.Kind == WorkloadKind.EcsService && w.LaunchType == launchType), 20, 70);
    }

    [Fact]
    public void Generate_Default_EveryPatternAppears()
    {
        var patterns = Demo.Workloads.Select(w => w.Tags[DemoPatterns.Tag]).ToHashSet();

        Assert.Equal(11, patterns.Count);
    }

    [Fact]
    public void Workloads_Always_CarryAppEnvTeamAndName()
    {
        Assert.All(Demo.Workloads, w =>
        {
            Assert.Equal(w.Name, w.Tags["Name"]);
            Assert.False(string.IsNullOrEmpty(w.Tags["app"]));
            Assert.Matches("^(prod|staging|dev)$", w.Tags["env"]);
            Assert.False(string.IsNullOrEmpty(w.Tags["team"]));
        });
    }

    [Fact]
    public void Workloads_Default_BelongToFourToSixTeams()
    {
        Assert.InRange(Demo.Workloads.Select(w => w.Tags["team"]).Distinct().Count(), 4, 6);
    }

    [Fact]
    public void Workloads_WithInstanceType_HaveTheCatalogsVcpuAndMemory()
    {
        var specs = DemoTestPrices.Specs.ToDictionary(s => s.InstanceType);

        Assert.All(Demo.Workloads.Where(w => w.InstanceType is not null), w =>
        {
            Assert.Equal(specs[w.InstanceType!].Vcpu, w.Vcpu);
            Assert.Equal((double)specs[w.InstanceType!].MemoryGib, w.MemoryGib);
        });
    }

    [Fact]
    public void Workloads_WithInstanceType_AreArm64ExactlyWhenTheFamilyIsGraviton()
    {
        Assert.All(Demo.Workloads.Where(w => w.InstanceType is not null), w =>
            Assert.Equal(w.InstanceType!.Split('.')[0].EndsWith('g') ? "arm64" : "x86_64", w.Architecture));
    }

    [Theory]
    [InlineData(WorkloadKind.Ec2Instance, "^i-[0-9a-f]{17}$")]
    [InlineData(WorkloadKind.AutoScalingGroup, "^arn:aws:autoscaling:(us-east-1|eu-west-1):[0-9]{12}:autoScalingGroup:[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-a[0-9a-f]{3}-[0-9a-f]{12}:autoScalingGroupName/[a-z0-9-]+$")]
    [InlineData(WorkloadKind.EcsService, "^arn:aws:ecs:(us-east-1|eu-west-1):[0-9]{12}:service/[a-z-]+/[a-z0-9-]+$")]
    [InlineData(WorkloadKind.LambdaFunction, "^arn:aws:lambda:(us-east-1|eu-west-1):[0-9]{12}:function:[a-z0-9-]+$")]
    public void WorkloadIds_OfKind_LookLikeAws(WorkloadKind kind, string pattern)
    {
        Assert.All(Demo.Workloads.Where(w => w.Kind == kind), w => Assert.Matches(pattern, w.WorkloadId));
    }

    [Fact]
    public void WorkloadIds_OfArns_NameTheWorkloadsAccountAndRegion()
    {
        Assert.All(Demo.Workloads.Where(w => w.Kind != WorkloadKind.Ec2Instance), w =>
            Assert.StartsWith($":{w.Region}:{w.AccountId}:", w.WorkloadId[w.WorkloadId.IndexOf(':', 8)..], StringComparison.Ordinal));
    }

    [Fact]
    public void Workloads_Default_IncludeOneNamedWithHtml()
    {
        var workload = Assert.Single(Demo.Workloads, w => w.Name == "<script>alert(1)</script>");

        Assert.Equal("<script>alert(1)</script>", workload.Tags["Name"]);
    }

    [Fact]
    public void Workloads_Default_IncludeATagWithQuotesAndSemicolon()
    {
        Assert.Contains(Demo.Workloads, w => w.Tags.Values.Any(v => v.Contains('\'', StringComparison.Ordinal) && v.Contains(';', StringComparison.Ordinal) && v.Contains('"', StringComparison.Ordinal)));
    }

    [Fact]
    public void Workloads_Default_SomeAutoScalingGroupsAreTaggedSpotOk()
    {
        var groups = Demo.Workloads.Where(w => w.Kind == WorkloadKind.AutoScalingGroup).ToArray();

        Assert.InRange(groups.Count(w => w.Tags.GetValueOrDefault("spot-ok") == "true"), 10, groups.Length - 10);
    }

    [Fact]
    public void Workloads_NightlyBatch_AreAllTaggedSpotOk()
    {
        Assert.All(Demo.WithPattern(DemoPatterns.NightlyBatch), w => Assert.Equal("true", w.Tags["spot-ok"]));
    }

    [Fact]
    public void Workloads_Lambda_SpanMemoryFrom128To3008Mb()
    {
        var sizes = Demo.Workloads.Where(w => w.Kind == WorkloadKind.LambdaFunction).Select(w => w.LambdaMemoryMb!.Value).ToHashSet();

        Assert.Contains(128, sizes);
        Assert.Contains(3008, sizes);
        Assert.InRange(sizes.Count, 5, 7);
    }

    [Fact]
    public void Workloads_OverProvisioned_AreLargeInstances()
    {
        Assert.All(Demo.WithPattern(DemoPatterns.OverProvisioned), w => Assert.InRange(w.Vcpu!.Value, 4, 16));
    }

    [Fact]
    public void Generate_ScaleHalf_HalvesTheWorkloads()
    {
        var workloads = DemoTestData.Generate(days: 1, scale: 0.5).Sum(b => b.Workloads.Count);

        Assert.Equal(225, workloads);
    }

    [Fact]
    public void Generate_MissingEc2Price_ThrowsNamingTypeAndRegion()
    {
        var book = DemoTestPrices.Book with
        {
            Ec2OnDemandHourly = (region, type) => region == "eu-west-1" && type == "m5.large" ? null : DemoTestPrices.Ec2Hourly(region, type),
        };

        var error = Assert.Throws<InvalidOperationException>(() => DemoOrganization.Generate(new DemoOptions(DemoTestData.WindowEnd), book));

        Assert.Contains("m5.large in eu-west-1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Generate_MissingSpec_ThrowsNamingType()
    {
        var book = DemoTestPrices.Book with { Specs = DemoTestPrices.Specs.Where(s => s.InstanceType != "r5.large").ToArray() };

        var error = Assert.Throws<InvalidOperationException>(() => DemoOrganization.Generate(new DemoOptions(DemoTestData.WindowEnd), book));

        Assert.Contains("r5.large", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Generate_MissingFargateRate_ThrowsNamingArchitectureAndRegion()
    {
        var book = DemoTestPrices.Book with { FargateRates = DemoTestPrices.Fargate.Where(r => r.Architecture != "arm64").ToArray() };

        var error = Assert.Throws<InvalidOperationException>(() => DemoOrganization.Generate(new DemoOptions(DemoTestData.WindowEnd), book));

        Assert.Contains("arm64 in us-east-1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Generate_LocalWindowEnd_Throws()
    {
        var options = new DemoOptions(new DateTime(2025, 6, 30, 0, 0, 0, DateTimeKind.Local));

        Assert.Throws<ArgumentException>(() => DemoOrganization.Generate(options, DemoTestPrices.Book));
    }

    [Fact]
    public void InstanceTypes_All_AreInTheCommonFamilies()
    {
        string[] families = ["t3", "t3a", "t4g", "m5", "m6i", "m6g", "m7g", "c5", "c6i", "c6g", "c7g", "r5", "r6i", "r6g"];

        Assert.All(DemoOrganization.InstanceTypes, t => Assert.Contains(t.Split('.')[0], families));
    }
}
