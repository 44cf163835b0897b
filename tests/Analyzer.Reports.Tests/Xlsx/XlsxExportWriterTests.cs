using System.Globalization;
using System.IO.Compression;
using System.Xml.Linq;
using Analyzer.Core.Reporting;
using Analyzer.Reports.Csv;
using Analyzer.Reports.Xlsx;
using Analyzer.Testing.Reporting;

namespace Analyzer.Reports.Tests.Xlsx;

public sealed class XlsxExportWriterTests
{
    private static readonly XNamespace Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    [Fact]
    public void Render_SampleModel_HasTheFiveSheetsInOrder()
    {
        using var xlsx = Open(SampleReportModel.Create());

        var names = XDocument.Load(xlsx.GetEntry("xl/workbook.xml")!.Open()).Descendants(Main + "sheet").Select(s => (string)s.Attribute("name")!);

        Assert.Equal(["summary", "recommendations", "options", "commitments", "data quality"], names);
    }

    [Fact]
    public void Render_OptionsSheet_MatchesTheCsvCellForCell()
    {
        var model = SampleReportModel.Create();
        var csv = CsvRows(CsvExportWriter.Render(model));
        using var xlsx = Open(model);

        var sheet = Sheet(xlsx, 3);

        Assert.Equal(csv.Count, sheet.Count);
        for (var r = 0; r < csv.Count; r++)
        {
            for (var c = 0; c < csv[r].Length; c++)
            {
                var expected = csv[r][c];
                var actual = sheet[r].GetValueOrDefault(c, string.Empty);
                // Numbers are numbers in the XLSX: compare their values; text must be the same text.
                if (r > 0 && decimal.TryParse(expected, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
                {
                    Assert.Equal(number, decimal.Parse(actual, NumberStyles.Float, CultureInfo.InvariantCulture));
                }
                else
                {
                    Assert.Equal(expected, actual);
                }
            }
        }
    }

    [Fact]
    public void Render_RecommendationsSheet_HoldsOneRowPerRecommendation()
    {
        var model = SampleReportModel.Create();
        using var xlsx = Open(model);

        var sheet = Sheet(xlsx, 2);

        // A header row, then one row per workload with a recommended option.
        Assert.Equal(model.Recommendations.Count + 1, sheet.Count);
    }

    [Fact]
    public void Render_FormulaLikeName_IsNeutralisedAsInTheCsv()
    {
        var model = WithName(SampleReportModel.Create(), "=HYPERLINK(\"http://x\",\"y\")");
        using var xlsx = Open(model);

        var names = Sheet(xlsx, 3).Skip(1).Select(r => r[3]).ToList();

        Assert.Contains("'=HYPERLINK(\"http://x\",\"y\")", names);
        Assert.DoesNotContain(names, n => n.StartsWith('='));
    }

    [Theory]
    [InlineData("fr-FR")]
    [InlineData("de-DE")]
    public void Render_InAnyCulture_WritesTheSameBytesAsInvariant(string culture)
    {
        var model = SampleReportModel.Create();
        var original = CultureInfo.CurrentCulture;
        string invariant, other;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
            invariant = SheetText(model);
            CultureInfo.CurrentCulture = ExportCultureTests.Culture(culture);
            other = SheetText(model);
        }
        finally
        {
            CultureInfo.CurrentCulture = original;
        }

        Assert.Equal(invariant, other);
    }

    internal static ReportModel WithName(ReportModel model, string name) =>
        model with { Workloads = [model.Workloads[0] with { Name = name }, .. model.Workloads.Skip(1)] };

    private static string SheetText(ReportModel model)
    {
        using var xlsx = Open(model);
        return string.Join('\n', Sheet(xlsx, 3).Select(r => string.Join('|', r.OrderBy(c => c.Key).Select(c => c.Value))));
    }

    private static ZipArchive Open(ReportModel model) => new(new MemoryStream(XlsxExportWriter.Render(model)), ZipArchiveMode.Read);

    /// <summary>Sheet N's rows as column index -> the cell's text (shared strings resolved, numbers as written).</summary>
    private static List<Dictionary<int, string>> Sheet(ZipArchive xlsx, int number)
    {
        var shared = xlsx.GetEntry("xl/sharedStrings.xml") is { } entry
            ? XDocument.Load(entry.Open()).Root!.Elements(Main + "si").Select(si => string.Concat(si.Descendants(Main + "t").Select(t => t.Value))).ToList()
            : [];
        var sheet = XDocument.Load(xlsx.GetEntry($"xl/worksheets/sheet{number}.xml")!.Open());
        return [.. sheet.Descendants(Main + "row").Select(row => row.Elements(Main + "c").ToDictionary(
            c => Column((string)c.Attribute("r")!),
            c => (string?)c.Attribute("t") switch
            {
                "s" => shared[int.Parse(c.Element(Main + "v")!.Value, CultureInfo.InvariantCulture)],
                "inlineStr" => string.Concat(c.Descendants(Main + "t").Select(t => t.Value)),
                _ => c.Element(Main + "v")?.Value ?? string.Empty,
            }))];
    }

    private static int Column(string reference)
    {
        var column = 0;
        foreach (var ch in reference.TakeWhile(char.IsLetter))
        {
            column = (column * 26) + (ch - 'A' + 1);
        }

        return column - 1;
    }

    private static List<string[]> CsvRows(string csv)
    {
        var rows = new List<string[]>();
        var cells = new List<string>();
        var cell = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < csv.Length; i++)
        {
            var ch = csv[i];
            if (quoted)
            {
                if (ch == '"' && i + 1 < csv.Length && csv[i + 1] == '"') { cell.Append('"'); i++; }
                else if (ch == '"') { quoted = false; }
                else { cell.Append(ch); }
            }
            else if (ch == '"') { quoted = true; }
            else if (ch == ',') { cells.Add(cell.ToString()); cell.Clear(); }
            else if (ch == '\n') { cells.Add(cell.ToString()); cell.Clear(); rows.Add([.. cells]); cells.Clear(); }
            else { cell.Append(ch); }
        }

        return rows;
    }
}
