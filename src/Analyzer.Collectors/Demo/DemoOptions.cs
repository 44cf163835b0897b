namespace Analyzer.Collectors.Demo;

/// <summary>
/// What to generate. The same options and price book always give the same organisation, samples and cost lines.
/// </summary>
/// <param name="WindowEnd">
/// UTC end of the window. It is taken back to the start of its UTC day so every day of cost is whole; pass e.g.
/// <c>Period.LastWholeDays(time.GetUtcNow(), 90).End</c> or a fixed date.
/// </param>
public sealed record DemoOptions(DateTime WindowEnd)
{
    public const ulong DefaultSeed = 0x5EED_2024_0A11_CE01UL;

    public ulong Seed { get; init; } = DefaultSeed;

    /// <summary>Days of hourly samples and daily cost lines, ending at <see cref="WindowEnd"/>.</summary>
    public int Days { get; init; } = 90;

    /// <summary>Multiplies the number of workloads of each kind; 1.0 gives about 450.</summary>
    public double Scale { get; init; } = 1.0;

    internal void Validate()
    {
        if (WindowEnd.Kind != DateTimeKind.Utc)
        {
            throw new ArgumentException($"The demo window end must be UTC; got a {WindowEnd.Kind} time.", nameof(WindowEnd));
        }

        if (Days is < 1 or > 3660)
        {
            throw new ArgumentOutOfRangeException(nameof(Days), Days, "The demo window must be 1 to 3660 days long.");
        }

        if (!(Scale is > 0 and <= 20))
        {
            throw new ArgumentOutOfRangeException(nameof(Scale), Scale, "The demo scale must be above 0 and at most 20.");
        }
    }
}
