using Analyzer.Collectors;
using Analyzer.Collectors.Aws;
using Analyzer.Collectors.Ec2;
using Analyzer.Core;

namespace Analyzer.Jobs.Collect;

/// <summary>
/// Which regions `analyzer collect` reads: those given with --region, else those in the configuration file, else
/// every region enabled for the current credentials' account (EC2 DescribeRegions, asked of the current region).
/// The current region comes first, as the one the account-wide calls go to. When the regions cannot be listed
/// (e.g. the role lacks ec2:DescribeRegions) the run says so and collects the current region alone.
/// </summary>
internal static class CollectRegions
{
    public static async Task<IReadOnlyList<string>> ResolveAsync(
        IReadOnlyList<string> given, CollectConfig file, AwsClientOptions ambient, TextWriter warnings, CancellationToken cancellationToken)
    {
        if (given.Count > 0)
        {
            return [.. given.Distinct(StringComparer.Ordinal)];
        }

        if (file.Regions.Count > 0)
        {
            return [.. file.Regions.Distinct(StringComparer.Ordinal)];
        }

        var current = AwsAmbient.DefaultRegion()
            ?? throw new ConfigurationException("--region", "no region given and none configured (set AWS_REGION, a profile region, or pass --region)");
        try
        {
            var enabled = await new Ec2RegionCollector(ambient).CollectAsync(current, cancellationToken).ConfigureAwait(false);
            return [current, .. enabled.Where(r => r != current)];
        }
        catch (CollectorException ex)
        {
            await warnings.WriteLineAsync($"warning: cannot list the account's enabled regions, collecting {current} only: {ex.Message}").ConfigureAwait(false);
            return [current];
        }
    }
}
