using Analyzer.Jobs.Progress;
using Spectre.Console;

namespace Analyzer.Cli.Terminal;

internal static class RunProgress
{
    /// <summary>A progress display on an interactive terminal, plain log lines otherwise.</summary>
    public static IRunProgress For(TextWriter output, TimeProvider time)
    {
        var interactive = ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected && AnsiConsole.Profile.Capabilities.Interactive;
        return interactive ? new SpectreProgress(AnsiConsole.Console) : new LogLineProgress(output, time);
    }
}
