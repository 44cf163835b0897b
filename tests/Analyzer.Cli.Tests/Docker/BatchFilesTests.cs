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
    public void Command_Always_ParsesAsArgumentsOfTheRunCommand(string file)
    {
        var document = Load(file);
        using var input = document.TryGetProperty("Target", out var target) ? JsonDocument.Parse(target.GetProperty("Input").GetString()!) : null;
        var command = input is null
            ? document.GetProperty("containerProperties").GetProperty("command")
            : input.RootElement.GetProperty("containerOverrides").GetProperty("command");
        using var output = new StringWriter();
        var context = new CliContext(output, output, TimeProvider.System, Path.GetTempPath(), () => new HttpClient());

        // The image's entrypoint is `analyzer run`: a job's command is run's arguments.
        var parse = AnalyzerApp.BuildRootCommand(context).Parse(["run", .. command.EnumerateArray().Select(a => a.GetString()!)]);

        Assert.Empty(parse.Errors.Select(e => e.Message));
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
