namespace Analyzer.Storage.Native.Columns;

/// <summary>TIME: int64 microseconds since midnight.</summary>
internal sealed unsafe class TimeDecoder() : ColumnDecoder("TIME")
{
    private long[] values = new long[2048];

    protected override void LoadValues(nint vector, void* data, int count)
    {
        values = Ensure(values, count);
        new ReadOnlySpan<long>(data, count).CopyTo(values);
    }

    protected override object GetBoxed(int row) => new TimeOnly(values[row] * TimeSpan.TicksPerMicrosecond);
}
