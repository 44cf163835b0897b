using Analyzer.Jobs.Demo;

namespace Analyzer.Jobs.Tests.Demo;

public sealed class ChromiumSetupTests
{
    [Fact]
    public void InstallCommand_RootOnDebian_RunsAptGetDirectly()
    {
        Assert.Equal([], ChromiumSetup.InstallCommand(linux: true, hasAptGet: true, optOut: null, root: true, canSudo: false));
    }

    [Fact]
    public void InstallCommand_UserWithPasswordlessSudo_RunsThroughSudoWithoutPrompting()
    {
        Assert.Equal(["sudo", "-n"], ChromiumSetup.InstallCommand(linux: true, hasAptGet: true, optOut: null, root: false, canSudo: true));
    }

    [Theory]
    [InlineData(false, true, null, true, true)] // not Linux
    [InlineData(true, false, null, true, true)] // no apt-get (not Debian or Ubuntu)
    [InlineData(true, true, "1", true, true)] // opted out
    [InlineData(true, true, "yes", true, true)] // opted out
    [InlineData(true, true, null, false, false)] // no right to install
    public void InstallCommand_WhereItMustNotInstall_IsNull(bool linux, bool hasAptGet, string? optOut, bool root, bool canSudo)
    {
        Assert.Null(ChromiumSetup.InstallCommand(linux, hasAptGet, optOut, root, canSudo));
    }

    [Fact]
    public void InstallCommand_OptOutSetToZero_StillInstalls()
    {
        Assert.Equal([], ChromiumSetup.InstallCommand(linux: true, hasAptGet: true, optOut: "0", root: true, canSudo: false));
    }

    [Fact]
    public async Task EnsureAsync_ChromiumInstalled_SaysNothingAndInstallsNothing()
    {
        // test.sh installs Debian's chromium before the tests run.
        using var output = new StringWriter();

        Assert.True(await ChromiumSetup.EnsureAsync(output, CancellationToken.None));
        Assert.Equal(string.Empty, output.ToString());
    }
}
