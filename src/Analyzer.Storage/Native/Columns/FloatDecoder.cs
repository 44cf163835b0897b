using System.Numerics;

namespace Analyzer.Storage.Native.Columns;

/// <summary>FLOAT and DOUBLE. Reading one as an integer is refused rather than silently truncated.</summary>
internal sealed unsafe class FloatDecoder<T>(string typeName) : ColumnDecoder(typeName)
    where T : unmanaged, IFloatingPointIeee754<T>
{
    private T[] values = new T[2048];

    public override double GetDouble(int row) => double.CreateChecked(values[row]);

    public override decimal GetDecimal(int row) => decimal.CreateChecked(values[row]);

    protected override void LoadValues(nint vector, void* data, int count)
    {
        values = Ensure(values, count);
        new ReadOnlySpan<T>(data, count).CopyTo(values);
    }

    protected override object GetBoxed(int row) => values[row];
}
