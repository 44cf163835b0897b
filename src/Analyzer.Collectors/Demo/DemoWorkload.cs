using Analyzer.Core.Pricing;
using Analyzer.Core.Workloads;

namespace Analyzer.Collectors.Demo;

/// <summary>A generated workload with its shape, its own random stream and the rates it is billed at.</summary>
/// <param name="StreamSeed">Seeds the workload's hourly stream, so its samples and its cost lines replay identically.</param>
/// <param name="Ec2Hourly">On-demand price of one instance (EC2, ASG, ECS on EC2).</param>
internal sealed record DemoWorkload(
    Workload Workload,
    DemoProfile Profile,
    ulong StreamSeed,
    decimal? Ec2Hourly,
    FargateRate? Fargate,
    LambdaRate? Lambda);
