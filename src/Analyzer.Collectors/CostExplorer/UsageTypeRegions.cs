namespace Analyzer.Collectors.CostExplorer;

/// <summary>
/// The region a usage type is billed in, from its prefix ("EUW1-BoxUsage:m5.large" is eu-west-1). Cost Explorer
/// allows only two GroupBy keys, so the region comes from the usage type instead of a third grouping that
/// would multiply the paid requests. Usage types without a prefix are us-east-1 or global.
/// </summary>
internal static class UsageTypeRegions
{
    private static readonly Dictionary<string, string> Prefixes = new(StringComparer.Ordinal)
    {
        ["USE1"] = "us-east-1", ["USE2"] = "us-east-2", ["USW1"] = "us-west-1", ["USW2"] = "us-west-2",
        ["CAN1"] = "ca-central-1", ["EUC1"] = "eu-central-1", ["EUC2"] = "eu-central-2", ["EUW1"] = "eu-west-1",
        ["EUW2"] = "eu-west-2", ["EUW3"] = "eu-west-3", ["EUN1"] = "eu-north-1", ["EUS1"] = "eu-south-1",
        ["EUS2"] = "eu-south-2", ["APN1"] = "ap-northeast-1", ["APN2"] = "ap-northeast-2", ["APN3"] = "ap-northeast-3",
        ["APS1"] = "ap-southeast-1", ["APS2"] = "ap-southeast-2", ["APS3"] = "ap-south-1", ["APS4"] = "ap-southeast-3",
        ["APS5"] = "ap-south-2", ["APE1"] = "ap-east-1", ["SAE1"] = "sa-east-1", ["MES1"] = "me-south-1",
        ["MEC1"] = "me-central-1", ["AFS1"] = "af-south-1", ["ILC1"] = "il-central-1", ["UGW1"] = "us-gov-west-1",
        ["UGE1"] = "us-gov-east-1",
    };

    public static string RegionOf(string usageType)
    {
        var dash = usageType.IndexOf('-', StringComparison.Ordinal);
        if (dash > 0 && Prefixes.TryGetValue(usageType[..dash], out var region))
        {
            return region;
        }

        // Unprefixed EC2 usage types (BoxUsage:m5.large) are us-east-1; the rest are not regional.
        return usageType.Contains("Usage", StringComparison.Ordinal) && dash < 0 ? "us-east-1" : "global";
    }
}
