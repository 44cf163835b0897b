using Amazon.Runtime;

namespace Analyzer.Collectors.Aws;

/// <summary>What the SDK's own chains resolve when the user names nothing: the region (AWS_REGION, profile, IMDS).</summary>
public static class AwsAmbient
{
    /// <summary>The region the SDK's default chain finds, or null when none is configured.</summary>
    public static string? DefaultRegion()
    {
        try
        {
            return FallbackRegionFactory.GetRegionEndpoint()?.SystemName;
        }
        catch (AmazonClientException)
        {
            return null;
        }
    }
}
