using System.Globalization;
using Analyzer.Core.Reporting;
using Analyzer.Reports.Csv;
using Analyzer.Reports.Html;
using Analyzer.Reports.Json;
using Analyzer.Testing.Reporting;

namespace Analyzer.Reports.Tests;

/// <summary>
/// Every writer gives the same bytes whatever the host's culture: numbers, money and dates are invariant. The tests
/// run in .NET's globalization-invariant mode, so the "other" cultures are invariant clones with German separators
/// ("1.234,56 €") and a Unicode minus sign.
/// </summary>
public sealed class ExportCultureTests
{
    public static CultureInfo Culture(string name)
    {
        var culture = (CultureInfo)CultureInfo.InvariantCulture.Clone();
        if (name == "de-DE")
        {
            (culture.NumberFormat.NumberDecimalSeparator, culture.NumberFormat.NumberGroupSeparator) = (",", ".");
            (culture.NumberFormat.CurrencyDecimalSeparator, culture.NumberFormat.CurrencyGroupSeparator, culture.NumberFormat.CurrencySymbol) = (",", ".", "€");
            culture.DateTimeFormat.ShortDatePattern = "dd.MM.yyyy";
        }
        else
        {
            culture.NumberFormat.NegativeSign = "\u2212";
            (culture.NumberFormat.NumberDecimalSeparator, culture.NumberFormat.NumberGroupSeparator) = (",", "\u202F");
        }

        return culture;
    }

    public static TheoryData<string, string> WritersAndCultures => new()
    {
        { "csv", "de-DE" }, { "csv", "fr-FR" }, { "json", "de-DE" }, { "json", "fr-FR" }, { "html", "de-DE" }, { "html", "fr-FR" },
    };

    [Theory]
    [MemberData(nameof(WritersAndCultures))]
    public void Render_UnderAnotherCulture_IsTheSameAsInvariant(string writer, string culture)
    {
        var model = SampleReportModel.Create();
        var invariant = Under(CultureInfo.InvariantCulture, () => Render(writer, model));

        var other = Under(Culture(culture), () => Render(writer, model));

        Assert.Equal(invariant, other);
    }

    [Fact]
    public void Render_Csv_WritesMoneyWithAPointAndNoGrouping()
    {
        var csv = Under(Culture("de-DE"), () => CsvExportWriter.Render(SampleReportModel.Create()));

        // The hostile workload costs 560.64 a month: German formatting would write "560,64".
        Assert.Contains(",560.64,", csv, StringComparison.Ordinal);
    }

    private static string Render(string writer, ReportModel model) => writer switch
    {
        "csv" => CsvExportWriter.Render(model),
        "json" => System.Text.Encoding.UTF8.GetString(JsonExportWriter.Render(model)),
        _ => HtmlReportWriter.Render(model),
    };

    private static string Under(CultureInfo culture, Func<string> render)
    {
        var (previous, previousUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = culture;
            return render();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (previous, previousUi);
        }
    }
}
