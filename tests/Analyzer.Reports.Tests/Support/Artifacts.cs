namespace Analyzer.Reports.Tests.Support;

/// <summary>Files the tests keep for a human to look at (screenshots, PDFs), under the test output directory.</summary>
internal static class Artifacts
{
    public static string Directory { get; } = System.IO.Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "report-artifacts")).FullName;

    public static string PathFor(string name) => Path.Combine(Directory, name);

    public static string NewTempDirectory() => System.IO.Directory.CreateTempSubdirectory("analyzer-report-test-").FullName;
}
