using System.Text.Json;
using Analyzer.Core.ComputeOptimizer;
using Analyzer.Core.Options;
using Analyzer.Core.Reporting;
using Analyzer.Core.Workloads;

namespace Analyzer.Reports.Html;

/// <summary>
/// The HTML workspace's data: every workload with its priced options, as one JSON document that the page embeds
/// compressed (<see cref="WorkspacePayload"/>) and the report's script renders. It is laid out for size: one array per
/// field rather than one object per workload (gzip finds the repeats of a column next to each other), every repeated
/// string (account, region, configuration, tag key and value, option label and reasoning, AWS finding) as an index
/// into one string table, levels and kinds as indexes, and no console link (the script builds it from the kind, region
/// and id). Every option is kept for the <see cref="FullOptionLimit"/> workloads that save most; the others keep their
/// recommended option and say how many more there are (in the CSV and XLSX of the same set).
/// </summary>
internal static class WorkspaceData
{
    public const int FullOptionLimit = 2_000;

    private static readonly WorkloadKind[] Kinds = Enum.GetValues<WorkloadKind>();
    private static readonly AwsRecommender[] Recommenders = Enum.GetValues<AwsRecommender>();
    private static readonly ComputeOptimizerAgreement[] Agreements = Enum.GetValues<ComputeOptimizerAgreement>();

    public static byte[] Build(ReportModel model) => Build(model, FullOptionLimit);

    internal static byte[] Build(ReportModel model, int fullOptionLimit)
    {
        var full = model.Workloads.OrderByDescending(w => w.RecommendedSavings).ThenBy(w => w.WorkloadId, StringComparer.Ordinal)
            .Take(fullOptionLimit).Select(w => w.WorkloadId).ToHashSet(StringComparer.Ordinal);
        var strings = new StringTable();
        var workloads = model.Workloads;
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream))
        {
            json.WriteStartObject();
            json.WriteString("teamTagKey", model.TeamTagKey);
            Strings(json, "tagKeys", workloads.SelectMany(w => w.Tags.Keys).Append(model.TeamTagKey).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
            Strings(json, "levels", Enum.GetValues<Risk>().Select(r => OptionLabels.LevelLabel(r.ToName())));
            Strings(json, "levelClasses", Enum.GetValues<Risk>().Select(r => r.ToName()));
            Strings(json, "confidences", Enum.GetValues<Confidence>().Select(c => OptionLabels.LevelLabel(c.ToName())));
            Strings(json, "confidenceClasses", Enum.GetValues<Confidence>().Select(c => c.ToName()));
            Strings(json, "categories", Enum.GetValues<SavingsCategory>().Select(c => c.ToLabel()));
            Strings(json, "kinds", Kinds.Select(ReportFormat.Kind));
            // The script picks a workload's console page by these names (ConsoleLink in report.js).
            Strings(json, "kindNames", Kinds.Select(k => k.ToString()));
            Strings(json, "recommenders", Recommenders.Select(Recommender));
            Strings(json, "agreements", Agreements.Select(Agreement));
            json.WriteStartObject("accountNames");
            foreach (var account in model.Cover.Accounts)
            {
                json.WriteString(account.AccountId, account.Name);
            }

            json.WriteEndObject();
            json.WriteStartObject("workloads");
            Column(json, "id", workloads, w => json.WriteStringValue(w.WorkloadId));
            Column(json, "name", workloads, w => json.WriteStringValue(w.Name));
            Column(json, "account", workloads, w => strings.WriteIndex(json, w.AccountId));
            Column(json, "region", workloads, w => strings.WriteIndex(json, w.Region));
            Column(json, "kind", workloads, w => json.WriteNumberValue(Array.IndexOf(Kinds, w.Kind)));
            Column(json, "current", workloads, w => strings.WriteIndex(json, w.CurrentConfiguration));
            Column(json, "cost", workloads, w => json.WriteNumberValue(w.CurrentMonthlyCost));
            Column(json, "cpu", workloads, w => Number(json, w.CpuP95Percent));
            Column(json, "mem", workloads, w => Number(json, w.MemoryP95Percent));
            Column(json, "tags", workloads, w => Tags(json, w, strings));
            Column(json, "more", workloads, w => json.WriteNumberValue(full.Contains(w.WorkloadId) ? 0 : w.Options.Count(o => !o.Recommended)));
            Column(json, "options", workloads, w => Options(json, full.Contains(w.WorkloadId) ? w.Options : [.. w.Options.Where(o => o.Recommended)], strings));
            Column(json, "aws", workloads, w => Aws(json, w, strings));
            json.WriteEndObject();
            strings.WriteTo(json, "strings");
            json.WriteEndObject();
        }

        return stream.ToArray();
    }

    private static void Column(Utf8JsonWriter json, string name, IReadOnlyList<WorkloadReport> workloads, Action<WorkloadReport> write)
    {
        json.WriteStartArray(name);
        foreach (var workload in workloads)
        {
            write(workload);
        }

        json.WriteEndArray();
    }

    // [key, value, key, value, ...], keys in order
    private static void Tags(Utf8JsonWriter json, WorkloadReport w, StringTable strings)
    {
        json.WriteStartArray();
        foreach (var tag in w.Tags.OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            strings.WriteIndex(json, tag.Key);
            strings.WriteIndex(json, tag.Value);
        }

        json.WriteEndArray();
    }

    private static void Options(Utf8JsonWriter json, IReadOnlyList<ReportOption> options, StringTable strings)
    {
        json.WriteStartArray();
        foreach (var o in options)
        {
            // [label, category, configuration, monthly cost, effort, risk, confidence, feasible, reason, recommended]
            json.WriteStartArray();
            strings.WriteIndex(json, o.Label);
            json.WriteNumberValue((int)o.Category);
            strings.WriteIndex(json, o.Configuration);
            json.WriteNumberValue(o.MonthlyCost);
            json.WriteNumberValue((int)o.Effort);
            json.WriteNumberValue((int)o.Risk);
            json.WriteNumberValue((int)o.Confidence);
            json.WriteNumberValue(o.Feasible ? 1 : 0);
            strings.WriteIndex(json, o.Rationale);
            json.WriteNumberValue(o.Recommended ? 1 : 0);
            json.WriteEndArray();
        }

        json.WriteEndArray();
    }

    private static void Aws(Utf8JsonWriter json, WorkloadReport w, StringTable strings)
    {
        json.WriteStartArray();
        foreach (var c in new[] { w.ComputeOptimizer, w.CostExplorer }.OfType<ComputeOptimizerComparison>())
        {
            // [recommender, finding, target, savings, agreement, reason]
            json.WriteStartArray();
            json.WriteNumberValue(Array.IndexOf(Recommenders, c.Recommender));
            strings.WriteIndex(json, c.Source is null ? null : c.Finding);
            strings.WriteIndex(json, c.RecommendedConfiguration);
            if (c.EstimatedMonthlySavingsUsd is { } savings)
            {
                json.WriteNumberValue(savings);
            }
            else
            {
                json.WriteNullValue();
            }

            json.WriteNumberValue(Array.IndexOf(Agreements, c.Agreement));
            strings.WriteIndex(json, c.Reason);
            json.WriteEndArray();
        }

        json.WriteEndArray();
    }

    private static string Recommender(AwsRecommender recommender) => recommender == AwsRecommender.CostExplorer ? "Cost Explorer" : "Compute Optimizer";

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

    private static void Number(Utf8JsonWriter json, double? value)
    {
        if (value is { } v)
        {
            json.WriteNumberValue(Math.Round(v, 1));
        }
        else
        {
            json.WriteNullValue();
        }
    }
}
