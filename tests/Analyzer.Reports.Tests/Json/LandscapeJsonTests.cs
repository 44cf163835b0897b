using System.Text.Json;
using Analyzer.Core.Collection;
using Analyzer.Core.Rules;
using Analyzer.Reports.Json;
using Analyzer.Testing.Reporting;

namespace Analyzer.Reports.Tests.Json;

public sealed class LandscapeJsonTests
{
    [Fact]
    public void Render_CapacityReservationsAndDedicatedHosts_AreInTheHeaderWithTheirNumbers()
    {
        var reservation = new CapacityReservation("cr-\"quoted\"", "111111111111", "us-east-1", "us-east-1a", "m5.large", "Linux/UNIX", "default", 3, 2, "active", "open", null, null);
        var host = new DedicatedHost("h-1", "111111111111", "us-east-1", "us-east-1a", "m5", "m5.large", "available", 96, null, 12, 48, 36, "on", null);
        var model = SampleReportModel.Create() with
        {
            CapacityReservations = [CapacityReservationAdvisor.Advise(reservation, [1, 1, 1], 0.096m)],
            DedicatedHosts = DedicatedHostAdvisor.Advise([host], _ => 4m),
        };

        using var json = JsonDocument.Parse(JsonExportWriter.Render(model));

        // 2 of 3 unused every hour: 2 x 0.096 x 730 = 140.16, reduce 3 -> 1.
        var cr = Assert.Single(json.RootElement.GetProperty("capacity_reservations").EnumerateArray());
        Assert.Equal(("cr-\"quoted\"", "reduce", 140.16m, 2), (cr.GetProperty("capacity_reservation_id").GetString(), cr.GetProperty("action").GetString(), cr.GetProperty("monthly_waste_usd").GetDecimal(), cr.GetProperty("minimum_unused").GetInt32()));
        // 12 of 48 used (25.0%): idle 36/48 x 4 x 730 = 2,190.00; kept, so no release savings.
        var h = Assert.Single(json.RootElement.GetProperty("dedicated_hosts").EnumerateArray());
        Assert.Equal(("h-1", "instances", 48, 12, 25.0, 2190.00m, 0m, "fill"),
            (h.GetProperty("host_id").GetString(), h.GetProperty("unit").GetString(), h.GetProperty("capacity").GetInt32(), h.GetProperty("used").GetInt32(),
             h.GetProperty("utilization_percent").GetDouble(), h.GetProperty("monthly_idle_usd").GetDecimal(), h.GetProperty("monthly_release_savings_usd").GetDecimal(), h.GetProperty("action").GetString()));
    }

    [Fact]
    public void Render_WithoutReservationsOrHosts_WritesEmptyArrays()
    {
        using var json = JsonDocument.Parse(JsonExportWriter.Render(SampleReportModel.Create()));

        Assert.Equal((0, 0, 0), (json.RootElement.GetProperty("capacity_reservations").GetArrayLength(), json.RootElement.GetProperty("dedicated_hosts").GetArrayLength(), json.RootElement.GetProperty("lightsail").GetArrayLength()));
        Assert.Equal(0, json.RootElement.GetProperty("karpenter_node_pools").GetArrayLength());
    }
}
