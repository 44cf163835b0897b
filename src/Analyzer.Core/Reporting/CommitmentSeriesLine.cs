namespace Analyzer.Core.Reporting;

/// <summary>What the commitment series holds of one kind of usage: on-demand-equivalent spend per month.</summary>
/// <param name="Usage">"EC2" (instances, Auto Scaling groups, ECS on EC2), "Fargate" or "Lambda".</param>
public sealed record CommitmentSeriesLine(string Usage, decimal RecommendedMonthly, decimal CurrentMonthly);
