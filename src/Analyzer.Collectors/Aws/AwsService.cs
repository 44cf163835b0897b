namespace Analyzer.Collectors.Aws;

/// <summary>
/// One AWS service as its botocore model's metadata describes it (serviceId, endpointPrefix, signingName,
/// protocol, apiVersion, targetPrefix, jsonVersion).
/// </summary>
/// <param name="GlobalRegion">Set for services with one endpoint for all regions (Cost Explorer: us-east-1).</param>
public sealed record AwsService(
    string ServiceId,
    string EndpointPrefix,
    string SigningName,
    AwsProtocol Protocol,
    string ApiVersion,
    string? TargetPrefix = null,
    string? JsonVersion = null,
    string? GlobalRegion = null)
{
    public static readonly AwsService Ec2 = new("EC2", "ec2", "ec2", AwsProtocol.Ec2Query, "2016-11-15");

    public static readonly AwsService CloudWatch = new("CloudWatch", "monitoring", "monitoring", AwsProtocol.Query, "2010-08-01");

    public static readonly AwsService CostExplorer = new(
        "Cost Explorer", "ce", "ce", AwsProtocol.Json, "2017-10-25", "AWSInsightsIndexService", "1.1", "us-east-1");

    public static readonly AwsService Ecs = new(
        "ECS", "ecs", "ecs", AwsProtocol.Json, "2014-11-13", "AmazonEC2ContainerServiceV20141113", "1.1");

    public static readonly AwsService Lambda = new("Lambda", "lambda", "lambda", AwsProtocol.RestJson, "2015-03-31");

    public static readonly AwsService ComputeOptimizer = new(
        "Compute Optimizer", "compute-optimizer", "compute-optimizer", AwsProtocol.Json, "2019-11-01", "ComputeOptimizerService", "1.0");

    /// <summary>CloudWatch Logs, for the opt-in Logs Insights query of Lambda REPORT lines.</summary>
    public static readonly AwsService CloudWatchLogs = new(
        "CloudWatch Logs", "logs", "logs", AwsProtocol.Json, "2014-03-28", "Logs_20140328", "1.1");

    public static readonly AwsService Sts = new("STS", "sts", "sts", AwsProtocol.Query, "2011-06-15");

    /// <summary>The IAM action prefix, which is the signing name for every service we call.</summary>
    public string IamPrefix => SigningName switch
    {
        "monitoring" => "cloudwatch",
        _ => SigningName,
    };

    /// <summary>The suffix of AWS_ENDPOINT_URL_&lt;SERVICE&gt;: the serviceId upper-cased, spaces as underscores.</summary>
    public string EndpointVariableSuffix => ServiceId.Replace(' ', '_').ToUpperInvariant();
}
