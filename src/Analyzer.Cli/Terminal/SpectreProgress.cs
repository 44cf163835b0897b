using Analyzer.Jobs.Progress;
using Spectre.Console;

namespace Analyzer.Cli.Terminal;

/// <summary>A live progress bar per step, for an interactive terminal.</summary>
internal sealed class SpectreProgress(IAnsiConsole console) : IRunProgress
{
    public Task<T> StepAsync<T>(string name, double total, Func<Action<double>, Task<T>> work) =>
        console.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new SpinnerColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask(Markup.Escape(name), maxValue: Math.Max(total, 1));
                var result = await work(done => task.Value = done);
                task.Value = task.MaxValue;
                return result;
            });

    public void Info(string message) => console.MarkupLine(Markup.Escape(message));
}
