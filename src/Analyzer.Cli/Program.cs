using Analyzer.Cli;

using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};

return await AnalyzerApp.RunAsync(args, CliContext.FromProcess(), cancellation.Token);
