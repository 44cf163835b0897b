using System.Diagnostics;
using Analyzer.Reports.Chromium;

namespace Analyzer.Jobs.Demo;

/// <summary>
/// The demo is a new user's first command, so it sets up what the PDF needs: when no Chromium is found on a Debian or
/// Ubuntu machine where this user may install packages (root, or sudo without a password), it installs Debian's
/// <c>chromium</c> and <c>fonts-dejavu-core</c> with apt-get, saying so first. Anywhere else, or with
/// ANALYZER_NO_INSTALL=1, it changes nothing and the report step says what to install.
/// </summary>
public static class ChromiumSetup
{
    public const string OptOutVariable = "ANALYZER_NO_INSTALL";

    public static readonly string[] Packages = ["chromium", "fonts-dejavu-core"];

    private const string AptGet = "/usr/bin/apt-get";

    /// <summary>True when Chromium is there now (found, or installed by this call).</summary>
    public static async Task<bool> EnsureAsync(TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (IsFound())
        {
            return true;
        }

        // sudo is asked only when not root.
        var root = IsRoot();
        var canSudo = !root && await CanSudoAsync(cancellationToken);
        if (InstallCommand(OperatingSystem.IsLinux(), File.Exists(AptGet), Environment.GetEnvironmentVariable(OptOutVariable), root, canSudo) is not { } prefix)
        {
            return false;
        }

        await output.WriteLineAsync($"Chromium, which prints the PDF, is missing: installing Debian's {string.Join(" and ", Packages)} with apt-get (once; set {OptOutVariable}=1 to skip).");
        var ok = await RunAsync([.. prefix, AptGet, "update", "-qq"], cancellationToken)
            && await RunAsync([.. prefix, AptGet, "install", "-y", "-qq", "--no-install-recommends", .. Packages], cancellationToken);
        return ok && IsFound();
    }

    /// <summary>
    /// The prefix to run apt-get with ([] as root, ["sudo", "-n"] with password-less sudo), or null when the demo must
    /// not install: not Linux, no apt-get, opted out, or no right to install.
    /// </summary>
    public static IReadOnlyList<string>? InstallCommand(bool linux, bool hasAptGet, string? optOut, bool root, bool canSudo) =>
        !linux || !hasAptGet || optOut is { Length: > 0 } and not "0" ? null
        : root ? []
        : canSudo ? ["sudo", "-n"]
        : null;

    private static bool IsFound()
    {
        try
        {
            ChromiumLocator.Locate(null);
            return true;
        }
        catch (ChromiumNotFoundException)
        {
            return false;
        }
    }

    private static bool IsRoot() => OperatingSystem.IsLinux() && Environment.UserName == "root";

    private static async Task<bool> CanSudoAsync(CancellationToken cancellationToken) =>
        OperatingSystem.IsLinux() && File.Exists("/usr/bin/sudo") && await RunAsync(["sudo", "-n", "true"], cancellationToken, quiet: true);

    private static async Task<bool> RunAsync(string[] command, CancellationToken cancellationToken, bool quiet = false)
    {
        var start = new ProcessStartInfo(command[0]) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = quiet };
        foreach (var arg in command.Skip(1))
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["DEBIAN_FRONTEND"] = "noninteractive";
        try
        {
            using var process = Process.Start(start)!;
            _ = process.StandardOutput.ReadToEndAsync(cancellationToken);
            await process.WaitForExitAsync(cancellationToken);
            return process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }
}
