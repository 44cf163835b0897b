using Analyzer.Collectors.Aws;
using Analyzer.Core.Collection;

namespace Analyzer.Collectors.ComputeOptimizer;

/// <summary>
/// Reads all four Compute Optimizer recommendation types for one account and region. Each operation fails on its
/// own (a role may be granted EC2 recommendations but not Lambda's): its failure names its run source and the IAM
/// action, and the others are still read. Enrolment is per account and region, so the first
/// OptInRequiredException ends the reading: one "not enrolled" for the scope, not one per type, and no calls
/// that would only say the same.
/// </summary>
public sealed class ComputeOptimizerRegion
{
    public const string Ec2Source = "compute-optimizer";
    public const string AsgSource = "compute-optimizer-asg";
    public const string LambdaSource = "compute-optimizer-lambda";
    public const string EcsSource = "compute-optimizer-ecs";

    private readonly ComputeOptimizerCollector _collector;

    public ComputeOptimizerRegion(AwsClientOptions options) => _collector = new ComputeOptimizerCollector(options);

    public async Task<ComputeOptimizerRegionResult> CollectAsync(string accountId, string region, CancellationToken cancellationToken)
    {
        var failures = new List<(string Source, CollectorException Error)>();
        var notEnrolled = false;

        async Task<IReadOnlyList<T>?> ReadAsync<T>(string source, Func<string, string, CancellationToken, Task<IReadOnlyList<T>?>> read)
        {
            if (notEnrolled)
            {
                return null;
            }

            try
            {
                var found = await read(accountId, region, cancellationToken).ConfigureAwait(false);
                notEnrolled = found is null;
                return found;
            }
            catch (CollectorException ex)
            {
                failures.Add((source, ex));
                return null;
            }
        }

        var ec2 = await ReadAsync(Ec2Source, _collector.CollectAsync).ConfigureAwait(false);
        var groups = await ReadAsync(AsgSource, _collector.CollectAutoScalingGroupsAsync).ConfigureAwait(false);
        var functions = await ReadAsync(LambdaSource, _collector.CollectLambdaFunctionsAsync).ConfigureAwait(false);
        var services = await ReadAsync(EcsSource, _collector.CollectEcsServicesAsync).ConfigureAwait(false);
        return new ComputeOptimizerRegionResult(new ComputeOptimizerFindings(ec2, groups, functions, services), notEnrolled, failures);
    }
}
