using System.Runtime.InteropServices;
using Analyzer.Cli;

using var cancellation = new CancellationTokenSource();
var terminated = false;
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};

// AWS Batch, systemd and `docker stop` send SIGTERM: cancel the same way as Ctrl+C (the browser is killed, a report
// set in staging is dropped, the store's open transaction rolls back), then exit 143 rather than dying mid-write.
using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
{
    context.Cancel = true;
    terminated = true;
    cancellation.Cancel();
});

var code = await AnalyzerApp.RunAsync(args, CliContext.FromProcess(), cancellation.Token);
return terminated && code == ExitCodes.Cancelled ? ExitCodes.Terminated : code;
