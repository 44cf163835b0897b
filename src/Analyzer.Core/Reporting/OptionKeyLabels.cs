using System.Globalization;
using System.Text.RegularExpressions;
using Analyzer.Core.Options;

namespace Analyzer.Core.Reporting;

/// <summary>
/// Words for an engine option key ("reserved-instance:ri-standard:3y:all:t4g.xlarge" reads "Reserved Instance:
/// standard, 3-year, all upfront, t4g.xlarge"), so no export or report shows a raw key. Segments it has no words
/// for are shown as they are.
/// </summary>
public static partial class OptionKeyLabels
{
    public static string Describe(string key)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        var segments = key.Split(':');
        var head = OptionFamilyNames.TryParse(segments[0], out var family) ? family.ToLabel() : segments[0];
        var rest = segments.Skip(1).Where(s => s.Length > 0).Select(Segment).ToList();
        return rest.Count == 0 ? head : $"{head}: {string.Join(", ", rest)}";
    }

    private static string Segment(string segment)
    {
        if (Term().Match(segment) is { Success: true } term)
        {
            return term.Groups[1].Value + "-year";
        }

        if (Size().Match(segment) is { Success: true } size)
        {
            return string.Create(CultureInfo.InvariantCulture, $"{size.Groups[1].Value} vCPU / {size.Groups[2].Value} GB");
        }

        return segment switch
        {
            "all" or "partial" or "no" => segment + " upfront",
            "ri-standard" => "standard",
            "ri-convertible" => "convertible",
            "compute" => "Compute plan",
            "ec2instance" => "EC2 Instance plan",
            "portfolio" => "Reserved Instances and Compute plan",
            _ => segment,
        };
    }

    [GeneratedRegex(@"^(\d+)y$")]
    private static partial Regex Term();

    [GeneratedRegex(@"^(\d+(?:\.\d+)?)vcpu-(\d+(?:\.\d+)?)gb$")]
    private static partial Regex Size();
}
