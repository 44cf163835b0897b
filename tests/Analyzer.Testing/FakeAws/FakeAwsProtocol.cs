namespace Analyzer.Testing.FakeAws;

public enum FakeAwsProtocol
{
    Json,
    Query,
    Ec2Query,
    RestJson,
}
