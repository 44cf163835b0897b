namespace Analyzer.Core.Reporting;

/// <summary>Stable text forms of <see cref="OptionKind"/> and <see cref="OptionFamily"/> used in exports and reports.</summary>
public static class OptionKindNames
{
    /// <summary>The snake_case name used in CSV and JSON ("as_is", "fargate_spot", ...).</summary>
    public static string ToName(this OptionKind kind) => kind switch
    {
        OptionKind.AsIs => "as_is",
        OptionKind.Rightsized => "rightsized",
        OptionKind.Graviton => "graviton",
        OptionKind.Spot => "spot",
        OptionKind.Fargate => "fargate",
        OptionKind.FargateSpot => "fargate_spot",
        OptionKind.Lambda => "lambda",
        OptionKind.SavingsPlan => "savings_plan",
        OptionKind.ReservedInstance => "reserved_instance",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown option kind."),
    };

    /// <summary>The label people read ("EC2 as-is", "Fargate Spot", ...).</summary>
    public static string ToLabel(this OptionKind kind) => kind switch
    {
        OptionKind.AsIs => "As-is",
        OptionKind.Rightsized => "Rightsized",
        OptionKind.Graviton => "Graviton",
        OptionKind.Spot => "Spot",
        OptionKind.Fargate => "Fargate",
        OptionKind.FargateSpot => "Fargate Spot",
        OptionKind.Lambda => "Lambda",
        OptionKind.SavingsPlan => "Savings Plan",
        OptionKind.ReservedInstance => "Reserved Instance",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown option kind."),
    };

    public static OptionFamily Family(this OptionKind kind) => kind switch
    {
        OptionKind.AsIs => OptionFamily.None,
        OptionKind.Rightsized => OptionFamily.Rightsizing,
        OptionKind.Graviton => OptionFamily.Graviton,
        OptionKind.Spot => OptionFamily.Spot,
        OptionKind.Fargate or OptionKind.FargateSpot => OptionFamily.Fargate,
        OptionKind.Lambda => OptionFamily.Lambda,
        OptionKind.SavingsPlan or OptionKind.ReservedInstance => OptionFamily.Commitments,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown option kind."),
    };

    public static OptionKind Parse(string name) => name switch
    {
        "as_is" => OptionKind.AsIs,
        "rightsized" => OptionKind.Rightsized,
        "graviton" => OptionKind.Graviton,
        "spot" => OptionKind.Spot,
        "fargate" => OptionKind.Fargate,
        "fargate_spot" => OptionKind.FargateSpot,
        "lambda" => OptionKind.Lambda,
        "savings_plan" => OptionKind.SavingsPlan,
        "reserved_instance" => OptionKind.ReservedInstance,
        _ => throw new FormatException($"'{name}' is not an option kind."),
    };

    public static string ToName(this OptionFamily family) => family switch
    {
        OptionFamily.None => "none",
        OptionFamily.Rightsizing => "rightsizing",
        OptionFamily.Graviton => "graviton",
        OptionFamily.Spot => "spot",
        OptionFamily.Fargate => "fargate",
        OptionFamily.Lambda => "lambda",
        OptionFamily.Commitments => "commitments",
        _ => throw new ArgumentOutOfRangeException(nameof(family), family, "Unknown option family."),
    };

    public static string ToLabel(this OptionFamily family) => family switch
    {
        OptionFamily.None => "None",
        OptionFamily.Rightsizing => "Rightsizing",
        OptionFamily.Graviton => "Graviton",
        OptionFamily.Spot => "Spot",
        OptionFamily.Fargate => "Fargate",
        OptionFamily.Lambda => "Lambda",
        OptionFamily.Commitments => "Commitments",
        _ => throw new ArgumentOutOfRangeException(nameof(family), family, "Unknown option family."),
    };
}
