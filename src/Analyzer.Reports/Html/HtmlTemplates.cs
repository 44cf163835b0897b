using Analyzer.Core.ComputeOptimizer;
using Analyzer.Core.Options;
using Analyzer.Core.Reporting;
using Analyzer.Core.Time;
using Analyzer.Core.Workloads;
using HandlebarsDotNet;

namespace Analyzer.Reports.Html;

/// <summary>
/// The compiled Handlebars environment: partials (one per report section or component), formatting helpers
/// and the two entry templates. Handlebars escapes every {{value}}; only our own SVG, CSS and script go through
/// triple braces.
/// </summary>
internal sealed class HtmlTemplates
{
    private static readonly Lazy<HtmlTemplates> Instance = new(() => new HtmlTemplates());

    private readonly HandlebarsTemplate<object, object> report;
    private readonly HandlebarsTemplate<object, object> footer;
    private readonly IHandlebars handlebars;

    private HtmlTemplates()
    {
        handlebars = Handlebars.Create(new HandlebarsConfiguration { ThrowOnUnresolvedBindingExpression = false, TextEncoder = new CleaningHtmlEncoder() });
        RegisterHelpers(handlebars);
        foreach (var (name, text) in TemplateSource.Partials())
        {
            handlebars.RegisterTemplate(name, text);
        }

        report = handlebars.Compile(TemplateSource.Read("report.hbs"));
        footer = handlebars.Compile(TemplateSource.Read("pdf-footer.hbs"));
    }

    public static HtmlTemplates Shared => Instance.Value;

    /// <summary>Compiles a template in this environment (with the helpers and partials); for tests.</summary>
    internal HandlebarsTemplate<object, object> Compile(string template) => handlebars.Compile(template);

    public string Report(HtmlReportView view) => report(view);

    /// <summary>The PDF footer: Chromium fills the pageNumber and totalPages spans.</summary>
    public string Footer(ReportModel model) => footer(model);

    private static void RegisterHelpers(IHandlebars handlebars)
    {
        handlebars.RegisterHelper("usd", (_, args) => ReportFormat.Usd(Decimal(args[0])));
        handlebars.RegisterHelper("minus", (_, args) => Decimal(args[0]) - Decimal(args[1]));
        handlebars.RegisterHelper("usdh", (_, args) => ReportFormat.UsdPerHour(Decimal(args[0])));
        handlebars.RegisterHelper("num", (_, args) => ReportFormat.Invariant(Decimal(args[0])));
        handlebars.RegisterHelper("count", (_, args) => ReportFormat.Count(Convert.ToDecimal(args[0], System.Globalization.CultureInfo.InvariantCulture)));
        handlebars.RegisterHelper("pct", (_, args) => args[0] is decimal d ? ReportFormat.Percent(d) : ReportFormat.Percent(args[0] as double?));
        handlebars.RegisterHelper("pctv", (_, args) => args[0] is double d ? ReportFormat.Invariant(d) : "-1");
        handlebars.RegisterHelper("kpi", (_, args) => ReportFormat.Kpi(Arg<KpiTile>(args, 0)));
        handlebars.RegisterHelper("month", (_, args) => ReportFormat.Month(Arg<DateOnly>(args, 0)));
        handlebars.RegisterHelper("inc", (_, args) => Convert.ToInt32(args[0], System.Globalization.CultureInfo.InvariantCulture) + 1);
        handlebars.RegisterHelper("date", (_, args) => ReportFormat.Date(Arg<DateOnly>(args, 0)));
        handlebars.RegisterHelper("timestamp", (_, args) => ReportFormat.Timestamp(Arg<DateTimeOffset>(args, 0)));
        handlebars.RegisterHelper("period", (_, args) => ReportFormat.Period(Arg<Period>(args, 0)));
        handlebars.RegisterHelper("kind", (_, args) => ReportFormat.Kind(Arg<WorkloadKind>(args, 0)));
        handlebars.RegisterHelper("option", (_, args) => (Arg<OptionFamily>(args, 0)).ToLabel());
        handlebars.RegisterHelper("coAgreement", (_, args) => Arg<ComputeOptimizerAgreement>(args, 0) switch
        {
            ComputeOptimizerAgreement.Same => "agrees",
            ComputeOptimizerAgreement.SameDirection => "same direction, another target",
            ComputeOptimizerAgreement.DifferentDirection => "differs",
            _ => "no recommendation",
        });
        handlebars.RegisterHelper("recommender", (_, args) => Arg<AwsRecommender>(args, 0) == AwsRecommender.CostExplorer ? "Cost Explorer" : "Compute Optimizer");
        handlebars.RegisterHelper("coAgreementClass", (_, args) => Arg<ComputeOptimizerAgreement>(args, 0).ToName());
        handlebars.RegisterHelper("family", (_, args) => (Arg<SavingsCategory>(args, 0)).ToLabel());
        handlebars.RegisterHelper("rating", (_, args) => OptionLabels.LevelLabel(LevelName(args[0])));
        handlebars.RegisterHelper("ratingValue", (_, args) => Convert.ToInt32(Arg<Enum>(args, 0), System.Globalization.CultureInfo.InvariantCulture));
        handlebars.RegisterHelper("ne", (_, args) => !Equals(args[0], args[1]));
        handlebars.RegisterHelper("ratingClass", (_, args) => LevelName(args[0]));
        handlebars.RegisterHelper("sign", (_, args) => Decimal(args[0]) switch { > 0 => "pos", < 0 => "neg", _ => "zero" });
        handlebars.RegisterHelper("tag", (_, args) =>
            args[0] is IReadOnlyDictionary<string, string> tags && args[1] is string key && tags.TryGetValue(key, out var value) ? value : string.Empty);
        handlebars.RegisterHelper("tags", (_, args) =>
            args[0] is IReadOnlyDictionary<string, string> tags ? string.Join(", ", tags.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => $"{t.Key}={t.Value}")) : string.Empty);
        handlebars.RegisterHelper("len", (_, args) => args[0] is System.Collections.ICollection c ? c.Count : 0);
        handlebars.RegisterHelper("join", (_, args) => args[0] is IEnumerable<string> items ? string.Join(", ", items) : string.Empty);
    }

    // Risk, effort and confidence share the engine's kebab-case level names ("very-low").
    private static string LevelName(object? level) => level switch
    {
        Risk r => r.ToName(),
        Effort e => e.ToName(),
        Confidence c => c.ToName(),
        _ => throw new InvalidOperationException($"Template helper argument is not a risk, effort or confidence: {level}"),
    };

    private static T Arg<T>(Arguments args, int index) =>
        args[index] is T value ? value : throw new InvalidOperationException($"Template helper argument {index} is not a {typeof(T).Name}: {args[index]}");

    private static decimal Decimal(object? value) => value switch
    {
        decimal d => d,
        int i => i,
        long l => l,
        double d => (decimal)d,
        _ => 0m,
    };
}
