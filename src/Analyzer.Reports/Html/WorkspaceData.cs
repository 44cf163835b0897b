using System.Text.Json;
using Analyzer.Core.ComputeOptimizer;
using Analyzer.Core.Options;
using Analyzer.Core.Reporting;

namespace Analyzer.Reports.Html;

/// <summary>
/// The HTML workspace's data: every workload with every priced option, as one compact JSON document embedded in a
/// script tag and rendered by the report's script. Options are arrays rather than objects and levels are indexes, so a
/// large fleet stays small. System.Text.Json escapes &lt;, &gt; and &amp;, so no AWS string can close the script tag.
/// Every option is kept for the <see cref="FullOptionLimit"/> workloads that save most; the others keep their
/// recommended option and say how many more there are (in the CSV and XLSX of the same set), so the page of a
/// 100,000-workload fleet is tens of megabytes, not hundreds.
/// </summary>
internal static class WorkspaceData
{
    public const int FullOptionLimit = 2_000;

    public static string Build(ReportModel model) => Build(model, FullOptionLimit);

    internal static string Build(ReportModel model, int fullOptionLimit)
    {
        var full = model.Workloads.OrderByDescending(w => w.RecommendedSavings).ThenBy(w => w.WorkloadId, StringComparer.Ordinal)
            .Take(fullOptionLimit).Select(w => w.WorkloadId).ToHashSet(StringComparer.Ordinal);
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream))
        {
            json.WriteStartObject();
            json.WriteString("teamTagKey", model.TeamTagKey);
            Strings(json, "tagKeys", model.Workloads.SelectMany(w => w.Tags.Keys).Append(model.TeamTagKey).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
            Strings(json, "levels", Enum.GetValues<Risk>().Select(r => OptionLabels.LevelLabel(r.ToName())));
            Strings(json, "levelClasses", Enum.GetValues<Risk>().Select(r => r.ToName()));
            Strings(json, "confidences", Enum.GetValues<Confidence>().Select(c => OptionLabels.LevelLabel(c.ToName())));
            Strings(json, "confidenceClasses", Enum.GetValues<Confidence>().Select(c => c.ToName()));
            Strings(json, "categories", Enum.GetValues<SavingsCategory>().Select(c => c.ToLabel()));
            json.WriteStartObject("accounts");
            foreach (var account in model.Cover.Accounts)
            {
                json.WriteString(account.AccountId, account.Name);
            }

            json.WriteEndObject();
            json.WriteStartArray("rows");
            foreach (var workload in model.Workloads)
            {
                Workload(json, workload, full.Contains(workload.WorkloadId));
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void Workload(Utf8JsonWriter json, WorkloadReport w, bool everyOption)
    {
        json.WriteStartObject();
        json.WriteString("id", w.WorkloadId);
        json.WriteString("name", w.Name);
        json.WriteString("account", w.AccountId);
        json.WriteString("region", w.Region);
        json.WriteString("kind", ReportFormat.Kind(w.Kind));
        json.WriteString("current", w.CurrentConfiguration);
        json.WriteNumber("cost", w.CurrentMonthlyCost);
        Number(json, "cpu", w.CpuP95Percent);
        Number(json, "mem", w.MemoryP95Percent);
        if (ConsoleLinks.For(w) is { } link)
        {
            json.WriteString("console", link.AbsoluteUri);
        }

        json.WriteStartObject("tags");
        foreach (var tag in w.Tags.OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            json.WriteString(tag.Key, tag.Value);
        }

        json.WriteEndObject();
        var options = everyOption ? w.Options : [.. w.Options.Where(o => o.Recommended)];
        if (options.Count < w.Options.Count)
        {
            json.WriteNumber("more", w.Options.Count - options.Count);
        }

        json.WriteStartArray("o");
        foreach (var o in options)
        {
            // [label, category, configuration, monthly cost, effort, risk, confidence, feasible, reason, recommended]
            json.WriteStartArray();
            json.WriteStringValue(o.Label);
            json.WriteNumberValue((int)o.Category);
            json.WriteStringValue(o.Configuration);
            json.WriteNumberValue(o.MonthlyCost);
            json.WriteNumberValue((int)o.Effort);
            json.WriteNumberValue((int)o.Risk);
            json.WriteNumberValue((int)o.Confidence);
            json.WriteNumberValue(o.Feasible ? 1 : 0);
            json.WriteStringValue(o.Rationale);
            json.WriteNumberValue(o.Recommended ? 1 : 0);
            json.WriteEndArray();
        }

        json.WriteEndArray();
        json.WriteStartArray("aws");
        foreach (var c in new[] { w.ComputeOptimizer, w.CostExplorer }.OfType<ComputeOptimizerComparison>())
        {
            // [recommender, finding, target, savings, agreement, reason]
            json.WriteStartArray();
            json.WriteStringValue(c.Recommender == AwsRecommender.CostExplorer ? "Cost Explorer" : "Compute Optimizer");
            json.WriteStringValue(c.Source is null ? null : c.Finding);
            json.WriteStringValue(c.RecommendedConfiguration);
            if (c.EstimatedMonthlySavingsUsd is { } savings)
            {
                json.WriteNumberValue(savings);
            }
            else
            {
                json.WriteNullValue();
            }

            json.WriteStringValue(Agreement(c.Agreement));
            json.WriteStringValue(c.Reason);
            json.WriteEndArray();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static string Agreement(ComputeOptimizerAgreement agreement) => agreement switch
    {
        ComputeOptimizerAgreement.Same => "agrees",
        ComputeOptimizerAgreement.SameDirection => "same direction, another target",
        ComputeOptimizerAgreement.DifferentDirection => "differs",
        _ => "no recommendation",
    };

    private static void Strings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }

    private static void Number(Utf8JsonWriter json, string name, double? value)
    {
        if (value is { } v)
        {
            json.WriteNumber(name, Math.Round(v, 1));
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
