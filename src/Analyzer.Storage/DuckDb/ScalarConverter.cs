using System.Globalization;

namespace Analyzer.Storage.DuckDb;

/// <summary>Converts one boxed DuckDB value to the type a caller asked for (long to int, decimal to double, ...).</summary>
internal static class ScalarConverter
{
    public static T? Convert<T>(object? value)
    {
        if (value is null or DBNull)
        {
            return default;
        }

        if (value is T typed)
        {
            return typed;
        }

        var target = Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T);
        return (T)(value switch
        {
            // sum() over integers is HUGEINT; Int128 is not IConvertible, so go through decimal (exact to 28 digits).
            Int128 huge => System.Convert.ChangeType((decimal)huge, target, CultureInfo.InvariantCulture),
            UInt128 huge => System.Convert.ChangeType((decimal)huge, target, CultureInfo.InvariantCulture),
            System.Numerics.BigInteger huge => System.Convert.ChangeType((decimal)huge, target, CultureInfo.InvariantCulture),
            DateTimeOffset offset when target == typeof(DateTime) => offset.UtcDateTime,
            DateTime time when target == typeof(DateTimeOffset) => new DateTimeOffset(DateTime.SpecifyKind(time, DateTimeKind.Utc)),
            DateTime time when target == typeof(DateOnly) => DateOnly.FromDateTime(time),
            DateOnly date when target == typeof(DateTime) => date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
            _ => System.Convert.ChangeType(value, target, CultureInfo.InvariantCulture),
        });
    }
}
