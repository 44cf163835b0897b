namespace Analyzer.Core.ComputeOptimizer;

/// <summary>Which AWS service's recommendation is set beside ours.</summary>
public enum AwsRecommender
{
    /// <summary>AWS Compute Optimizer: EC2 instances, Auto Scaling groups, Lambda functions, ECS services on Fargate.</summary>
    ComputeOptimizer,

    /// <summary>Cost Explorer's EC2 rightsizing recommendations (GetRightsizingRecommendation).</summary>
    CostExplorer,
}
