using System.Text.Json;
using Analyzer.Cli.Logging;
using Analyzer.Testing;

namespace Analyzer.Cli.Tests.Logging;

public sealed class JsonLineWriterTests : IDisposable
{
    private readonly StringWriter _inner = new();
    private readonly ManualTimeProvider _time = new(new DateTimeOffset(2026, 12, 7, 1, 2, 3, 456, TimeSpan.Zero));

    [Fact]
    public void WriteLine_Always_WritesOneJsonObjectWithTimeLevelAndMessage()
    {
        using var writer = Writer("info");

        writer.WriteLine("run id: 20261207T010203Z-1a2b \"quoted\"");

        using var line = JsonDocument.Parse(_inner.ToString());
        Assert.Equal(
            ("2026-12-07T01:02:03.456Z", "info", "run id: 20261207T010203Z-1a2b \"quoted\""),
            (line.RootElement.GetProperty("time").GetString(), line.RootElement.GetProperty("level").GetString(), line.RootElement.GetProperty("message").GetString()));
    }

    [Fact]
    public void Write_InPieces_EmitsOneLinePerNewlineAndDropsBlankLines()
    {
        using var writer = Writer("info");

        writer.Write("first ");
        writer.Write("half\r\n\nsecond\n");

        Assert.Equal(["first half", "second"], Messages());
    }

    [Fact]
    public void Dispose_WithAnUnterminatedLine_EmitsIt()
    {
        var writer = Writer("info");
        writer.Write("last words");

        writer.Dispose();

        Assert.Equal(["last words"], Messages());
    }

    [Theory]
    [InlineData("warning: cannot list regions", "warning")]
    [InlineData("collection failed: nothing could be collected", "error")]
    public void WriteLine_OnTheErrorStream_IsAnErrorUnlessItSaysWarning(string message, string level)
    {
        using var writer = Writer("error");

        writer.WriteLine(message);

        using var line = JsonDocument.Parse(_inner.ToString());
        Assert.Equal(level, line.RootElement.GetProperty("level").GetString());
    }

    [Fact]
    public void WriteLine_WithACredential_MasksItInTheMessage()
    {
        using var writer = new JsonLineWriter(_inner, "info", _time, new CredentialRedactor(["s3cr3t-value-123"]));

        writer.WriteLine("echo s3cr3t-value-123");

        Assert.Equal(["echo [redacted]"], Messages());
    }

    [Theory]
    [InlineData(null, true, true)]
    [InlineData(null, false, false)]
    [InlineData("json", false, true)]
    [InlineData("TEXT", true, false)]
    [InlineData("something", true, true)]
    public void UseJson_ForASettingAndTerminal_ChoosesJsonWhenRedirectedUnlessTold(string? setting, bool redirected, bool json)
    {
        Assert.Equal(json, LogFormat.UseJson(setting, redirected));
    }

    public void Dispose() => _inner.Dispose();

    private JsonLineWriter Writer(string level) => new(_inner, level, _time, new CredentialRedactor([]));

    private List<string> Messages() =>
    [
        .. _inner.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l =>
        {
            using var line = JsonDocument.Parse(l);
            return line.RootElement.GetProperty("message").GetString()!;
        }),
    ];
}
