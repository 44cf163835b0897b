using Analyzer.Cli.Logging;

namespace Analyzer.Cli.Tests.Logging;

public sealed class CredentialRedactorTests
{
    private static readonly CredentialRedactor Redactor = CredentialRedactor.FromEnvironment(name => name switch
    {
        "AWS_SECRET_ACCESS_KEY" => "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
        "AWS_SESSION_TOKEN" => "IQoJb3JpZ2luX2VjEXAMPLETOKEN==",
        "AWS_ACCESS_KEY_ID" => "short",
        _ => null,
    });

    [Theory]
    [InlineData("secret wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY here", "secret [redacted] here")]
    [InlineData("token=IQoJb3JpZ2luX2VjEXAMPLETOKEN== end", "token=[redacted] end")]
    [InlineData("key AKIAIOSFODNN7EXAMPLE and ASIAY34FZKBOKMUTVV7A", "key [redacted] and [redacted]")]
    [InlineData("https://b.s3.amazonaws.com/k?X-Amz-Credential=abc%2F20261207&X-Amz-Signature=f00d&x=1", "https://b.s3.amazonaws.com/k?X-Amz-Credential=[redacted]&X-Amz-Signature=[redacted]&x=1")]
    [InlineData("denied: AWS4-HMAC-SHA256 Credential=AKID/20261207/us-east-1/ce/aws4_request, SignedHeaders=host, Signature=beef", "denied: AWS4-HMAC-SHA256 Credential=[redacted], SignedHeaders=host, Signature=[redacted]")]
    [InlineData("Authorization: AWS4-HMAC-SHA256 Credential=x/20261207/us-east-1/ce/aws4_request, Signature=beef", "Authorization: AWS4-HMAC-SHA256 [redacted]")]
    public void Redact_WhenTheLineHoldsACredential_MasksIt(string line, string expected)
    {
        Assert.Equal(expected, Redactor.Redact(line));
    }

    [Theory]
    [InlineData("collected 450 workloads in us-east-1 for 111111111111")]
    [InlineData("a short value (short) is not a secret")]
    [InlineData("AKIA is not a key on its own, nor is AKIA123")]
    public void Redact_WhenTheLineHoldsNoCredential_LeavesItAsItIs(string line)
    {
        Assert.Equal(line, Redactor.Redact(line));
    }
}
