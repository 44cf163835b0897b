namespace Analyzer.Core.Pricing;

/// <summary>
/// The closed vocabularies the price tables use. Every loader writes these exact spellings and every lookup
/// compares against them, so a typo fails a lookup loudly instead of matching nothing quietly.
/// </summary>
public static class PriceTerms
{
    public const string OnDemand = "on-demand";
    public const string Spot = "spot";

    public const string ComputeSavingsPlan = "compute";
    public const string Ec2InstanceSavingsPlan = "ec2instance";
    public const string StandardReserved = "ri-standard";
    public const string ConvertibleReserved = "ri-convertible";

    public const string NoUpfront = "no";
    public const string PartialUpfront = "partial";
    public const string AllUpfront = "all";

    public const string X86 = "x86_64";
    public const string Arm64 = "arm64";

    public static IReadOnlyList<string> Capacities { get; } = [OnDemand, Spot];

    public static IReadOnlyList<string> Plans { get; } =
        [ComputeSavingsPlan, Ec2InstanceSavingsPlan, StandardReserved, ConvertibleReserved];

    public static IReadOnlyList<string> Payments { get; } = [NoUpfront, PartialUpfront, AllUpfront];

    public static IReadOnlyList<string> Architectures { get; } = [X86, Arm64];

    /// <summary>A plan as people read it: "compute savings plan", "standard RI".</summary>
    public static string DescribePlan(string plan) => plan switch
    {
        ComputeSavingsPlan => "Compute Savings Plan",
        Ec2InstanceSavingsPlan => "EC2 Instance Savings Plan",
        StandardReserved => "Standard Reserved Instance",
        ConvertibleReserved => "Convertible Reserved Instance",
        _ => plan,
    };
}
