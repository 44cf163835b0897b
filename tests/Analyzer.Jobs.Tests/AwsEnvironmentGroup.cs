namespace Analyzer.Jobs.Tests;

/// <summary>Tests that set AWS_* environment variables run one at a time.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class AwsEnvironmentGroup
{
    public const string Name = "aws-environment";
}
