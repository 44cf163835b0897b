using Analyzer.Core.Pricing;

namespace Analyzer.Collectors.Demo;

/// <summary>
/// The specs and prices the demo organisation is sized and billed with, supplied by the caller (normally from the
/// shipped catalog) so the demo never reads files itself. Only Linux on-demand prices are used: the demo has no
/// commitments and launches nothing on Spot.
/// </summary>
/// <param name="Specs">At least every type in <see cref="DemoOrganization.InstanceTypes"/>.</param>
/// <param name="Ec2OnDemandHourly">Linux on-demand USD per hour for (region, instance type); null when unknown.</param>
/// <param name="FargateRates">On-demand rates per region and architecture (other capacities are ignored; the newest wins).</param>
/// <param name="LambdaRates">Rates per region and architecture; the first tier (lowest GB-seconds), newest, is used.</param>
public sealed record DemoPriceBook(
    IReadOnlyList<InstanceSpec> Specs,
    Func<string, string, decimal?> Ec2OnDemandHourly,
    IReadOnlyList<FargateRate> FargateRates,
    IReadOnlyList<LambdaRate> LambdaRates)
{
    internal InstanceSpec Spec(string instanceType) =>
        Specs.FirstOrDefault(s => s.InstanceType == instanceType)
        ?? throw new InvalidOperationException($"The demo price book has no instance spec for {instanceType}.");

    internal decimal Ec2Hourly(string region, string instanceType) =>
        Ec2OnDemandHourly(region, instanceType)
        ?? throw new InvalidOperationException($"The demo price book has no on-demand price for {instanceType} in {region}.");

    internal FargateRate Fargate(string region, string architecture) =>
        FargateRates.Where(r => r.Region == region && r.Architecture == architecture && r.Capacity == "on-demand").MaxBy(r => r.Source.AsOf)
        ?? throw new InvalidOperationException($"The demo price book has no on-demand Fargate rate for {architecture} in {region}.");

    internal LambdaRate Lambda(string region, string architecture) =>
        LambdaRates.Where(r => r.Region == region && r.Architecture == architecture)
            .OrderBy(r => r.TierGbSecondsFrom)
            .ThenByDescending(r => r.Source.AsOf)
            .FirstOrDefault()
        ?? throw new InvalidOperationException($"The demo price book has no Lambda rate for {architecture} in {region}.");
}
