namespace Analyzer.Jobs.Progress;

/// <summary>
/// Reports the steps of a command: a live progress display on a terminal, plain log lines otherwise
/// (AWS Batch and CI capture stdout, where redrawn bars would be noise).
/// </summary>
public interface IRunProgress
{
    /// <summary>Runs one named step of <paramref name="total"/> units; the step reports units done through the callback.</summary>
    Task<T> StepAsync<T>(string name, double total, Func<Action<double>, Task<T>> work);

    /// <summary>A line of information between steps.</summary>
    void Info(string message);
}
