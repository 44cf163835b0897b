using Analyzer.Reports.Chromium;

namespace Analyzer.Reports.Tests.Chromium;

public sealed class ChromiumLocatorTests : IDisposable
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "analyzer-locator-" + Guid.NewGuid().ToString("N")[..8]);

    public void Dispose()
    {
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void Locate_OnlyPlaywrightsCache_FindsItsNewestFullChromium()
    {
        var home = Path.Combine(root, "home");
        Touch(home, ".cache/ms-playwright/chromium-1100/chrome-linux/chrome");
        var newest = Touch(home, ".cache/ms-playwright/chromium-1187/chrome-linux/chrome");
        Touch(home, ".cache/ms-playwright/chromium_headless_shell-1200/chrome-linux/headless_shell");

        var found = ChromiumLocator.Locate(null, Environment(("PATH", Path.Combine(root, "empty-bin"))), home, []);

        Assert.Equal(newest, found);
    }

    [Fact]
    public void Locate_PlaywrightBrowsersPath_IsSearched()
    {
        var chrome = Touch(root, "browsers/chromium-1187/chrome-linux64/chrome");

        var found = ChromiumLocator.Locate(null, Environment(("PLAYWRIGHT_BROWSERS_PATH", Path.Combine(root, "browsers"))), Path.Combine(root, "nohome"), []);

        Assert.Equal(chrome, found);
    }

    [Fact]
    public void Locate_GoogleChromeOnPath_IsFoundBeforeTheCache()
    {
        var chrome = Touch(root, "bin/google-chrome");
        Touch(root, "home/.cache/ms-playwright/chromium-1187/chrome-linux/chrome");

        var found = ChromiumLocator.Locate(null, Environment(("PATH", Path.Combine(root, "bin"))), Path.Combine(root, "home"), []);

        Assert.Equal(chrome, found);
    }

    [Fact]
    public void Locate_EdgeInItsInstallFolder_IsFound()
    {
        var edge = Touch(root, "opt/microsoft/msedge/msedge");

        var found = ChromiumLocator.Locate(null, Environment(), Path.Combine(root, "home"), [Path.Combine(root, "opt/google/chrome/chrome"), edge]);

        Assert.Equal(edge, found);
    }

    [Fact]
    public void Locate_AnalyzerChromiumSet_WinsOverEverythingElse()
    {
        var configured = Touch(root, "custom/my-chrome");
        Touch(root, "bin/chromium");

        var found = ChromiumLocator.Locate(null, Environment((ChromiumLocator.EnvironmentVariable, configured), ("PATH", Path.Combine(root, "bin"))), root, []);

        Assert.Equal(configured, found);
    }

    [Fact]
    public void Locate_NothingAnywhere_ThrowsNamingThePackage()
    {
        var error = Assert.Throws<ChromiumNotFoundException>(() => ChromiumLocator.Locate(null, Environment(), Path.Combine(root, "home"), []));

        Assert.Contains("apt-get install chromium", error.Message, StringComparison.Ordinal);
    }

    private static Func<string, string?> Environment(params (string Name, string Value)[] variables) =>
        name => variables.FirstOrDefault(v => v.Name == name).Value;

    private static string Touch(string under, string relative)
    {
        var path = Path.Combine(under, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, string.Empty);
        return path;
    }
}
