namespace Analyzer.Collectors.Ec2;

/// <summary>AWSSDK.EC2's timestamps as UTC, whatever kind the SDK gave them.</summary>
internal static class Ec2Times
{
    public static DateTime Utc(DateTime time) => time.Kind switch
    {
        DateTimeKind.Utc => time,
        DateTimeKind.Local => time.ToUniversalTime(),
        _ => DateTime.SpecifyKind(time, DateTimeKind.Utc),
    };
}
