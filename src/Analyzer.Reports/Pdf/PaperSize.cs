namespace Analyzer.Reports.Pdf;

/// <summary>The paper the PDF is printed on.</summary>
public enum PaperSize
{
    A4,
    Letter,
}
