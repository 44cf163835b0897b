namespace Analyzer.Core.Options;

/// <summary>The kinds of option Analyzer prices for a workload.</summary>
public enum OptionFamily
{
    Current,
    Stop,
    Schedule,
    Ec2Rightsized,
    Graviton,
    Ec2Spot,
    Fargate,
    FargateSpot,
    Lambda,
    LambdaRightsized,
    Lightsail,
    SavingsPlan,
    ReservedInstance,
}
