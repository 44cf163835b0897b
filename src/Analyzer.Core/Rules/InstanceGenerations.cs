using Analyzer.Core.Pricing;

namespace Analyzer.Core.Rules;

/// <summary>
/// Which targets would be a silent downgrade: a type of an older hardware generation than today's from the same
/// CPU vendor (AWS Graviton for arm64; AMD for x86 families with an "a" after the generation, such as m5a or c7a;
/// Intel for the other x86 families). Older cores do less per vCPU, so demand measured on today's cores would be
/// under-stated on them. Analyzer ships no per-vCPU performance factors between generations, so such a target is
/// never offered; a move to another vendor (Graviton from x86) is priced as its own option with its own effort.
/// Burstable families carry their own generation numbers; they are compared at the generation of the processor
/// they run on: t2 as 4 (Haswell/Broadwell, like m4), t3 and t3a as 5 (like m5 and m5a), t4g as 6 (Graviton2, like m6g).
/// </summary>
public static class InstanceGenerations
{
    public static string Vendor(InstanceSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        if (spec.Architecture == "arm64")
        {
            return "aws";
        }

        var family = spec.Family;
        var i = 0;
        while (i < family.Length && !char.IsDigit(family[i]))
        {
            i++;
        }

        while (i < family.Length && char.IsDigit(family[i]))
        {
            i++;
        }

        // A span, not a substring: the rightsizers ask this of every candidate type.
        return family.AsSpan(i).Contains('a') ? "amd" : "intel";
    }

    /// <summary>True when <paramref name="candidate"/> is an older generation than <paramref name="current"/> from the same vendor.</summary>
    public static bool IsDowngrade(InstanceSpec candidate, InstanceSpec current)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        ArgumentNullException.ThrowIfNull(current);
        return Generation(candidate) is { } to && Generation(current) is { } from && to < from
            && Vendor(candidate) == Vendor(current);
    }

    /// <summary>The processor generation a type runs on, comparable within a vendor.</summary>
    public static int? Generation(InstanceSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        return spec.Family switch
        {
            "t2" => 4,
            "t3" or "t3a" => 5,
            "t4g" => 6,
            _ => spec.Generation,
        };
    }
}
