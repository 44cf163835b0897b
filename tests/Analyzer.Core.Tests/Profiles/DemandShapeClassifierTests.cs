using Analyzer.Core.Profiles;

namespace Analyzer.Core.Tests.Profiles;

public class DemandShapeClassifierTests
{
    private static DemandProfile Profile(double active, double mean, double p99, double? business = null, double? night = null, int hours = 336) => new()
    {
        WorkloadId = "w",
        HoursInWindow = 336,
        HoursObserved = hours,
        ActiveHoursFraction = active,
        CpuMeanVcpu = mean,
        CpuP99Vcpu = p99,
        BusinessHoursShare = business,
        NightShare = night,
    };

    [Theory]
    [InlineData(1.0, 1.0, 1.2, null, null, DemandShape.Flat)]
    [InlineData(0.2, 0.2, 1.5, 0.1, 0.9, DemandShape.NightlyBatch)]
    [InlineData(0.3, 0.3, 1.0, 0.9, 0.0, DemandShape.BusinessHours)]
    [InlineData(0.95, 0.2, 1.6, 0.3, 0.3, DemandShape.Spiky)]
    [InlineData(0.95, 1.0, 2.0, 0.3, 0.3, DemandShape.Variable)]
    [InlineData(0.0, 0.0, 0.0, null, null, DemandShape.Idle)]
    public void Classify_Statistics_GiveShape(double active, double mean, double p99, double? business, double? night, DemandShape expected)
    {
        Assert.Equal(expected, DemandShapeClassifier.Classify(Profile(active, mean, p99, business, night)));
    }

    [Fact]
    public void Classify_UnderADayOfData_IsUnknown()
    {
        Assert.Equal(DemandShape.Unknown, DemandShapeClassifier.Classify(Profile(1, 1, 1, hours: 23)));
    }
}
