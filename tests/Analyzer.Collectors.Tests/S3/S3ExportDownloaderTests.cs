using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;
using Analyzer.Collectors.Aws;
using Analyzer.Collectors.S3;
using Analyzer.Testing.Moto;

namespace Analyzer.Collectors.Tests.S3;

public sealed class S3ExportDownloaderTests : IClassFixture<MotoServer>, IDisposable
{
    private readonly MotoServer _moto;
    private readonly AmazonS3Client _s3;
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("analyzer-s3-tests-");

    public S3ExportDownloaderTests(MotoServer moto)
    {
        _moto = moto;
        _s3 = new AmazonS3Client(new BasicAWSCredentials(MotoServer.AccessKeyId, MotoServer.SecretAccessKey),
            new AmazonS3Config { ServiceURL = moto.Endpoint.ToString(), ForcePathStyle = true, AuthenticationRegion = "us-east-1" });
    }

    public void Dispose()
    {
        _s3.Dispose();
        _directory.Delete(recursive: true);
    }

    [Fact]
    public async Task DownloadAsync_WithMoreKeysThanAPage_FollowsTheContinuationToken()
    {
        await _s3.PutBucketAsync("paged");
        foreach (var n in Enumerable.Range(0, 5))
        {
            await _s3.PutObjectAsync(new PutObjectRequest { BucketName = "paged", Key = $"cur/part-{n}.csv", ContentBody = $"{n}" });
        }

        var files = await new S3ExportDownloader(Options()) { PageSize = 2 }.DownloadAsync(new S3ExportLocation("paged", "cur/"), _directory.FullName, CancellationToken.None);

        Assert.Equal(("0,1,2,3,4", 5), (string.Join(',', files.Select(File.ReadAllText)), _directory.GetFiles("*.csv", SearchOption.AllDirectories).Length));
    }

    [Fact]
    public async Task DownloadAsync_WithAKeyClimbingOutOfTheDirectory_RefusesAndWritesNothingOutside()
    {
        await _s3.PutBucketAsync("escape");
        await _s3.PutObjectAsync(new PutObjectRequest { BucketName = "escape", Key = "cur/../../escaped.csv", ContentBody = "x" });

        var error = await Assert.ThrowsAsync<CollectorException>(() =>
            new S3ExportDownloader(Options()).DownloadAsync(new S3ExportLocation("escape", "cur/"), _directory.FullName, CancellationToken.None));

        Assert.Contains("cur/../../escaped.csv", error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_directory.Parent!.FullName, "escaped.csv")));
    }

    [Theory]
    [InlineData("cur/../x.parquet")]
    [InlineData("cur/a/../../x.parquet")]
    [InlineData("cur/./x.parquet")]
    [InlineData("cur/..\\x.parquet")]
    [InlineData("cur/")]
    public void LocalPath_ForAKeyThatIsNotAPlainFileBelowThePrefix_Throws(string key) =>
        Assert.Throws<CollectorException>(() => S3ExportDownloader.LocalPath(_directory.FullName, "cur/", key));

    [Fact]
    public void LocalPath_ForANestedKey_KeepsItsFoldersUnderTheDirectory() =>
        Assert.Equal(Path.Combine(_directory.FullName, "data", "BILLING_PERIOD=2026-10", "part-0.parquet"),
            S3ExportDownloader.LocalPath(_directory.FullName, "cur/", "cur/data/BILLING_PERIOD=2026-10/part-0.parquet"));

    private AwsClientOptions Options() => new()
    {
        Credentials = new BasicAWSCredentials(MotoServer.AccessKeyId, MotoServer.SecretAccessKey),
        Region = "us-east-1",
        EndpointUrl = _moto.Endpoint,
        MaxRetries = 0,
    };
}
