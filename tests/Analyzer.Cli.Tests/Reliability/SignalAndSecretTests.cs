using System.Text;
using Analyzer.Testing.FakeAws;

namespace Analyzer.Cli.Tests.Reliability;

/// <summary>SIGTERM during the PDF step, and credentials planted in the environment searched for in every output.</summary>
[Collection(ReliabilityGroup.Name)]
public sealed class SignalAndSecretTests : IDisposable
{
    // Not a real key: the fake endpoint knows it, so the collection succeeds with it.
    private static readonly FakeAwsCredential Planted = new(
        "AKIDPLANTED000000042", "planted-secret-wJalrXUtnFEMI-K7MDENG", "111111111111", "planted-session-token-FwoGZXIvYXdzEJr");

    private readonly string folder = Directory.CreateTempSubdirectory("analyzer-signal-").FullName;
    private readonly FakeOrganization organization = new(Planted);
    private readonly CliProcess cli;

    public SignalAndSecretTests()
    {
        cli = new CliProcess(folder, FakeOrganization.Environment(Planted));
    }

    public void Dispose()
    {
        organization.Dispose();
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task Report_SigtermWhileChromiumPrints_Exits143WithAMessageAndLeavesNoBrowserOrProfile()
    {
        var store = Path.Combine(folder, "store.duckdb");
        Assert.Equal(0, (await cli.RunAsync(organization.Collect(store))).Code);
        Assert.Equal(0, (await cli.RunAsync("analyze", "--store", store)).Code);
        var output = Path.Combine(folder, "out");

        var result = await cli.RunAsync(
            ["report", "--store", store, "--out", output], signalAfter: null, signal: 15, signalWhen: () => cli.ProcessesUsingTempDirectory().Count > 0);

        Assert.True(result.Signalled, "the browser never started");
        Assert.True(result.Code == 143, $"exit {result.Code}: {result.Error}");
        Assert.StartsWith("cancelled", result.Error, StringComparison.Ordinal);
        Assert.Empty(await cli.LeftBehindAsync(TimeSpan.FromSeconds(10)));
        Assert.Empty(Directory.GetDirectories(cli.TempDirectory, "analyzer-chromium-*"));
        Assert.False(File.Exists(Path.Combine(output, "report-manifest.json")));
        Assert.Empty(Directory.Exists(output) ? Directory.GetFileSystemEntries(output) : []);
    }

    [Fact]
    public async Task WholeJob_WithPlantedCredentials_NoOutputHoldsThem()
    {
        var store = Path.Combine(folder, "store.duckdb");
        var output = Path.Combine(folder, "out");
        var printed = new StringBuilder();
        foreach (var args in new[] { organization.Collect(store), ["analyze", "--store", store], ["report", "--store", store, "--out", output],
                     ["sql", "--store", store, "select * from collection_runs"] })
        {
            var result = await cli.RunAsync(args);
            Assert.True(result.Code == 0, $"{args[0]}: {result.Error}");
            printed.Append(result.Output).Append(result.Error);
        }

        var texts = new List<(string Where, string Text)> { ("stdout/stderr", printed.ToString()), ("store", Latin1(store)) };
        texts.AddRange(Directory.GetFiles(output).Select(f => (f, Latin1(f))));
        texts.AddRange(Directory.GetFiles(folder, "*.wal").Select(f => (f, Latin1(f))));
        foreach (var secret in new[] { Planted.SecretAccessKey, Planted.SessionToken!, Planted.AccessKeyId })
        {
            foreach (var (where, text) in texts)
            {
                Assert.False(text.Contains(secret, StringComparison.Ordinal), $"{where} holds {secret}");
            }
        }

        // The PDF's text streams are compressed: read it back as text too.
        var pdf = Support.PdfText(Path.Combine(output, "report.pdf"));
        Assert.DoesNotContain(Planted.SecretAccessKey, pdf, StringComparison.Ordinal);
    }

    private static string Latin1(string path) => Encoding.Latin1.GetString(File.ReadAllBytes(path));

    private static class Support
    {
        public static string PdfText(string pdf)
        {
            using var process = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("pdftotext", [pdf, "-"])
            {
                RedirectStandardOutput = true,
                UseShellExecute = false,
            })!;
            var text = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            Assert.Equal(0, process.ExitCode);
            return text;
        }
    }
}
