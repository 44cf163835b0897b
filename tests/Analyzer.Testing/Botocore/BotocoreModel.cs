using System.Collections.Concurrent;
using System.IO.Compression;
using System.Text.Json;
using Analyzer.Testing.Processes;

namespace Analyzer.Testing.Botocore;

/// <summary>
/// An AWS service's API model as botocore ships it (the python3 the moto tests use carries botocore), to check
/// request documents we ship (Batch job definitions, SubmitJob and CreateSchedule inputs, CloudFormation properties)
/// against the real API shapes offline.
/// </summary>
public sealed class BotocoreModel
{
    private static readonly Lazy<string> DataDirectory = new(FindDataDirectory);
    private static readonly ConcurrentDictionary<string, BotocoreModel> Loaded = new(StringComparer.Ordinal);
    private static readonly HashSet<string> Empty = [];
    private readonly JsonElement _shapes;

    private BotocoreModel(JsonElement shapes) => _shapes = shapes;

    /// <summary>The newest model of <paramref name="service"/> (botocore's folder name: "batch", "scheduler").</summary>
    public static BotocoreModel Load(string service) => Loaded.GetOrAdd(service, name =>
    {
        var folder = Directory.GetDirectories(Path.Combine(DataDirectory.Value, name)).Order(StringComparer.Ordinal).Last();
        using var file = File.OpenRead(Path.Combine(folder, "service-2.json.gz"));
        using var unzipped = new GZipStream(file, CompressionMode.Decompress);
        using var document = JsonDocument.Parse(unzipped);
        return new BotocoreModel(document.RootElement.GetProperty("shapes").Clone());
    });

    /// <summary>
    /// What is wrong with <paramref name="value"/> as a <paramref name="shape"/>: unknown members, missing required
    /// members, values of the wrong type or outside an enum. Empty when it conforms.
    /// </summary>
    /// <param name="cloudFormation">
    /// CloudFormation spelling: member names match case-insensitively (CloudFormation capitalises them), intrinsic
    /// functions stand for any value, and required members are not checked (CloudFormation fills some itself).
    /// </param>
    /// <param name="extraMembers">Top-level names CloudFormation adds to the API's (e.g. ReplaceComputeEnvironment).</param>
    public IReadOnlyList<string> Validate(JsonElement value, string shape, bool cloudFormation = false, IReadOnlySet<string>? extraMembers = null)
    {
        var problems = new List<string>();
        Check(value, shape, "$", cloudFormation, extraMembers ?? new HashSet<string>(), problems);
        return problems;
    }

    private void Check(JsonElement value, string shapeName, string path, bool cfn, IReadOnlySet<string> extra, List<string> problems)
    {
        if (cfn && IsIntrinsic(value))
        {
            return;
        }

        var shape = _shapes.GetProperty(shapeName);
        switch (shape.GetProperty("type").GetString())
        {
            case "structure":
                CheckStructure(value, shape, path, cfn, extra, problems);
                break;
            case "list" when value.ValueKind == JsonValueKind.Array:
                var index = 0;
                foreach (var item in value.EnumerateArray())
                {
                    Check(item, shape.GetProperty("member").GetProperty("shape").GetString()!, $"{path}[{index++}]", cfn, Empty, problems);
                }

                break;
            case "map" when value.ValueKind == JsonValueKind.Object:
                foreach (var entry in value.EnumerateObject())
                {
                    Check(entry.Value, shape.GetProperty("value").GetProperty("shape").GetString()!, $"{path}.{entry.Name}", cfn, Empty, problems);
                }

                break;
            case "string" when value.ValueKind == JsonValueKind.String:
                if (shape.TryGetProperty("enum", out var allowed) && !allowed.EnumerateArray().Any(a => a.GetString() == value.GetString()))
                {
                    problems.Add($"{path}: '{value.GetString()}' is not one of {string.Join(", ", allowed.EnumerateArray().Select(a => a.GetString()))}");
                }

                break;
            case "integer" or "long" when value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out _):
            case "double" or "float" when value.ValueKind == JsonValueKind.Number:
            case "boolean" when value.ValueKind is JsonValueKind.True or JsonValueKind.False:
            case "timestamp" when value.ValueKind == JsonValueKind.String:
                break;
            case var type:
                problems.Add($"{path}: a {value.ValueKind} where the API takes a {type} ({shapeName})");
                break;
        }
    }

    private void CheckStructure(JsonElement value, JsonElement shape, string path, bool cfn, IReadOnlySet<string> extra, List<string> problems)
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            problems.Add($"{path}: a {value.ValueKind} where the API takes an object");
            return;
        }

        var members = shape.GetProperty("members").EnumerateObject().ToDictionary(m => m.Name, m => m.Value.GetProperty("shape").GetString()!, cfn ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);
        foreach (var property in value.EnumerateObject())
        {
            if (members.TryGetValue(property.Name, out var memberShape))
            {
                Check(property.Value, memberShape, $"{path}.{property.Name}", cfn, Empty, problems);
            }
            else if (!extra.Contains(property.Name))
            {
                problems.Add($"{path}.{property.Name}: not a member (members: {string.Join(", ", members.Keys)})");
            }
        }

        if (!cfn && shape.TryGetProperty("required", out var required))
        {
            foreach (var name in required.EnumerateArray().Select(r => r.GetString()!).Where(r => !value.TryGetProperty(r, out _)))
            {
                problems.Add($"{path}: missing required member {name}");
            }
        }
    }

    private static bool IsIntrinsic(JsonElement value) =>
        value.ValueKind == JsonValueKind.Object
        && value.EnumerateObject().ToList() is [var only]
        && (only.Name == "Ref" || only.Name.StartsWith("Fn::", StringComparison.Ordinal));

    private static string FindDataDirectory()
    {
        var found = ChildProcess.RunAsync("python3", ["-c", "import botocore, os; print(os.path.join(os.path.dirname(botocore.__file__), 'data'))"])
            .GetAwaiter().GetResult();
        return found.ExitCode == 0
            ? found.Output.Trim()
            : throw new InvalidOperationException($"python3 with botocore is needed (it comes with moto): {found.Error}");
    }
}
