using System.Runtime.InteropServices;
using Analyzer.Cli;
using Analyzer.Cli.Logging;

using var cancellation = new CancellationTokenSource();
var terminated = false;
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};

// AWS Batch (a job cancelled, timed out, Spot reclaimed), systemd and `docker stop` send SIGTERM and kill 30 s later:
// cancel the same way as Ctrl+C (the browser is killed, a report set in staging is dropped, the store's open
// transaction rolls back, the next run resumes from the watermarks), then exit 143 rather than dying mid-write.
using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, signal =>
{
    signal.Cancel = true;
    terminated = true;
    cancellation.Cancel();
});

var context = LogFormat.Apply(CliContext.FromProcess(), Environment.GetEnvironmentVariable(LogFormat.EnvironmentVariable), Console.IsOutputRedirected);
try
{
    var code = await AnalyzerApp.RunAsync(args, context, cancellation.Token);
    return terminated && code == ExitCodes.Cancelled ? ExitCodes.Terminated : code;
}
finally
{
    // JSON line writers hold a last unterminated line; Console's own writers are left alone.
    if (!ReferenceEquals(context.Output, Console.Out))
    {
        await context.Output.DisposeAsync();
        await context.Error.DisposeAsync();
    }
}
