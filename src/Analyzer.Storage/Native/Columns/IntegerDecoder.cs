using System.Numerics;

namespace Analyzer.Storage.Native.Columns;

/// <summary>TINYINT..BIGINT, UTINYINT..UBIGINT, HUGEINT and UHUGEINT: their C layout is the CLR type's.</summary>
internal sealed unsafe class IntegerDecoder<T>(string typeName) : ColumnDecoder(typeName)
    where T : unmanaged, IBinaryInteger<T>
{
    private T[] values = new T[2048];

    public override long GetInt64(int row) => long.CreateChecked(values[row]);

    public override double GetDouble(int row) => double.CreateChecked(values[row]);

    public override decimal GetDecimal(int row) => decimal.CreateChecked(values[row]);

    protected override void LoadValues(nint vector, void* data, int count)
    {
        values = Ensure(values, count);
        new ReadOnlySpan<T>(data, count).CopyTo(values);
    }

    protected override object GetBoxed(int row) => values[row];
}
