using Analyzer.Core.Pricing;

namespace Analyzer.Core.Rules;

/// <summary>An instance type and its hourly price for one capacity (on-demand or spot) in one region.</summary>
public sealed record Ec2Offer(InstanceSpec Spec, decimal UsdPerHour);
