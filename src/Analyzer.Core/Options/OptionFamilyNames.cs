namespace Analyzer.Core.Options;

/// <summary>The stable text form of <see cref="OptionFamily"/> used in the store, settings and reports.</summary>
public static class OptionFamilyNames
{
    private static readonly (OptionFamily Family, string Name)[] Map =
    [
        (OptionFamily.Current, "current"),
        (OptionFamily.Stop, "stop"),
        (OptionFamily.Schedule, "schedule"),
        (OptionFamily.Ec2Rightsized, "ec2-rightsized"),
        (OptionFamily.Graviton, "graviton"),
        (OptionFamily.Ec2Spot, "ec2-spot"),
        (OptionFamily.Fargate, "fargate"),
        (OptionFamily.FargateSpot, "fargate-spot"),
        (OptionFamily.Lambda, "lambda"),
        (OptionFamily.LambdaRightsized, "lambda-rightsized"),
        (OptionFamily.Lightsail, "lightsail"),
        (OptionFamily.SavingsPlan, "savings-plan"),
        (OptionFamily.ReservedInstance, "reserved-instance"),
    ];

    public static IReadOnlyList<string> All { get; } = [.. Map.Select(m => m.Name)];

    public static string ToName(this OptionFamily family)
    {
        foreach (var (f, name) in Map)
        {
            if (f == family)
            {
                return name;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(family), family, "Unknown option family.");
    }

    public static bool TryParse(string name, out OptionFamily family)
    {
        foreach (var (f, n) in Map)
        {
            if (string.Equals(n, name, StringComparison.OrdinalIgnoreCase))
            {
                family = f;
                return true;
            }
        }

        family = default;
        return false;
    }

    /// <summary>Commitments stack on top of a sizing choice rather than replacing it.</summary>
    public static bool IsCommitment(this OptionFamily family) =>
        family is OptionFamily.SavingsPlan or OptionFamily.ReservedInstance;
}
