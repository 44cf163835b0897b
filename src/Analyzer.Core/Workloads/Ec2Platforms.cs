namespace Analyzer.Core.Workloads;

/// <summary>
/// The operating system (EC2's <c>PlatformDetails</c>: "Linux/UNIX", "Windows", "Red Hat Enterprise Linux",
/// "SUSE Linux", "Windows with SQL Server Standard", ...) and tenancy ("default", "dedicated", "host") a workload runs
/// with. Each is priced with its own price: a Windows instance is never compared with Linux prices.
/// </summary>
public static class Ec2Platforms
{
    public const string Linux = "Linux/UNIX";
    public const string Windows = "Windows";
    public const string SharedTenancy = "default";
    public const string DedicatedTenancy = "dedicated";
    public const string HostTenancy = "host";

    // AWS's names are short; anything longer is cut so an untrusted value cannot grow a report or a key.
    private const int MaxLength = 64;

    /// <summary>True for Linux/UNIX on shared tenancy: the prices the shipped catalog holds.</summary>
    public static bool IsLinuxShared(Workload workload)
    {
        ArgumentNullException.ThrowIfNull(workload);
        return workload.Platform == Linux && workload.Tenancy == SharedTenancy;
    }

    public static bool IsWindows(string platform) => platform.StartsWith(Windows, StringComparison.OrdinalIgnoreCase);

    /// <summary>The platform from DescribeInstances' platformDetails, else its platform ("windows"), else Linux/UNIX.</summary>
    public static string Platform(string? platformDetails, string? platform)
    {
        if (!string.IsNullOrWhiteSpace(platformDetails))
        {
            var trimmed = platformDetails.Trim();
            return trimmed.Length > MaxLength ? trimmed[..MaxLength] : trimmed;
        }

        return string.Equals(platform, "windows", StringComparison.OrdinalIgnoreCase) ? Windows : Linux;
    }

    /// <summary>"default", "dedicated" or "host"; anything else (or nothing) is taken as "default".</summary>
    public static string Tenancy(string? tenancy) => tenancy?.Trim().ToLowerInvariant() switch
    {
        DedicatedTenancy => DedicatedTenancy,
        HostTenancy => HostTenancy,
        _ => SharedTenancy,
    };

    /// <summary>How a report names the platform and tenancy, e.g. "Windows, dedicated tenancy".</summary>
    public static string Describe(string platform, string tenancy) => tenancy switch
    {
        DedicatedTenancy => $"{platform}, dedicated tenancy",
        HostTenancy => $"{platform} on a Dedicated Host",
        _ => platform,
    };
}
