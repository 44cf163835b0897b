using Analyzer.Cli.Tests.Docker;

namespace Analyzer.Cli.Tests.Commands.Shards;

/// <summary>`run`'s sharding options: what they refuse before any work, and the shard AWS Batch's array index gives.</summary>
public sealed class ShardOptionsTests
{
    private static readonly Dictionary<string, string> NoEnvironment = new(StringComparer.Ordinal);

    [Theory]
    [InlineData("--shard 0/3", "--shard, --merge and --period need --shards-uri")]
    [InlineData("--merge", "--shard, --merge and --period need --shards-uri")]
    [InlineData("--period 2026-12-02", "--shard, --merge and --period need --shards-uri")]
    [InlineData("--shards-uri out --shard 3/3", "--shard '3/3' is not i/n with 0 <= i < n <= 10000.")]
    [InlineData("--shards-uri out --shard 0/3 --merge", "--shard and --merge are different jobs")]
    [InlineData("--shards-uri out", "--shards-uri needs --shard i/n or --merge")]
    [InlineData("--shards-uri out --shard 0/3 --upload s3://bucket/reports", "--upload is for the merge")]
    [InlineData("--shards-uri out --merge --period 2026-02-30", "--period '2026-02-30' is not a date (YYYY-MM-DD).")]
    [InlineData("--shards-uri https://example.com/x --merge", "--shards-uri 'https://example.com/x' is neither a local folder nor an s3://bucket/prefix address.")]
    [InlineData("--shards-uri s3://A_B/x --merge", "--shards-uri 's3://A_B/x' is neither a local folder nor an s3://bucket/prefix address.")]
    public void Run_InconsistentShardingOptions_AreRefusedBeforeAnyWork(string arguments, string expected)
    {
        var errors = BatchFilesTests.RunParseErrors(arguments.Split(' '), NoEnvironment);

        Assert.Contains(errors, e => e.Contains(expected, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("--shards-uri out --shard 2/3")]
    [InlineData("--shards-uri s3://bucket/analyzer/shards --merge --period 2026-12-02 --upload s3://bucket/analyzer/reports")]
    [InlineData("--shards-uri out --merge")]
    public void Run_ConsistentShardingOptions_Parse(string arguments)
    {
        Assert.Empty(BatchFilesTests.RunParseErrors(arguments.Split(' '), NoEnvironment));
    }

    [Theory]
    [InlineData("2", "3", true)]
    [InlineData("3", "3", false)]
    [InlineData("0", null, false)]
    [InlineData("x", "3", false)]
    public void Run_ShardsUriAlone_TakesItsShardFromTheArrayJobsEnvironment(string index, string? size, bool valid)
    {
        var environment = new Dictionary<string, string>(StringComparer.Ordinal) { ["AWS_BATCH_JOB_ARRAY_INDEX"] = index };
        if (size is not null)
        {
            environment["AWS_BATCH_JOB_ARRAY_SIZE"] = size;
        }

        var errors = BatchFilesTests.RunParseErrors(["--shards-uri", "out"], environment);

        Assert.Equal(valid, errors.Count == 0);
    }
}
