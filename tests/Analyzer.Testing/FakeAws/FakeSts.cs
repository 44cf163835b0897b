namespace Analyzer.Testing.FakeAws;

/// <summary>STS GetCallerIdentity (query protocol, 2011-06-15): answers with the account of the signing key.</summary>
public static class FakeSts
{
    public static void Serve(FakeAwsServer server)
    {
        ArgumentNullException.ThrowIfNull(server);
        server.Handle("sts", "GetCallerIdentity", request => FakeAwsResponse.Xml(
            "<GetCallerIdentityResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\"><GetCallerIdentityResult>"
            + $"<Arn>arn:aws:iam::{request.Credential.AccountId}:user/analyzer</Arn><UserId>AIDAFAKE</UserId><Account>{request.Credential.AccountId}</Account>"
            + "</GetCallerIdentityResult><ResponseMetadata><RequestId>00000000-0000-0000-0000-000000000000</RequestId></ResponseMetadata></GetCallerIdentityResponse>"));
    }
}
