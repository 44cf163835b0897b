namespace Analyzer.Core.Rules;

/// <summary>
/// The <see cref="FleetSizer"/>s of one workload's evaluation, one per distinct <see cref="FleetRequirement"/> (equal
/// by value): the options that size the workload as a fleet (rightsized, Graviton, Fargate, Fargate Spot) each build
/// the same requirement, so they share one sizer and every size it has worked out. Keyed by the whole requirement,
/// so a requirement that differs in anything (another current memory, say) never reads another's sizes.
/// Not thread-safe: one belongs to one workload's evaluation.
/// </summary>
internal sealed class FleetSizers
{
    // A workload builds two or three distinct requirements at most: a short list compared by value beats hashing
    // every field of a record (and its hour list's identity) on each look-up.
    private readonly List<FleetSizer> sizers = [];

    public FleetSizer For(FleetRequirement fleet)
    {
        ArgumentNullException.ThrowIfNull(fleet);
        foreach (var sizer in sizers)
        {
            if (ReferenceEquals(sizer.Fleet, fleet) || sizer.Fleet.Equals(fleet))
            {
                return sizer;
            }
        }

        var added = new FleetSizer(fleet);
        sizers.Add(added);
        return added;
    }
}
