using System.CommandLine;
using System.Globalization;
using Analyzer.Collectors.S3;
using Analyzer.Core.Sharding;
using Analyzer.Jobs.Shards;

namespace Analyzer.Cli.Commands.Run;

/// <summary>
/// `run`'s options for an organisation larger than one job: <c>--shard i/n --shards-uri URI</c> collects one slice of
/// the accounts and writes it as Parquet; <c>--merge --shards-uri URI</c> builds the whole store from the shards and
/// reports. In an AWS Batch array job the slice comes from AWS_BATCH_JOB_ARRAY_INDEX and AWS_BATCH_JOB_ARRAY_SIZE.
/// </summary>
internal sealed class ShardOptions
{
    public const string IndexVariable = "AWS_BATCH_JOB_ARRAY_INDEX";
    public const string SizeVariable = "AWS_BATCH_JOB_ARRAY_SIZE";

    private readonly Option<string?> _shard = new("--shard") { Description = $"Collect only shard i of n (0 <= i < n): the accounts whose id modulo n is i, written as Parquet under --shards-uri. Default with --shards-uri: {IndexVariable}/{SizeVariable}." };
    private readonly Option<string?> _uri = new("--shards-uri") { Description = "Where a sharded run's shards meet: a local folder or s3://bucket/prefix (files under <period>/shard=<i>/)." };
    private readonly Option<bool> _merge = new("--merge") { Description = "Merge every shard under --shards-uri into the store, then analyze the whole fleet and report." };
    private readonly Option<string?> _period = new("--period") { Description = "The sharded run's period, YYYY-MM-DD: the UTC day its window ends at (default today). Every shard and the merge must name the same one." };

    public void AddTo(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        foreach (var option in new Option[] { _shard, _uri, _merge, _period })
        {
            command.Options.Add(option);
        }
    }

    /// <summary>What is wrong with the sharding options given, one message each.</summary>
    public IEnumerable<string> Errors(System.CommandLine.Parsing.CommandResult result, CliContext context, Option<string?> upload)
    {
        var uri = result.GetValue(_uri);
        var shard = result.GetValue(_shard);
        var merge = result.GetValue(_merge);
        if (uri is null)
        {
            if (shard is not null || merge || result.GetValue(_period) is not null)
            {
                yield return "--shard, --merge and --period need --shards-uri (a folder or s3://bucket/prefix).";
            }

            yield break;
        }

        if (Location(uri, context) is null)
        {
            yield return $"--shards-uri '{uri}' is neither a local folder nor an s3://bucket/prefix address.";
        }

        if (shard is not null && merge)
        {
            yield return "--shard and --merge are different jobs: run each shard, then the merge.";
        }

        if (shard is not null && ShardSlice.TryParse(shard) is null)
        {
            yield return $"--shard '{shard}' is not i/n with 0 <= i < n <= {ShardSlice.MaxCount}.";
        }

        if (shard is null && !merge && FromBatch(context) is null)
        {
            yield return $"--shards-uri needs --shard i/n or --merge (or {IndexVariable} and {SizeVariable} in the environment, as in an AWS Batch array job).";
        }

        if (!merge && result.GetValue(upload) is not null)
        {
            yield return "--upload is for the merge: a shard writes Parquet, not reports.";
        }

        if (result.GetValue(_period) is { } period && Period(period) is null)
        {
            yield return $"--period '{period}' is not a date (YYYY-MM-DD).";
        }
    }

    /// <summary>The sharded run asked for; null for an ordinary run.</summary>
    public ShardRun? Read(ParseResult parse, CliContext context, Uri? endpoint)
    {
        ArgumentNullException.ThrowIfNull(parse);
        ArgumentNullException.ThrowIfNull(context);
        if (parse.GetValue(_uri) is not { } text || Location(text, context) is not { } uri)
        {
            return null;
        }

        var period = parse.GetValue(_period) is { } given ? Period(given)!.Value : DateOnly.FromDateTime(context.Time.GetUtcNow().UtcDateTime);
        var run = new ShardRun(uri, period) { Endpoint = endpoint };
        return parse.GetValue(_merge)
            ? run with { ExpectedShards = ArraySize(context) }
            : run with { Slice = parse.GetValue(_shard) is { } shard ? ShardSlice.TryParse(shard) : FromBatch(context) };
    }

    private static ShardsUri? Location(string text, CliContext context)
    {
        if (S3ExportLocation.IsS3(text))
        {
            return S3ExportLocation.TryParse(text) is { } s3 ? ShardsUri.InS3(s3) : null;
        }

        return text.Length == 0 || text.Contains("://", StringComparison.Ordinal) ? null : ShardsUri.InFolder(context.ResolvePath(text));
    }

    private static DateOnly? Period(string text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;

    private static ShardSlice? FromBatch(CliContext context) =>
        int.TryParse(context.Variable(IndexVariable), NumberStyles.None, CultureInfo.InvariantCulture, out var index) && ArraySize(context) is { } size && index < size
            ? new ShardSlice(index, size)
            : null;

    private static int? ArraySize(CliContext context) =>
        int.TryParse(context.Variable(SizeVariable), NumberStyles.None, CultureInfo.InvariantCulture, out var size) && size is >= 1 and <= ShardSlice.MaxCount ? size : null;
}
