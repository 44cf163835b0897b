namespace Analyzer.Scheduling.Tests.Support;

/// <summary>The scheduler's tests set AWS_* environment variables for the fake endpoint: they run one at a time.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class AwsEnvironmentGroup
{
    public const string Name = "aws-environment";
}
