namespace Analyzer.Cli.Tests.Reliability;

/// <summary>The child-process reliability tests: one at a time (each runs several `analyzer` processes and a browser).</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ReliabilityGroup
{
    public const string Name = "Reliability";
}
