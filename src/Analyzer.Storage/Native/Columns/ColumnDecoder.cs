using System.Globalization;

namespace Analyzer.Storage.Native.Columns;

/// <summary>
/// Copies one column of a data chunk into managed buffers, then answers typed reads of its rows. Buffers are reused
/// from chunk to chunk; nothing here keeps a native pointer after <see cref="Load"/> returns.
/// </summary>
internal abstract unsafe class ColumnDecoder
{
    private ulong[] validity = new ulong[32];
    private bool allValid = true;

    protected ColumnDecoder(string typeName) => TypeName = typeName;

    /// <summary>DuckDB's name for the type, for messages ("DECIMAL(18,6)", "MAP(VARCHAR, VARCHAR)").</summary>
    public string TypeName { get; }

    /// <summary>Copies rows [0, <paramref name="count"/>) of a borrowed vector into managed buffers.</summary>
    public void Load(nint vector, int count)
    {
        var mask = NativeMethods.duckdb_vector_get_validity(vector);
        allValid = mask == null;
        if (!allValid)
        {
            var words = (count + 63) >> 6;
            if (validity.Length < words)
            {
                validity = new ulong[Math.Max(words, validity.Length * 2)];
            }

            new ReadOnlySpan<ulong>(mask, words).CopyTo(validity);
        }

        LoadValues(vector, NativeMethods.duckdb_vector_get_data(vector), count);
    }

    public bool IsNull(int row) => !allValid && (validity[row >> 6] & (1UL << (row & 63))) == 0;

    public object? GetValue(int row) => IsNull(row) ? null : GetBoxed(row);

    public virtual bool GetBoolean(int row) => throw Mismatch(nameof(Boolean));

    public virtual long GetInt64(int row) => throw Mismatch(nameof(Int64));

    public virtual double GetDouble(int row) => throw Mismatch(nameof(Double));

    public virtual decimal GetDecimal(int row) => throw Mismatch(nameof(Decimal));

    public virtual string GetString(int row) => throw Mismatch(nameof(String));

    public virtual DateOnly GetDate(int row) => throw Mismatch(nameof(DateOnly));

    public virtual DateTime GetDateTime(int row) => throw Mismatch(nameof(DateTime));

    public virtual IReadOnlyList<object?> GetList(int row) => throw Mismatch("list");

    public virtual IReadOnlyDictionary<string, object?> GetMap(int row) => throw Mismatch("map");

    protected abstract void LoadValues(nint vector, void* data, int count);

    protected abstract object GetBoxed(int row);

    protected static T[] Ensure<T>(T[] buffer, int count) =>
        buffer.Length >= count ? buffer : new T[Math.Max(count, buffer.Length * 2)];

    protected InvalidCastException Mismatch(string wanted) =>
        new(string.Create(CultureInfo.InvariantCulture, $"A {TypeName} column cannot be read as {wanted}."));
}
