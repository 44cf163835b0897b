namespace Analyzer.Core.Rules;

/// <summary>The offers of one vCPU count within an <see cref="Ec2OfferIndex"/> group, in catalog order.</summary>
public sealed record Ec2OfferSize(int Vcpu, IReadOnlyList<Ec2Offer> Offers);
