namespace Analyzer.Core.Profiles;

/// <summary>The stable text form of <see cref="DemandShape"/>.</summary>
public static class DemandShapeNames
{
    public static string ToName(this DemandShape shape) => shape switch
    {
        DemandShape.Unknown => "unknown",
        DemandShape.Idle => "idle",
        DemandShape.Flat => "flat",
        DemandShape.BusinessHours => "business-hours",
        DemandShape.NightlyBatch => "nightly-batch",
        DemandShape.Spiky => "spiky",
        DemandShape.Variable => "variable",
        _ => throw new ArgumentOutOfRangeException(nameof(shape), shape, "Unknown demand shape."),
    };

    /// <summary>Shapes whose work runs in bounded steps and can be restarted: Spot and active-hours pricing suit them.</summary>
    public static bool IsBatch(this DemandShape shape) => shape is DemandShape.NightlyBatch;
}
