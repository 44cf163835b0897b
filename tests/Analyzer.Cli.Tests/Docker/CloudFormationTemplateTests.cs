using System.Text.Json;
using System.Text.RegularExpressions;
using Analyzer.Testing;
using Analyzer.Testing.Botocore;

namespace Analyzer.Cli.Tests.Docker;

/// <summary>
/// docker/cloudformation.json, checked structurally (cfn-lint is not available offline): every reference resolves,
/// every resource type is one we mean, Batch and Scheduler properties match the real API shapes (botocore), and the
/// job role grants what docker/batch/job-role-policy.json grants.
/// </summary>
public sealed partial class CloudFormationTemplateTests
{
    private static readonly HashSet<string> PseudoParameters = ["AWS::AccountId", "AWS::Partition", "AWS::Region", "AWS::StackName", "AWS::StackId", "AWS::URLSuffix", "AWS::NoValue"];

    /// <summary>The resource types the template may use, with the attributes Fn::GetAtt may read from each.</summary>
    private static readonly Dictionary<string, string[]> KnownTypes = new(StringComparer.Ordinal)
    {
        ["AWS::Logs::LogGroup"] = ["Arn"],
        ["AWS::IAM::Role"] = ["Arn", "RoleId"],
        ["AWS::IAM::InstanceProfile"] = ["Arn"],
        ["AWS::Batch::ComputeEnvironment"] = ["ComputeEnvironmentArn"],
        ["AWS::Batch::JobQueue"] = ["JobQueueArn"],
        ["AWS::Batch::JobDefinition"] = [],
        ["AWS::StepFunctions::StateMachine"] = ["Arn", "Name"],
        ["AWS::Scheduler::Schedule"] = ["Arn"],
    };

    private static readonly JsonElement Template = Load("docker", "cloudformation.json");

    [Fact]
    public void Template_EveryRefGetAttAndSubVariable_Resolves()
    {
        var names = Names();
        var unresolved = new List<string>();
        Walk(Template.GetProperty("Resources"), "Resources", (path, node) =>
        {
            foreach (var (target, attribute) in References(node))
            {
                if (attribute is null ? !names.Contains(target) : !Resources().TryGetValue(target, out var type) || !KnownTypes[type].Contains(attribute))
                {
                    unresolved.Add($"{path}: {target}{(attribute is null ? string.Empty : "." + attribute)}");
                }
            }
        });

        Assert.Empty(unresolved);
    }

    [Fact]
    public void Template_ResourceTypes_AreAllKnown()
    {
        Assert.DoesNotContain(Resources().Values, t => !KnownTypes.ContainsKey(t));
    }

    [Fact]
    public void Template_BatchAndSchedulerProperties_MatchTheApiShapes()
    {
        var shapes = new Dictionary<string, (string Service, string Shape)>(StringComparer.Ordinal)
        {
            ["AWS::Batch::ComputeEnvironment"] = ("batch", "CreateComputeEnvironmentRequest"),
            ["AWS::Batch::JobQueue"] = ("batch", "CreateJobQueueRequest"),
            ["AWS::Batch::JobDefinition"] = ("batch", "RegisterJobDefinitionRequest"),
            ["AWS::Scheduler::Schedule"] = ("scheduler", "CreateScheduleInput"),
        };

        var problems = Template.GetProperty("Resources").EnumerateObject()
            .Where(r => shapes.ContainsKey(r.Value.GetProperty("Type").GetString()!))
            .SelectMany(r =>
            {
                var (service, shape) = shapes[r.Value.GetProperty("Type").GetString()!];
                return BotocoreModel.Load(service).Validate(r.Value.GetProperty("Properties"), shape, cloudFormation: true).Select(p => $"{r.Name}{p[1..]}");
            });

        Assert.Empty(problems);
    }

    [Fact]
    public void Template_JobRole_GrantsWhatTheJobRolePolicyFileGrants()
    {
        var file = Load("docker", "batch", "job-role-policy.json").GetProperty("Statement").EnumerateArray()
            .ToDictionary(s => s.GetProperty("Sid").GetString()!, s => string.Join(',', s.GetProperty("Action").EnumerateArray().Select(a => a.GetString())));
        var role = Template.GetProperty("Resources").GetProperty("JobRole").GetProperty("Properties").GetProperty("Policies")[0]
            .GetProperty("PolicyDocument").GetProperty("Statement").EnumerateArray()
            .ToDictionary(s => s.GetProperty("Sid").GetString()!, s => string.Join(',', s.GetProperty("Action").EnumerateArray().Select(a => a.GetString())));

        Assert.Equal(file.OrderBy(p => p.Key, StringComparer.Ordinal), role.OrderBy(p => p.Key, StringComparer.Ordinal));
    }

    [Fact]
    public void Template_JobDefinitions_AskForTheResourcesOfTheJobDefinitionFiles()
    {
        static string Sizes(JsonElement requirements, string type, string value) =>
            string.Join(',', requirements.EnumerateArray().Select(r => $"{r.GetProperty(type).GetString()}={r.GetProperty(value).GetString()}"));
        var resources = Template.GetProperty("Resources");

        Assert.Equal(
            (Sizes(Load("docker", "batch", "job-definition-fargate.json").GetProperty("containerProperties").GetProperty("resourceRequirements"), "type", "value"),
             Sizes(Load("docker", "batch", "job-definition-ec2-spot.json").GetProperty("containerProperties").GetProperty("resourceRequirements"), "type", "value")),
            (Sizes(resources.GetProperty("FargateJobDefinition").GetProperty("Properties").GetProperty("ContainerProperties").GetProperty("ResourceRequirements"), "Type", "Value"),
             Sizes(resources.GetProperty("Ec2JobDefinition").GetProperty("Properties").GetProperty("ContainerProperties").GetProperty("ResourceRequirements"), "Type", "Value")));
    }

    [Fact]
    public void StateMachine_MergeRunsAfterTheShardsEvenWhenOneFailed()
    {
        var definition = Template.GetProperty("Resources").GetProperty("RunStateMachine").GetProperty("Properties").GetProperty("Definition");
        var states = definition.GetProperty("States");
        var first = states.GetProperty(definition.GetProperty("StartAt").GetString()!);
        var shards = states.GetProperty(first.GetProperty("Next").GetString()!);

        // A merge after a failed shard names the missing shard (exit 12) in its log.
        Assert.Equal(
            ("$.shardCount", "Merge", "Merge", true),
            (shards.GetProperty("Parameters").GetProperty("ArrayProperties").GetProperty("Size.$").GetString(),
             shards.GetProperty("Next").GetString(),
             shards.GetProperty("Catch")[0].GetProperty("Next").GetString(),
             states.GetProperty("Merge").GetProperty("End").GetBoolean()));
    }

    [Fact]
    public void ShardCount_Range_IsTheArraySizeAwsBatchAccepts()
    {
        var count = Template.GetProperty("Parameters").GetProperty("ShardCount");

        // SubmitJob's arrayProperties.size: 2 to 10,000 (ShardSlice.MaxCount is the same 10,000).
        Assert.Equal((2, 10_000), (count.GetProperty("MinValue").GetInt32(), count.GetProperty("MaxValue").GetInt32()));
        Assert.Equal(Analyzer.Core.Sharding.ShardSlice.MaxCount, count.GetProperty("MaxValue").GetInt32());
    }

    [Fact]
    public void StateMachine_FirstState_PinsThePeriodToTheExecutionsStartDate()
    {
        var definition = Template.GetProperty("Resources").GetProperty("RunStateMachine").GetProperty("Properties").GetProperty("Definition");
        var first = definition.GetProperty("States").GetProperty(definition.GetProperty("StartAt").GetString()!);

        Assert.Equal(
            ("Pass", "States.ArrayGetItem(States.StringSplit($$.Execution.StartTime, 'T'), 0)"),
            (first.GetProperty("Type").GetString(), first.GetProperty("Parameters").GetProperty("period.$").GetString()));
    }

    [Fact]
    public void StateMachine_EveryInputFieldATaskReads_IsPassedOnByTheFirstState()
    {
        var definition = Template.GetProperty("Resources").GetProperty("RunStateMachine").GetProperty("Properties").GetProperty("Definition");
        var states = definition.GetProperty("States");
        var passed = states.GetProperty(definition.GetProperty("StartAt").GetString()!).GetProperty("Parameters").EnumerateObject()
            .Select(p => p.Name.TrimEnd('$').TrimEnd('.')).ToHashSet(StringComparer.Ordinal);

        var read = InputPath().Matches(states.GetProperty("Shards").GetProperty("Parameters").GetRawText() + states.GetProperty("Merge").GetProperty("Parameters").GetRawText())
            .Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);

        Assert.Subset(passed, read);
    }

    [Theory]
    [InlineData("Shards", "3")]
    [InlineData("Merge", null)]
    public void StateMachine_TaskCommand_ParsesAsArgumentsOfTheRunCommand(string state, string? arrayIndex)
    {
        var parameters = Template.GetProperty("Resources").GetProperty("RunStateMachine").GetProperty("Properties").GetProperty("Definition")
            .GetProperty("States").GetProperty(state).GetProperty("Parameters");
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["${ShardsUri}"] = "s3://analyzer-reports/analyzer/shards",
            ["${ReportsUri}"] = "s3://analyzer-reports/analyzer/reports",
            ["$.period"] = "2026-12-02",
            ["$.lookbackDays"] = "30",
            ["$.formats"] = "html,pdf,csv,json",
        };
        var command = ArrayArgument().Matches(parameters.GetProperty("ContainerOverrides").GetProperty("Command.$").GetString()!)
            .Select(m => m.Groups[1].Success ? values.GetValueOrDefault(m.Groups[1].Value, m.Groups[1].Value) : values[m.Groups[2].Value])
            .ToList();
        var environment = new Dictionary<string, string>(StringComparer.Ordinal) { ["AWS_BATCH_JOB_ARRAY_SIZE"] = "10" };
        if (arrayIndex is not null)
        {
            environment["AWS_BATCH_JOB_ARRAY_INDEX"] = arrayIndex;
        }

        Assert.Empty(BatchFilesTests.RunParseErrors(command, environment));
        Assert.Contains(state == "Merge" ? "--merge" : "--shards-uri", command);
    }

    [Fact]
    public void StateMachine_EverySubstitutionItUses_IsDefinedAndEveryDefinedOneIsUsed()
    {
        var properties = Template.GetProperty("Resources").GetProperty("RunStateMachine").GetProperty("Properties");
        var used = SubVariable().Matches(properties.GetProperty("Definition").GetRawText()).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
        var defined = properties.GetProperty("DefinitionSubstitutions").EnumerateObject().Select(p => p.Name).ToHashSet(StringComparer.Ordinal);

        Assert.Equal(defined.Order(StringComparer.Ordinal), used.Order(StringComparer.Ordinal));
    }

    private static HashSet<string> Names() =>
    [
        .. Template.GetProperty("Parameters").EnumerateObject().Select(p => p.Name),
        .. Template.GetProperty("Resources").EnumerateObject().Select(p => p.Name),
        .. PseudoParameters,
    ];

    private static Dictionary<string, string> Resources() =>
        Template.GetProperty("Resources").EnumerateObject().ToDictionary(r => r.Name, r => r.Value.GetProperty("Type").GetString()!, StringComparer.Ordinal);

    /// <summary>What one node refers to: Ref, Fn::GetAtt, and the ${Name} or ${Name.Attribute} variables of Fn::Sub.</summary>
    private static IEnumerable<(string Target, string? Attribute)> References(JsonElement node)
    {
        if (node.ValueKind != JsonValueKind.Object)
        {
            yield break;
        }

        if (node.TryGetProperty("Ref", out var reference))
        {
            yield return (reference.GetString()!, null);
        }

        if (node.TryGetProperty("Fn::GetAtt", out var getAtt))
        {
            yield return (getAtt[0].GetString()!, getAtt[1].GetString()!);
        }

        if (node.TryGetProperty("Fn::Sub", out var sub) && sub.ValueKind == JsonValueKind.String)
        {
            foreach (Match match in SubVariable().Matches(sub.GetString()!))
            {
                var parts = match.Groups[1].Value.Split('.', 2);
                yield return (parts[0], parts.Length == 2 ? parts[1] : null);
            }
        }
    }

    /// <summary>Every object and array in <paramref name="node"/>, except the state machine's Definition (its ${} are DefinitionSubstitutions).</summary>
    private static void Walk(JsonElement node, string path, Action<string, JsonElement> visit)
    {
        visit(path, node);
        if (node.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in node.EnumerateObject().Where(p => p.Name != "Definition"))
            {
                Walk(property.Value, $"{path}.{property.Name}", visit);
            }
        }
        else if (node.ValueKind == JsonValueKind.Array)
        {
            var index = 0;
            foreach (var item in node.EnumerateArray())
            {
                Walk(item, $"{path}[{index++}]", visit);
            }
        }
    }

    private static JsonElement Load(params string[] path)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(RepoRoot.Combine(path)));
        return document.RootElement.Clone();
    }

    /// <summary>The execution input fields a state reads: "$.period" (not "$$." context paths).</summary>
    [GeneratedRegex(@"(?<!\$)\$\.([A-Za-z]+)")]
    private static partial Regex InputPath();

    /// <summary>One argument of States.Array(...): a quoted literal ('--merge', '${ShardsUri}') or an input path ($.period).</summary>
    [GeneratedRegex(@"'([^']*)'|(\$\.[A-Za-z]+)")]
    private static partial Regex ArrayArgument();

    /// <summary>${Name} but not ${!Literal}.</summary>
    [GeneratedRegex(@"\$\{(?!!)([A-Za-z0-9:._]+)\}")]
    private static partial Regex SubVariable();
}
