namespace Analyzer.Collectors.Demo;

/// <summary>A demo Compute Optimizer verdict on one EC2 instance or Auto Scaling group's instance type.</summary>
internal sealed record DemoOptimizerSize(
    string Finding,
    string Reasons,
    string RecommendedType,
    double PerformanceRisk,
    decimal? MonthlySavings,
    double? SavingsPercent);
