namespace Analyzer.Testing;

/// <summary>The repository's root folder (the one holding Analyzer.sln), found above the test binaries.</summary>
public static class RepoRoot
{
    public static string Path { get; } = Find();

    /// <summary>A path under the root, from its parts (<c>RepoRoot.Combine("docker", "build.sh")</c>).</summary>
    public static string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Analyzer.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Analyzer.sln not found above the test binaries.");
    }
}
