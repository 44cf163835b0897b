using System.Reflection;
using DuckDB.NET.Data;

namespace Analyzer.Storage.DuckDb;

/// <summary>
/// Reads a LIST of a value type (INTEGER[], DOUBLE[], ...) as a list of nullable elements: DuckDB.NET's default
/// List&lt;int&gt; refuses a list holding NULL, which SQL allows.
/// </summary>
internal static class NullableLists
{
    private static readonly MethodInfo GetFieldValue = typeof(DuckDBDataReader).GetMethod(nameof(DuckDBDataReader.GetFieldValue))!;
    /// <summary>The reader of a column of <paramref name="columnType"/> as nullable elements; null when it needs none.</summary>
    public static MethodInfo? Reader(Type columnType)
    {
        if (!columnType.IsGenericType || columnType.GetGenericTypeDefinition() != typeof(List<>))
        {
            return null;
        }

        var element = columnType.GetGenericArguments()[0];
        return element.IsValueType && Nullable.GetUnderlyingType(element) is null
            ? GetFieldValue.MakeGenericMethod(typeof(List<>).MakeGenericType(typeof(Nullable<>).MakeGenericType(element)))
            : null;
    }
}
