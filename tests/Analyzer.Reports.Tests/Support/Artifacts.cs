using System.Collections.Concurrent;

namespace Analyzer.Reports.Tests.Support;

/// <summary>Files the tests keep for a human to look at (screenshots, PDFs), under the test output directory.</summary>
internal static class Artifacts
{
    // Scratch folders of reports written by the tests, deleted when the test run ends (they are not kept to look at).
    private static readonly ConcurrentBag<string> Scratch = CleanedAtExit();

    public static string Directory { get; } = System.IO.Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "report-artifacts")).FullName;

    public static string PathFor(string name) => Path.Combine(Directory, name);

    public static string NewTempDirectory()
    {
        var directory = System.IO.Directory.CreateTempSubdirectory("analyzer-report-test-").FullName;
        Scratch.Add(directory);
        return directory;
    }

    private static ConcurrentBag<string> CleanedAtExit()
    {
        var scratch = new ConcurrentBag<string>();
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            foreach (var directory in scratch)
            {
                try
                {
                    System.IO.Directory.Delete(directory, recursive: true);
                }
                catch (IOException)
                {
                    // Still open (a browser a test leaked): the OS temp cleaner gets it later.
                }
            }
        };
        return scratch;
    }
}
