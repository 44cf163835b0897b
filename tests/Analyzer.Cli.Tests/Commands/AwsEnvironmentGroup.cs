namespace Analyzer.Cli.Tests.Commands;

/// <summary>Tests that set AWS_* environment variables: they run one at a time and apart from the others.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class AwsEnvironmentGroup
{
    public const string Name = "AWS environment";
}
