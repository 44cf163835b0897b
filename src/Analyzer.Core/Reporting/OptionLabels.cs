using Analyzer.Core.Options;

namespace Analyzer.Core.Reporting;

/// <summary>The words people read for the engine's option families and levels ("EC2 rightsized", "Very low").</summary>
public static class OptionLabels
{
    public static string ToLabel(this OptionFamily family) => family switch
    {
        OptionFamily.Current => "Current",
        OptionFamily.Stop => "Stop",
        OptionFamily.Schedule => "Schedule",
        OptionFamily.Ec2Rightsized => "EC2 rightsized",
        OptionFamily.Graviton => "Graviton",
        OptionFamily.Ec2Spot => "EC2 Spot",
        OptionFamily.Fargate => "Fargate",
        OptionFamily.FargateSpot => "Fargate Spot",
        OptionFamily.Lambda => "Lambda",
        OptionFamily.LambdaRightsized => "Lambda rightsized",
        OptionFamily.Lightsail => "Lightsail",
        OptionFamily.SavingsPlan => "Savings Plan",
        OptionFamily.ReservedInstance => "Reserved Instance",
        _ => throw new ArgumentOutOfRangeException(nameof(family), family, "Unknown option family."),
    };

    /// <summary>"very-low" -> "Very low", for a <see cref="Risk"/>, <see cref="Effort"/> or <see cref="Confidence"/>.</summary>
    public static string LevelLabel(string levelName)
    {
        ArgumentException.ThrowIfNullOrEmpty(levelName);
        var words = levelName.Replace('-', ' ');
        return char.ToUpperInvariant(words[0]) + words[1..];
    }
}
