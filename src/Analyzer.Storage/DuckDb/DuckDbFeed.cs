using DuckDB.NET.Data;
using DuckDB.NET.Data.DataChunk.Writer;

namespace Analyzer.Storage.DuckDb;

/// <summary>
/// Rows produced in .NET that a statement reads as a table, <c>analyzer_feed($feed)</c> (see
/// <see cref="DuckDbConnection.ExecuteFeed"/>): DuckDB asks for a chunk of up to 2,048 rows at a time and the feed
/// writes each value straight into the chunk's column vectors. For bulk loads, this is the columnar path into DuckDB
/// that DuckDB.NET serves: an <c>INSERT ... SELECT</c> over a feed costs about half the CPU of the appender's row
/// path (BENCHMARKS.md, issue #13), because DuckDB takes the chunks as a query's own and writes them as
/// <c>read_parquet</c>'s are written. One statement reads the rows up to the first <see cref="MoveNext"/> that
/// returns false; a later statement over the same feed continues from there.
/// </summary>
internal abstract class DuckDbFeed
{
    /// <summary>The columns, in order, each with the .NET type of its values (string, DateTime, double, int, long, ...).</summary>
    public abstract IReadOnlyList<ColumnInfo> Columns { get; }

    /// <summary>Advances to the next row; false ends the statement's rows. Called on one of DuckDB's threads, one call at a time.</summary>
    public abstract bool MoveNext();

    /// <summary>
    /// Writes the current row's values at <paramref name="row"/> of the chunk, one writer per column of
    /// <see cref="Columns"/>, each value as its column's declared type (<c>WriteValue</c> writes numbers as they are).
    /// </summary>
    public abstract void Write(IDuckDBDataWriter[] columns, ulong row);
}
