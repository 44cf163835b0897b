using Analyzer.Core.Collection;
using Analyzer.Core.Rules;

namespace Analyzer.Core.Tests.Rules;

public class CapacityReservationAdvisorTests
{
    private static CapacityReservation Reservation(int total, int available = 0, string criteria = "open") =>
        new("cr-0123", "111111111111", "us-east-1", "us-east-1a", "m5.large", "Linux/UNIX", "default", total, available, "active", criteria, null, null);

    [Fact]
    public void Advise_NeverUsed_ReleasesItAndCountsEveryInstanceAsWaste()
    {
        var finding = CapacityReservationAdvisor.Advise(Reservation(4), [0, 0, 0], 0.096m);

        // 4 unused every hour x 0.096 x 730 = 280.32.
        Assert.Equal(("release", 4.0, 280.32m), (finding.Action, finding.AverageUnused, finding.MonthlyWasteUsd));
        Assert.StartsWith("Release it (CancelCapacityReservation)", finding.Advice, StringComparison.Ordinal);
    }

    [Fact]
    public void Advise_AlwaysPartlyUnused_ReducesItByTheFewestUnused()
    {
        var finding = CapacityReservationAdvisor.Advise(Reservation(4), [1, 2, 1, 2], 0.096m);

        // Unused 3, 2, 3, 2: average 2.5, fewest 2, so 4 -> 2; waste 2.5 x 0.096 x 730 = 175.20.
        Assert.Equal(("reduce", 2.5, 2, 175.20m), (finding.Action, finding.AverageUnused, finding.MinimumUnused, finding.MonthlyWasteUsd));
        Assert.StartsWith("Reduce it from 4 to 2 instances (ModifyCapacityReservation)", finding.Advice, StringComparison.Ordinal);
    }

    [Fact]
    public void Advise_FullyUsedInSomeHours_MatchesItToItsInstances()
    {
        var finding = CapacityReservationAdvisor.Advise(Reservation(2, criteria: "targeted"), [2, 0, 2, 0], 0.096m);

        // Unused 0, 2, 0, 2: average 1 x 0.096 x 730 = 70.08.
        Assert.Equal(("match", 1.0, 70.08m), (finding.Action, finding.AverageUnused, finding.MonthlyWasteUsd));
        Assert.Contains("targeted: only instances launched into it use it", finding.Advice, StringComparison.Ordinal);
    }

    [Fact]
    public void Advise_UsedEveryHour_KeepsItWithoutWaste()
    {
        var finding = CapacityReservationAdvisor.Advise(Reservation(2), [2, 2, 3], 0.096m);

        Assert.Equal(("keep", 0m), (finding.Action, finding.MonthlyWasteUsd));
    }

    [Fact]
    public void Advise_NoHourInTheWindow_TakesAwsAvailableCount()
    {
        var finding = CapacityReservationAdvisor.Advise(Reservation(4, available: 3), [], 0.096m);

        // AWS counted 3 of 4 free: 3 x 0.096 x 730 = 210.24; one in use, so reduce to 1.
        Assert.Equal(("reduce", 0, 210.24m), (finding.Action, finding.Hours, finding.MonthlyWasteUsd));
    }

    [Fact]
    public void Advise_NoPriceForItsPlatform_LeavesTheWasteUnpriced()
    {
        var finding = CapacityReservationAdvisor.Advise(Reservation(2) with { Platform = "Windows" }, [0], null);

        Assert.Null(finding.MonthlyWasteUsd);
        Assert.Contains("unpriced (no on-demand price for its platform and tenancy)", finding.Advice, StringComparison.Ordinal);
    }
}
