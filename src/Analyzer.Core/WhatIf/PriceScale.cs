using Analyzer.Core.Pricing;
using Analyzer.Core.Rules;

namespace Analyzer.Core.WhatIf;

/// <summary>
/// Factors on the price catalog, per kind of price: EC2 on demand (which the current cost is priced with too), EC2
/// Spot, Fargate, Fargate Spot, Lambda, and commitment rates (Savings Plans, Reserved Instances). A Spot price the
/// catalog only estimates from Spot Advisor's savings is scaled the same way as a published one.
/// </summary>
public sealed record PriceScale(decimal Ec2 = 1m, decimal Ec2Spot = 1m, decimal Fargate = 1m, decimal FargateSpot = 1m, decimal Lambda = 1m, decimal Commitments = 1m)
{
    /// <summary>The names a scenario file uses, in the order printed.</summary>
    public static IReadOnlyList<string> Names { get; } = ["ec2", "ec2-spot", "fargate", "fargate-spot", "lambda", "commitments"];

    public static PriceScale None { get; } = new();

    public bool IsNone => this == None;

    /// <summary>The scale with one named factor set; null when the name is not one of <see cref="Names"/>.</summary>
    public PriceScale? With(string name, decimal factor) => name switch
    {
        "ec2" => this with { Ec2 = factor },
        "ec2-spot" => this with { Ec2Spot = factor },
        "fargate" => this with { Fargate = factor },
        "fargate-spot" => this with { FargateSpot = factor },
        "lambda" => this with { Lambda = factor },
        "commitments" => this with { Commitments = factor },
        _ => null,
    };

    public PriceCatalogRows Apply(PriceCatalogRows rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        if (IsNone)
        {
            return rows;
        }

        return rows with
        {
            Ec2Prices = [.. rows.Ec2Prices.Select(p => p.Capacity switch
            {
                "on-demand" => p with { UsdPerHour = p.UsdPerHour * Ec2 },
                "spot" => p with { UsdPerHour = p.UsdPerHour * Ec2Spot },
                _ => p,
            })],
            SpotAdvice = [.. rows.SpotAdvice.Select(Estimated)],
            FargateRates = [.. rows.FargateRates.Select(f => f.Capacity == "spot" ? Scale(f, FargateSpot) : Scale(f, Fargate))],
            LambdaRates = [.. rows.LambdaRates.Select(l => l with { UsdPerGbSecond = l.UsdPerGbSecond * Lambda, UsdPerMillionRequests = l.UsdPerMillionRequests * Lambda })],
            CommitmentRates = [.. rows.CommitmentRates.Select(c => c with { EffectiveUsdPerHour = c.EffectiveUsdPerHour * Commitments, UpfrontUsd = c.UpfrontUsd * Commitments })],
        };
    }

    // An estimated Spot price is on-demand x (1 - savings%); scaled Spot over scaled on-demand gives the new savings%.
    private SpotAdvice Estimated(SpotAdvice advice) => advice.SavingsPercent is { } pct && Ec2 > 0
        ? advice with { SavingsPercent = 100m * (1m - ((1m - (pct / 100m)) * Ec2Spot / Ec2)) }
        : advice;

    private static FargateRate Scale(FargateRate rate, decimal factor) => rate with
    {
        UsdPerVcpuHour = rate.UsdPerVcpuHour * factor,
        UsdPerGbHour = rate.UsdPerGbHour * factor,
        UsdPerStorageGbHour = rate.UsdPerStorageGbHour * factor,
    };
}
