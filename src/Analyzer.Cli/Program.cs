using System.Runtime.InteropServices;
using Analyzer.Cli;
using Analyzer.Cli.Logging;

using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};

// AWS Batch stops a job (cancelled, timed out, Spot reclaimed) with SIGTERM and kills it 30 s later: stop at the next
// safe point instead, so what was committed stays committed and the next run resumes from the watermarks.
using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, signal =>
{
    signal.Cancel = true;
    cancellation.Cancel();
});

var context = LogFormat.Apply(CliContext.FromProcess(), Environment.GetEnvironmentVariable(LogFormat.EnvironmentVariable), Console.IsOutputRedirected);
try
{
    return await AnalyzerApp.RunAsync(args, context, cancellation.Token);
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
