namespace Analyzer.Storage.Native.Columns;

/// <summary>DATE: int32 days since 1970-01-01; DuckDB's +/-infinity map to DateOnly's max and min.</summary>
internal sealed unsafe class DateDecoder() : ColumnDecoder("DATE")
{
    private const int PositiveInfinity = int.MaxValue;
    private const int NegativeInfinity = -int.MaxValue;
    private static readonly int EpochDayNumber = new DateOnly(1970, 1, 1).DayNumber;
    private int[] values = new int[2048];

    public static int ToDays(DateOnly date) => date.DayNumber - EpochDayNumber;

    public override DateOnly GetDate(int row) => values[row] switch
    {
        PositiveInfinity => DateOnly.MaxValue,
        NegativeInfinity => DateOnly.MinValue,
        var days => DateOnly.FromDayNumber(EpochDayNumber + days),
    };

    public override DateTime GetDateTime(int row) => GetDate(row).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);

    protected override void LoadValues(nint vector, void* data, int count)
    {
        values = Ensure(values, count);
        new ReadOnlySpan<int>(data, count).CopyTo(values);
    }

    protected override object GetBoxed(int row) => GetDate(row);
}
