namespace Analyzer.Core.Reporting;

/// <summary>One way to run a workload that the engine priced. Each kind belongs to one <see cref="OptionFamily"/>.</summary>
public enum OptionKind
{
    AsIs,
    Rightsized,
    Graviton,
    Spot,
    Fargate,
    FargateSpot,
    Lambda,
    SavingsPlan,
    ReservedInstance,
}
