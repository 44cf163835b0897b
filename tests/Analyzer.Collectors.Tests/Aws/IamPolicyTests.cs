using System.Reflection;
using System.Text.Json;
using Analyzer.Collectors.Aws;
using Analyzer.Collectors.S3;

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
        // logs:StartQuery starts a Logs Insights query over logs the account already holds: IAM lists it under the
        // "Read" access level; it changes nothing (it is paid by the bytes it scans, see docs/collect.md).
        string[] readsByIam = ["logs:StartQuery"];
        var writes = PolicyActions().Except(readsByIam, StringComparer.Ordinal).Where(a => !a.Split(':')[1].StartsWith("Get", StringComparison.Ordinal)
            && !a.Split(':')[1].StartsWith("Describe", StringComparison.Ordinal)
            && !a.Split(':')[1].StartsWith("List", StringComparison.Ordinal));

        Assert.Empty(writes);
    }

    [Fact]
    public void JobRolePolicy_CollectionStatement_GrantsExactlyTheReadOnlyPolicy()
    {
        var collection = JobRoleStatements().Single(s => s.GetProperty("Sid").GetString() == "AnalyzerReadOnlyCollection");

        Assert.Equal(PolicyActions().Order(StringComparer.Ordinal), Actions(collection).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void JobRolePolicy_S3Actions_AreExactlyTheS3CallsAnalyzerMakes()
    {
        var granted = JobRoleStatements().SelectMany(Actions).Where(a => a.StartsWith("s3:", StringComparison.Ordinal)).Distinct(StringComparer.Ordinal);

        Assert.Equal(S3Operations.All.Select(o => o.IamAction).Order(StringComparer.Ordinal), granted.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void JobRolePolicy_S3Statements_ReachOnlyTheReportPrefixOfOneBucket()
    {
        var resources = JobRoleStatements().Where(s => Actions(s).Any(a => a.StartsWith("s3:", StringComparison.Ordinal)))
            .Select(s => s.GetProperty("Resource").GetString()!).ToList();

        // Objects under analyzer/ (reports and shards) and, for ListBucket, the bucket itself with an s3:prefix condition.
        Assert.All(resources, r => Assert.StartsWith("arn:aws:s3:::analyzer-reports-111111111111", r, StringComparison.Ordinal));
        Assert.All(resources.Where(r => r.Contains('/', StringComparison.Ordinal)), r => Assert.StartsWith("arn:aws:s3:::analyzer-reports-111111111111/analyzer/", r, StringComparison.Ordinal));
        Assert.Equal("analyzer/shards/*", JobRoleStatements().Single(s => Actions(s).Contains("s3:ListBucket"))
            .GetProperty("Condition").GetProperty("StringLike").GetProperty("s3:prefix")[0].GetString());
    }

    [Fact]
    public void JobRolePolicy_Writes_AreOnlyPutObject()
    {
        // logs:StartQuery is IAM's "Read" access level (a Logs Insights query over logs already held).
        var writes = JobRoleStatements().SelectMany(Actions).Where(a => a != "logs:StartQuery").Where(a => !a.Split(':')[1].StartsWith("Get", StringComparison.Ordinal)
            && !a.Split(':')[1].StartsWith("Describe", StringComparison.Ordinal)
            && !a.Split(':')[1].StartsWith("List", StringComparison.Ordinal));

        // sts:AssumeRole reads member accounts through their read-only role; PutObject is the one write.
        Assert.Equal(["s3:PutObject", "sts:AssumeRole"], writes.Order(StringComparer.Ordinal));
    }

    private static List<string> PolicyActions()
    {
        var path = Path.Combine(RepoRoot(), "docker", "iam-policy.json");
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return [.. document.RootElement.GetProperty("Statement").EnumerateArray()
            .Where(s => s.GetProperty("Effect").GetString() == "Allow")
            .SelectMany(s => s.GetProperty("Action").EnumerateArray().Select(a => a.GetString()!))];
    }

    private static List<JsonElement> JobRoleStatements()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoRoot(), "docker", "batch", "job-role-policy.json")));
        return [.. document.RootElement.GetProperty("Statement").EnumerateArray().Where(s => s.GetProperty("Effect").GetString() == "Allow").Select(s => s.Clone())];
    }

    private static IEnumerable<string> Actions(JsonElement statement) => statement.GetProperty("Action").EnumerateArray().Select(a => a.GetString()!);

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
