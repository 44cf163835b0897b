using System.Globalization;
using Analyzer.Storage.DuckDb;

namespace Analyzer.Storage.Native.Columns;

/// <summary>
/// DECIMAL(width, scale): an integer scaled by 10^scale stored as int16, int32, int64 or hugeint by width. Converted to
/// <see cref="decimal"/> at load; values beyond decimal's 96-bit range lose their lowest digits, never their magnitude.
/// </summary>
internal sealed unsafe class DecimalDecoder : ColumnDecoder
{
    private static readonly UInt128 Max96 = (UInt128.One << 96) - 1;
    private readonly DuckDbType internalType;
    private readonly byte scale;
    private decimal[] values = new decimal[2048];

    public DecimalDecoder(byte width, byte scale, DuckDbType internalType)
        : base(string.Create(CultureInfo.InvariantCulture, $"DECIMAL({width},{scale})"))
    {
        this.scale = scale;
        this.internalType = internalType;
    }

    public override decimal GetDecimal(int row) => values[row];

    public override double GetDouble(int row) => (double)values[row];

    public override long GetInt64(int row) => decimal.ToInt64(values[row]);

    protected override void LoadValues(nint vector, void* data, int count)
    {
        values = Ensure(values, count);
        switch (internalType)
        {
            case DuckDbType.SmallInt:
                Convert(new ReadOnlySpan<short>(data, count), count);
                break;
            case DuckDbType.Integer:
                Convert(new ReadOnlySpan<int>(data, count), count);
                break;
            case DuckDbType.BigInt:
                Convert(new ReadOnlySpan<long>(data, count), count);
                break;
            default:
                var huge = new ReadOnlySpan<Int128>(data, count);
                for (var i = 0; i < count; i++)
                {
                    values[i] = IsNull(i) ? 0m : FromHuge(huge[i]);
                }

                break;
        }
    }

    protected override object GetBoxed(int row) => values[row];

    private void Convert<T>(ReadOnlySpan<T> raw, int count)
        where T : System.Numerics.IBinaryInteger<T>
    {
        for (var i = 0; i < count; i++)
        {
            var value = long.CreateTruncating(raw[i]);
            var negative = value < 0;
            var magnitude = negative ? (ulong)(-(value + 1)) + 1 : (ulong)value;
            values[i] = new decimal((int)(uint)magnitude, (int)(uint)(magnitude >> 32), 0, negative, scale);
        }
    }

    private decimal FromHuge(Int128 value)
    {
        var negative = value < 0;
        var magnitude = negative ? (UInt128)(-(value + 1)) + 1 : (UInt128)value;
        int s = scale;
        while ((magnitude > Max96 || s > 28) && s > 0)
        {
            magnitude = (magnitude + 5) / 10;
            s--;
        }

        if (magnitude > Max96)
        {
            throw new StorageException(string.Create(CultureInfo.InvariantCulture, $"A {TypeName} value is too large for System.Decimal."));
        }

        return new decimal((int)(uint)magnitude, (int)(uint)(magnitude >> 32), (int)(uint)(magnitude >> 64), negative, (byte)s);
    }
}
