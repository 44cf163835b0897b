namespace Analyzer.Core.Time;

/// <summary>A half-open UTC time window [Start, End).</summary>
public readonly record struct Period
{
    public Period(DateTime start, DateTime end)
    {
        if (start.Kind != DateTimeKind.Utc || end.Kind != DateTimeKind.Utc)
        {
            throw new ArgumentException("Period bounds must be UTC.");
        }

        if (end < start)
        {
            throw new ArgumentException($"Period end {end:O} is before its start {start:O}.");
        }

        Start = start;
        End = end;
    }

    public DateTime Start { get; }

    public DateTime End { get; }

    public TimeSpan Length => End - Start;

    public double Hours => Length.TotalHours;

    public bool Contains(DateTime instant) => instant >= Start && instant < End;

    /// <summary>The <paramref name="days"/> whole UTC days that end at the start of <paramref name="now"/>'s day.</summary>
    public static Period LastWholeDays(DateTimeOffset now, int days)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(days);
        var end = now.UtcDateTime.Date;
        return new Period(DateTime.SpecifyKind(end.AddDays(-days), DateTimeKind.Utc), DateTime.SpecifyKind(end, DateTimeKind.Utc));
    }

    public override string ToString() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"[{Start:yyyy-MM-ddTHH:mm:ssZ}, {End:yyyy-MM-ddTHH:mm:ssZ})");
}
