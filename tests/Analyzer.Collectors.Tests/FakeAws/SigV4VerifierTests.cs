using Analyzer.Testing.FakeAws;

namespace Analyzer.Collectors.Tests.FakeAws;

/// <summary>The fake's verifier against the worked example in AWS's SigV4 documentation (IAM ListUsers).</summary>
public sealed class SigV4VerifierTests
{
    private const string Secret = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
    private const string Authorization = "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/iam/aws4_request, SignedHeaders=content-type;host;x-amz-date, Signature=5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d7";

    private static readonly Dictionary<string, string> Headers = new()
    {
        ["content-type"] = "application/x-www-form-urlencoded; charset=utf-8",
        ["host"] = "iam.amazonaws.com",
        ["x-amz-date"] = "20150830T123600Z",
    };

    [Fact]
    public void Verify_WithDocumentedExample_Accepts()
    {
        var scope = SigV4Verifier.ParseAuthorization(Authorization).Scope!;

        var error = SigV4Verifier.Verify(scope, Secret, "GET", "/", "Action=ListUsers&Version=2010-05-08", Headers, []);

        Assert.Null(error);
    }

    [Fact]
    public void Verify_WithWrongSecret_Rejects()
    {
        var scope = SigV4Verifier.ParseAuthorization(Authorization).Scope!;

        var error = SigV4Verifier.Verify(scope, Secret + "x", "GET", "/", "Action=ListUsers&Version=2010-05-08", Headers, []);

        Assert.NotNull(error);
    }

    [Fact]
    public void Verify_WithTamperedQuery_Rejects()
    {
        var scope = SigV4Verifier.ParseAuthorization(Authorization).Scope!;

        var error = SigV4Verifier.Verify(scope, Secret, "GET", "/", "Action=DeleteUser&Version=2010-05-08", Headers, []);

        Assert.NotNull(error);
    }

    [Fact]
    public void ParseAuthorization_WithoutSigV4_ExplainsWhy()
    {
        var (scope, error) = SigV4Verifier.ParseAuthorization("Basic dXNlcjpwYXNz");

        Assert.Equal((null, "Missing or non-SigV4 Authorization header."), (scope, error));
    }
}
