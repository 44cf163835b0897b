using System.Reflection;
using System.Text.Json;
using Analyzer.Collectors.Aws;

namespace Analyzer.Collectors.Tests.Aws;

public sealed class IamPolicyTests
{
    [Fact]
    public void Policy_ForEveryOperationTheClientsCall_GrantsItsAction()
    {
        var granted = PolicyActions();

        var missing = AwsOperations.All.Select(o => o.IamAction).Except(granted, StringComparer.Ordinal);

        Assert.Empty(missing);
    }

    [Fact]
    public void Policy_GrantsNoActionTheClientsDoNotCall()
    {
        var called = AwsOperations.All.Select(o => o.IamAction);

        var extra = PolicyActions().Except(called, StringComparer.Ordinal);

        Assert.Empty(extra);
    }

    [Fact]
    public void Operations_DeclaredAsFields_AreAllInTheRegistry()
    {
        // A new operation field that is left out of All would escape the policy check above.
        var declared = typeof(AwsOperations).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(AwsOperation))
            .Select(f => (AwsOperation)f.GetValue(null)!);

        Assert.Equal(declared.Select(o => o.IamAction).Order(StringComparer.Ordinal), AwsOperations.All.Select(o => o.IamAction).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Policy_GrantsOnlyReadActions()
    {
        var writes = PolicyActions().Where(a => !a.Split(':')[1].StartsWith("Get", StringComparison.Ordinal)
            && !a.Split(':')[1].StartsWith("Describe", StringComparison.Ordinal)
            && !a.Split(':')[1].StartsWith("List", StringComparison.Ordinal));

        Assert.Empty(writes);
    }

    private static List<string> PolicyActions()
    {
        var path = Path.Combine(RepoRoot(), "docker", "iam-policy.json");
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return [.. document.RootElement.GetProperty("Statement").EnumerateArray()
            .Where(s => s.GetProperty("Effect").GetString() == "Allow")
            .SelectMany(s => s.GetProperty("Action").EnumerateArray().Select(a => a.GetString()!))];
    }

    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Analyzer.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Analyzer.sln not found above the test binaries.");
    }
}
