namespace Analyzer.Storage.Native.Columns;

/// <summary>
/// TIMESTAMP (micros), TIMESTAMP_S, TIMESTAMP_MS, TIMESTAMP_NS and TIMESTAMPTZ (micros, UTC): int64 since the Unix
/// epoch. Read as UTC <see cref="DateTime"/>; TIMESTAMPTZ boxes as <see cref="DateTimeOffset"/> at offset zero.
/// </summary>
internal sealed unsafe class TimestampDecoder(string typeName, long ticksPerUnit, long unitsPerTick, bool withTimeZone)
    : ColumnDecoder(typeName)
{
    private const long PositiveInfinity = long.MaxValue;
    private const long NegativeInfinity = -long.MaxValue;
    private long[] values = new long[2048];

    public static long ToMicros(DateTime value)
    {
        var utc = value.Kind == DateTimeKind.Local ? value.ToUniversalTime() : value;
        return (utc.Ticks - DateTime.UnixEpoch.Ticks) / TimeSpan.TicksPerMicrosecond;
    }

    public override DateTime GetDateTime(int row) => values[row] switch
    {
        PositiveInfinity => DateTime.MaxValue,
        NegativeInfinity => DateTime.MinValue,
        var value => new DateTime(DateTime.UnixEpoch.Ticks + (value * ticksPerUnit / unitsPerTick), DateTimeKind.Utc),
    };

    public override DateOnly GetDate(int row) => DateOnly.FromDateTime(GetDateTime(row));

    protected override void LoadValues(nint vector, void* data, int count)
    {
        values = Ensure(values, count);
        new ReadOnlySpan<long>(data, count).CopyTo(values);
    }

    // Cast each arm: DateTime converts implicitly to DateTimeOffset, which would otherwise become the type of both.
    protected override object GetBoxed(int row) =>
        withTimeZone ? (object)new DateTimeOffset(GetDateTime(row), TimeSpan.Zero) : (object)GetDateTime(row);
}
