namespace Analyzer.Core.Pricing;

/// <summary>Linux, shared-tenancy hourly price of one instance type in one region.</summary>
/// <param name="Capacity">"on-demand" or "spot".</param>
public sealed record Ec2Price(string Region, string InstanceType, string Capacity, decimal UsdPerHour, PriceSource Source);
