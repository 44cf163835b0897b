namespace Analyzer.Collectors.Aws;

/// <summary>The wire protocols of the services we call, as botocore's service models name them.</summary>
public enum AwsProtocol
{
    /// <summary>"json": POST /, X-Amz-Target, application/x-amz-json-1.0 or 1.1.</summary>
    Json,

    /// <summary>"query": form-encoded POST with Action and Version, XML response.</summary>
    Query,

    /// <summary>"ec2": the query protocol with EC2's list and error shapes.</summary>
    Ec2Query,

    /// <summary>"rest-json": method and path carry the operation, JSON bodies.</summary>
    RestJson,
}
