namespace Analyzer.Testing.FakeAws;

/// <summary>One StartQuery the fake accepted: its text, log groups and window (epoch seconds as sent, UTC).</summary>
public sealed class FakeLogsQuery(int sequence, string queryId, string queryString, IReadOnlyList<string> logGroups, DateTime start, DateTime end)
{
    internal int Polls;

    public int Sequence { get; } = sequence;

    public string QueryId { get; } = queryId;

    public string QueryString { get; } = queryString;

    public IReadOnlyList<string> LogGroups { get; } = logGroups;

    public DateTime Start { get; } = start;

    public DateTime End { get; } = end;
}
