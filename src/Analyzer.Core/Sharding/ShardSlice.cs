using System.Globalization;

namespace Analyzer.Core.Sharding;

/// <summary>
/// One slice of an organisation's accounts, "shard <see cref="Index"/> of <see cref="Count"/>" (0-based, as AWS
/// Batch numbers array children). An account belongs to the shard its 12-digit id, read as a number, leaves modulo
/// <see cref="Count"/>: every account is in exactly one shard, whatever the others are, and in the same one on every
/// run (adding an account to the organisation moves no other). AWS assigns account ids without a pattern, so the
/// slices are about even.
/// </summary>
public readonly record struct ShardSlice
{
    /// <summary>The most shards a run may be split into (AWS Batch's largest array).</summary>
    public const int MaxCount = 10_000;

    public ShardSlice(int index, int count)
    {
        if (count is < 1 or > MaxCount)
        {
            throw new ArgumentOutOfRangeException(nameof(count), count, $"A run splits into 1 to {MaxCount} shards.");
        }

        if (index < 0 || index >= count)
        {
            throw new ArgumentOutOfRangeException(nameof(index), index, $"Shard index must be 0 to {count - 1}.");
        }

        Index = index;
        Count = count;
    }

    public int Index { get; }

    public int Count { get; }

    /// <summary>The shard of <paramref name="accountId"/> among <paramref name="count"/>.</summary>
    /// <exception cref="ArgumentException">The id is not 12 digits (AccountTargets checks them before).</exception>
    public static int Of(string accountId, int count)
    {
        ArgumentNullException.ThrowIfNull(accountId);
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        if (accountId.Length != 12 || !accountId.All(char.IsAsciiDigit))
        {
            throw new ArgumentException($"'{accountId}' is not a 12-digit AWS account id.", nameof(accountId));
        }

        return (int)(ulong.Parse(accountId, NumberStyles.None, CultureInfo.InvariantCulture) % (ulong)count);
    }

    /// <summary>Parses "i/n" (0 &lt;= i &lt; n); null when it is not that.</summary>
    public static ShardSlice? TryParse(string? text)
    {
        var parts = text?.Split('/') ?? [];
        return parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var count)
            && count is >= 1 and <= MaxCount && index < count
            ? new ShardSlice(index, count)
            : null;
    }

    public bool Contains(string accountId) => Of(accountId, Count) == Index;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Index}/{Count}");
}
