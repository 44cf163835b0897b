namespace Analyzer.Core.Rules;

/// <summary>Whether a workload may run on interruptible capacity (Spot, Fargate Spot), and why.</summary>
public sealed record InterruptionTolerance(bool Tolerant, string Reason);
