using System.Globalization;

namespace Analyzer.Jobs.Progress;

/// <summary>Plain, timestamped log lines: one when a step starts and one when it ends.</summary>
public sealed class LogLineProgress(TextWriter output, TimeProvider time) : IRunProgress
{
    public async Task<T> StepAsync<T>(string name, double total, Func<Action<double>, Task<T>> work)
    {
        var started = time.GetTimestamp();
        Write($"{name}: started");
        var result = await work(_ => { });
        Write(string.Create(CultureInfo.InvariantCulture, $"{name}: done in {time.GetElapsedTime(started).TotalSeconds:0.0} s"));
        return result;
    }

    public void Info(string message) => Write(message);

    private void Write(string message) =>
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{time.GetUtcNow():yyyy-MM-ddTHH:mm:ssZ} {message}"));
}
