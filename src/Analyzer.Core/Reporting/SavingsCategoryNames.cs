using Analyzer.Core.Options;

namespace Analyzer.Core.Reporting;

/// <summary>Text forms of <see cref="SavingsCategory"/> and the category each engine option family reports under.</summary>
public static class SavingsCategoryNames
{
    /// <summary>The category an option's savings are summed under.</summary>
    public static SavingsCategory Category(this OptionFamily family) => family switch
    {
        OptionFamily.Current => SavingsCategory.None,
        OptionFamily.Stop or OptionFamily.Ec2Rightsized => SavingsCategory.Rightsizing,
        OptionFamily.Schedule => SavingsCategory.Scheduling,
        OptionFamily.Graviton => SavingsCategory.Graviton,
        OptionFamily.Ec2Spot => SavingsCategory.Spot,
        OptionFamily.Fargate or OptionFamily.FargateSpot => SavingsCategory.Fargate,
        OptionFamily.Lambda or OptionFamily.LambdaRightsized => SavingsCategory.Lambda,
        OptionFamily.Lightsail => SavingsCategory.Lightsail,
        OptionFamily.SavingsPlan or OptionFamily.ReservedInstance => SavingsCategory.Commitments,
        _ => throw new ArgumentOutOfRangeException(nameof(family), family, "Unknown option family."),
    };

    /// <summary>The name used in CSV and JSON ("rightsizing", "commitments", ...).</summary>
    public static string ToName(this SavingsCategory category) => category switch
    {
        SavingsCategory.None => "none",
        SavingsCategory.Rightsizing => "rightsizing",
        SavingsCategory.Scheduling => "scheduling",
        SavingsCategory.Graviton => "graviton",
        SavingsCategory.Spot => "spot",
        SavingsCategory.Fargate => "fargate",
        SavingsCategory.Lambda => "lambda",
        SavingsCategory.Lightsail => "lightsail",
        SavingsCategory.Commitments => "commitments",
        _ => throw new ArgumentOutOfRangeException(nameof(category), category, "Unknown savings category."),
    };

    public static string ToLabel(this SavingsCategory category) => category switch
    {
        SavingsCategory.None => "None",
        SavingsCategory.Rightsizing => "Rightsizing",
        SavingsCategory.Scheduling => "Scheduling",
        SavingsCategory.Graviton => "Graviton",
        SavingsCategory.Spot => "Spot",
        SavingsCategory.Fargate => "Fargate",
        SavingsCategory.Lambda => "Lambda",
        SavingsCategory.Lightsail => "Lightsail",
        SavingsCategory.Commitments => "Commitments",
        _ => throw new ArgumentOutOfRangeException(nameof(category), category, "Unknown savings category."),
    };
}
