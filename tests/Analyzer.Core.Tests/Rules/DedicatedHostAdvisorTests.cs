using Analyzer.Core.Collection;
using Analyzer.Core.Rules;

namespace Analyzer.Core.Tests.Rules;

public sealed class DedicatedHostAdvisorTests
{
    private const decimal Rate = 5.069m;

    [Fact]
    public void Advise_TwoPartlyUsedHostsOfOneTypeAndZone_FillsTheBusierAndConsolidatesTheOther()
    {
        var hosts = new[] { Slots("h-a", total: 48, free: 36), Slots("h-b", total: 48, free: 42) };

        var findings = DedicatedHostAdvisor.Advise(hosts, _ => Rate);

        // 12 + 6 = 18 instances fit on ceil(18 / 48) = 1 host: the busier one is kept and filled, the other emptied.
        var a = findings.Single(f => f.Host.HostId == "h-a");
        var b = findings.Single(f => f.Host.HostId == "h-b");
        Assert.Equal(("fill", 12, 0.25), (a.Action, a.Used, a.Utilization));
        Assert.Equal(("consolidate", 6), (b.Action, b.Used));
        // Idle: 36/48 x 5.069 x 730 = 0.75 x 3,700.37 = 2,775.2775; 42/48 = 0.875 x 3,700.37 = 3,237.82375.
        Assert.Equal((2775.28m, 3237.82m), (a.MonthlyIdleCostUsd, b.MonthlyIdleCostUsd));
        // Releasing h-b saves the whole host: 5.069 x 730 = 3,700.37; h-a is kept, so nothing.
        Assert.Equal((0m, 3700.37m), (a.MonthlyReleaseSavingsUsd, b.MonthlyReleaseSavingsUsd));
        Assert.Contains("fit in the 36 free", b.Advice, StringComparison.Ordinal);
        Assert.Equal("h-b", findings[0].Host.HostId);
    }

    [Fact]
    public void Advise_AnEmptyHostOfSeveralSizes_IsReleasedAtItsWholeRate()
    {
        var host = new DedicatedHost("h-e", "111111111111", "us-east-1", "us-east-1a", "r5", null, "available", 96, 96, 0, null, null, "on", null);

        var finding = Assert.Single(DedicatedHostAdvisor.Advise([host], _ => Rate));

        Assert.Equal(("release", "vCPUs", 96, 0, 3700.37m, 3700.37m), (finding.Action, finding.Unit, finding.Capacity, finding.Used, finding.MonthlyIdleCostUsd, finding.MonthlyReleaseSavingsUsd));
    }

    [Fact]
    public void Advise_AHostCountedInVcpus_IdleShareIsItsFreeVcpus()
    {
        var host = new DedicatedHost("h-v", "111111111111", "us-east-1", "us-east-1a", "c5", null, "available", 96, 36, 5, null, null, "off", null);

        var finding = Assert.Single(DedicatedHostAdvisor.Advise([host], _ => 4m));

        // 60 of 96 vCPUs used; idle 36/96 = 0.375 x 4 x 730 = 1,095.00.
        Assert.Equal(("fill", 60, 1095.00m), (finding.Action, finding.Used, finding.MonthlyIdleCostUsd));
        Assert.Contains("now off", finding.Advice, StringComparison.Ordinal);
    }

    [Fact]
    public void Advise_WithoutARate_IsUnpricedAndSaysWhy()
    {
        var finding = Assert.Single(DedicatedHostAdvisor.Advise([Slots("h-a", total: 48, free: 40)], _ => null));

        Assert.Equal(("fill", null, 0m), (finding.Action, finding.MonthlyIdleCostUsd, finding.MonthlyReleaseSavingsUsd));
        Assert.Contains("unpriced (no host-hour rate in the bill)", finding.Advice, StringComparison.Ordinal);
    }

    [Fact]
    public void Advise_ReleasedHostsAndOtherZones_AreNotPackedTogether()
    {
        var other = Slots("h-z", total: 48, free: 44) with { AvailabilityZone = "us-east-1b" };
        var released = Slots("h-r", total: 48, free: 48) with { State = "released" };

        var findings = DedicatedHostAdvisor.Advise([Slots("h-a", total: 48, free: 44), other, released], _ => Rate);

        Assert.Equal(["fill", "fill"], findings.Select(f => f.Action));
        Assert.DoesNotContain(findings, f => f.Host.HostId == "h-r");
    }

    private static DedicatedHost Slots(string id, int total, int free) =>
        new(id, "111111111111", "us-east-1", "us-east-1a", "m5", "m5.large", "available", 96, null, total - free, total, free, "on", null);
}
