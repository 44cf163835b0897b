using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;
using Analyzer.Testing;
using Analyzer.Testing.Moto;
using Analyzer.Testing.Processes;

namespace Analyzer.Cli.Tests.Docker;

/// <summary>
/// The image's contents without a Docker engine: docker/build.sh publishes `analyzer` into a temp folder (once per
/// test class: it is the slow part), docker/install-runtime.sh checks the runtime packages (installing what is
/// missing), and the tests run the published <c>analyzer.dll</c> as the image's entrypoint would, against a seeded moto.
/// </summary>
public sealed class PublishedAnalyzer : IAsyncLifetime, IDisposable
{
    /// <summary>Credentials the child process runs with; moto accepts any key, and none of them may show in a log line.</summary>
    public const string PlantedAccessKeyId = "AKIAPLANTED000000001";

    public const string PlantedSecret = "planted/Secret+Key0123456789abcdefghijklm";

    public const string PlantedSessionToken = "PlantedSessionToken//abcdefghijklmnopqrstuvwxyz0123456789==";

    public const string Bucket = "published-reports";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "analyzer-tests", "published-" + Guid.NewGuid().ToString("N"));
    private readonly AmazonS3Client _s3;
    private readonly Lazy<Task<ChildProcessResult>> _demo;
    private readonly Lazy<Task<ChildProcessResult>> _run;

    public PublishedAnalyzer()
    {
        _demo = new(() => RunAsync(Scratch("demo-work"), "demo", "--out", Scratch("demo")));
        _run = new(() => RunAsync(
            Scratch("run-work"), "run", "--endpoint-url", Moto.Endpoint.ToString(), "--region", "us-east-1", "--lookback-days", "1",
            "--out", Scratch("run"), "--upload", $"s3://{Bucket}/analyzer"));
        _s3 = new AmazonS3Client(
            new BasicAWSCredentials(MotoServer.AccessKeyId, MotoServer.SecretAccessKey),
            new AmazonS3Config { ServiceURL = Moto.Endpoint.ToString(), ForcePathStyle = true, AuthenticationRegion = "us-east-1" });
    }

    public MotoServer Moto { get; } = new();

    /// <summary>The published folder: what the image copies to /app.</summary>
    public string App => Path.Combine(_folder, "app");

    /// <summary>A scratch folder under the fixture's temp folder, created on demand.</summary>
    public string Scratch(string name) => Directory.CreateDirectory(Path.Combine(_folder, name)).FullName;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);

        // The intermediate files go under the repository's git-ignored artifacts/, so a second test run builds incrementally.
        var build = await ChildProcess.RunAsync(
            "bash", [RepoRoot.Combine("docker", "build.sh"), App],
            new Dictionary<string, string?> { ["ANALYZER_ARTIFACTS"] = RepoRoot.Combine("artifacts", "docker-publish") },
            timeout: TimeSpan.FromMinutes(20));
        if (build.ExitCode != 0)
        {
            throw new InvalidOperationException($"docker/build.sh exited with {build.ExitCode}: {build.Output}\n{build.Error}");
        }

        var install = await ChildProcess.RunAsync("sh", [RepoRoot.Combine("docker", "install-runtime.sh")], timeout: TimeSpan.FromMinutes(15));
        if (install.ExitCode != 0)
        {
            throw new InvalidOperationException($"docker/install-runtime.sh exited with {install.ExitCode}: {install.Output}\n{install.Error}");
        }

        await Moto.SeedAsync(TimeProvider.System.GetUtcNow().UtcDateTime.Date.AddDays(-1).AddHours(10));
        await _s3.PutBucketAsync(Bucket);
    }

    /// <summary>`demo --out {Scratch("demo")}` from the published output, run once on first use.</summary>
    public Task<ChildProcessResult> DemoAsync() => _demo.Value;

    /// <summary>`run` (every format) against moto, uploading to s3://published-reports/analyzer, run once on first use.</summary>
    public Task<ChildProcessResult> UploadedRunAsync() => _run.Value;

    /// <summary>Runs <c>dotnet App/analyzer.dll ARGS</c> in <paramref name="workingDirectory"/> with the planted credentials.</summary>
    public Task<ChildProcessResult> RunAsync(string workingDirectory, params string[] arguments) =>
        ChildProcess.RunAsync(
            "dotnet", [Path.Combine(App, "analyzer.dll"), .. arguments],
            new Dictionary<string, string?>
            {
                ["AWS_ACCESS_KEY_ID"] = PlantedAccessKeyId,
                ["AWS_SECRET_ACCESS_KEY"] = PlantedSecret,
                ["AWS_SESSION_TOKEN"] = PlantedSessionToken,
                ["AWS_REGION"] = "us-east-1",
                ["AWS_PROFILE"] = null,
                ["AWS_ENDPOINT_URL"] = null,
            },
            workingDirectory,
            TimeSpan.FromMinutes(10));

    public async Task<IReadOnlyList<string>> KeysAsync(string prefix)
    {
        var page = await _s3.ListObjectsV2Async(new ListObjectsV2Request { BucketName = Bucket, Prefix = prefix });
        return [.. (page.S3Objects ?? []).Select(o => o.Key).Order(StringComparer.Ordinal)];
    }

    public async Task<byte[]> GetAsync(string key)
    {
        using var response = await _s3.GetObjectAsync(Bucket, key);
        using var buffer = new MemoryStream();
        await response.ResponseStream.CopyToAsync(buffer);
        return buffer.ToArray();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        _s3.Dispose();
        Moto.Dispose();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // The OS temp cleaner gets it later.
        }
    }
}
