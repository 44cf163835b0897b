using System.Text.Json;
using Analyzer.Testing;
using Analyzer.Testing.Botocore;

namespace Analyzer.Cli.Tests.Docker;

/// <summary>docker/batch/: the job definitions, job submissions and schedules, checked against the real API shapes (botocore).</summary>
public sealed class BatchFilesTests
{
    [Theory]
    [InlineData("job-definition-fargate.json", "batch", "RegisterJobDefinitionRequest")]
    [InlineData("job-definition-ec2-spot.json", "batch", "RegisterJobDefinitionRequest")]
    [InlineData("schedule-monthly.json", "scheduler", "CreateScheduleInput")]
    [InlineData("schedule-daily.json", "scheduler", "CreateScheduleInput")]
    [InlineData("schedule-monthly-sharded.json", "scheduler", "CreateScheduleInput")]
    [InlineData("submit-shards.json", "batch", "SubmitJobRequest")]
    [InlineData("submit-merge.json", "batch", "SubmitJobRequest")]
    public void File_Always_MatchesTheApiShape(string file, string service, string shape)
    {
        Assert.Empty(BotocoreModel.Load(service).Validate(Load(file), shape));
    }

    [Theory]
    [InlineData("schedule-monthly.json")]
    [InlineData("schedule-daily.json")]
    public void Schedule_UniversalTargetInput_IsASubmitJobRequest(string file)
    {
        var target = Load(file).GetProperty("Target");
        using var input = JsonDocument.Parse(target.GetProperty("Input").GetString()!);

        Assert.Equal("arn:aws:scheduler:::aws-sdk:batch:submitJob", target.GetProperty("Arn").GetString());
        Assert.Empty(BotocoreModel.Load("batch").Validate(input.RootElement, "SubmitJobRequest"));
    }

    [Theory]
    [InlineData("job-definition-fargate.json")]
    [InlineData("job-definition-ec2-spot.json")]
    [InlineData("schedule-monthly.json")]
    [InlineData("schedule-daily.json")]
    [InlineData("submit-shards.json")]
    [InlineData("submit-merge.json")]
    public void Command_Always_ParsesAsArgumentsOfTheRunCommand(string file)
    {
        var (command, environment) = Command(Load(file));

        Assert.Empty(RunParseErrors(command, environment));
    }

    [Fact]
    public void ShardSubmission_WithoutTheArrayIndexBatchSets_IsRefused()
    {
        var (command, environment) = Command(Load("submit-shards.json"));
        environment.Remove("AWS_BATCH_JOB_ARRAY_INDEX");

        // The shard comes from the array child's AWS_BATCH_JOB_ARRAY_INDEX: without it the command names no shard.
        Assert.Contains(RunParseErrors(command, environment), e => e.Contains("--shards-uri needs --shard i/n or --merge", StringComparison.Ordinal));
    }

    [Fact]
    public void ShardSubmission_ArraySize_IsTheSizeItTellsTheShards()
    {
        var document = Load("submit-shards.json");
        var size = document.GetProperty("arrayProperties").GetProperty("size").GetInt32();
        var (_, environment) = Command(document);

        Assert.Equal(size.ToString(System.Globalization.CultureInfo.InvariantCulture), environment["AWS_BATCH_JOB_ARRAY_SIZE"]);
    }

    [Fact]
    public void ShardedSchedule_Target_StartsTheStateMachineWithItsInput()
    {
        var target = Load("schedule-monthly-sharded.json").GetProperty("Target");
        using var input = JsonDocument.Parse(target.GetProperty("Input").GetString()!);

        Assert.StartsWith("arn:aws:states:", target.GetProperty("Arn").GetString(), StringComparison.Ordinal);
        Assert.Equal(["formats", "lookbackDays", "shardCount"], input.RootElement.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
    }

    /// <summary>The parse errors of `analyzer run` with <paramref name="command"/> in a job whose environment is <paramref name="environment"/>.</summary>
    internal static IReadOnlyList<string> RunParseErrors(IEnumerable<string> command, IReadOnlyDictionary<string, string> environment)
    {
        using var output = new StringWriter();
        var context = new CliContext(output, output, TimeProvider.System, Path.GetTempPath(), () => new HttpClient()) { Variable = name => environment.GetValueOrDefault(name) };

        // The image's entrypoint is `analyzer run`: a job's command is run's arguments.
        return [.. AnalyzerApp.BuildRootCommand(context).Parse(["run", .. command]).Errors.Select(e => e.Message)];
    }

    /// <summary>
    /// A file's command and the environment its job runs with: the overrides' variables, and for an array job the
    /// AWS_BATCH_JOB_ARRAY_INDEX Batch gives each child.
    /// </summary>
    private static (List<string> Command, Dictionary<string, string> Environment) Command(JsonElement document)
    {
        using var input = document.TryGetProperty("Target", out var target) ? JsonDocument.Parse(target.GetProperty("Input").GetString()!) : null;
        var root = input?.RootElement ?? document;
        var container = root.TryGetProperty("containerOverrides", out var overrides) ? overrides : root.GetProperty("containerProperties");
        var environment = (container.TryGetProperty("environment", out var variables) ? variables.EnumerateArray() : Enumerable.Empty<JsonElement>())
            .ToDictionary(v => v.GetProperty("name").GetString()!, v => v.GetProperty("value").GetString()!, StringComparer.Ordinal);
        if (root.TryGetProperty("arrayProperties", out _))
        {
            environment["AWS_BATCH_JOB_ARRAY_INDEX"] = "0";
        }

        return ([.. container.GetProperty("command").EnumerateArray().Select(a => a.GetString()!)], environment);
    }

    [Fact]
    public void FargateSizes_AreACombinationFargateOffers()
    {
        var properties = Load("job-definition-fargate.json").GetProperty("containerProperties");
        var sizes = properties.GetProperty("resourceRequirements").EnumerateArray().ToDictionary(r => r.GetProperty("type").GetString()!, r => int.Parse(r.GetProperty("value").GetString()!, System.Globalization.CultureInfo.InvariantCulture));

        // Fargate's table: 1 vCPU takes 2-8 GiB, 2 vCPU 4-16 GiB, 4 vCPU 8-30 GiB, in 1 GiB steps.
        var (low, high) = sizes["VCPU"] switch { 1 => (2048, 8192), 2 => (4096, 16384), 4 => (8192, 30720), _ => (0, -1) };
        Assert.InRange(sizes["MEMORY"], low, high);
        Assert.Equal(0, sizes["MEMORY"] % 1024);
    }

    [Fact]
    public void JobDefinitions_RetrySpotReclaimAndCancellationButNotOtherFailures()
    {
        foreach (var file in new[] { "job-definition-fargate.json", "job-definition-ec2-spot.json" })
        {
            var rules = Load(file).GetProperty("retryStrategy").GetProperty("evaluateOnExit").EnumerateArray().ToList();

            // Exit 130 is a SIGTERM'd run (Spot reclaim): the retry resumes it. The last rule ends everything else.
            Assert.Contains(rules, r => r.TryGetProperty("onExitCode", out var code) && code.GetString() == "143" && r.GetProperty("action").GetString() == "RETRY");
            Assert.Equal(("*", "EXIT"), (rules[^1].GetProperty("onReason").GetString(), rules[^1].GetProperty("action").GetString()));
        }
    }

    private static JsonElement Load(string file)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(RepoRoot.Combine("docker", "batch", file)));
        return document.RootElement.Clone();
    }
}
