using System.Globalization;
using System.Text;
using Analyzer.Core;

namespace Analyzer.Collectors.PriceList;

/// <summary>
/// The top of a Price List CSV: a metadata block of <c>"Key","Value"</c> lines ("FormatVersion", "Disclaimer",
/// "Publication Date", "Version", "OfferCode") and then the quoted header row, which starts with "SKU". Reading
/// it before loading lets a wrong file fail with a clear message while the store is still untouched.
/// </summary>
internal sealed record PriceListCsvHeader(
    IReadOnlyDictionary<string, string> Metadata,
    IReadOnlyList<string> Columns,
    int LinesBeforeHeader,
    DateOnly PublicationDate,
    string Version)
{
    private const int MaxMetadataLines = 20;

    public static PriceListCsvHeader Read(string path, PriceListOffer offer, string region)
    {
        var where = $"{offer.Code} {region} price list ({path})";
        var metadata = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        using var reader = new StreamReader(path, Encoding.UTF8);
        for (var lineNumber = 0; lineNumber <= MaxMetadataLines; lineNumber++)
        {
            var line = reader.ReadLine() ?? throw new PriceListException($"{where} ends before its header row (a row starting with \"SKU\").");
            var fields = SplitLine(line, where, lineNumber + 1);
            if (fields.Count > 0 && fields[0] == "SKU")
            {
                return Validate(metadata, fields, lineNumber, offer, where);
            }

            if (fields.Count >= 2)
            {
                metadata[fields[0]] = fields[1];
            }
        }

        throw new PriceListException($"{where} has no header row starting with \"SKU\" in its first {MaxMetadataLines} lines.");
    }

    private static PriceListCsvHeader Validate(
        Dictionary<string, string> metadata, IReadOnlyList<string> columns, int linesBefore, PriceListOffer offer, string where)
    {
        if (metadata.TryGetValue("OfferCode", out var code) && !string.Equals(code, offer.Code, StringComparison.Ordinal))
        {
            throw new PriceListException($"{where} is for offer {code}, not {offer.Code}.");
        }

        if (!metadata.TryGetValue("Publication Date", out var published)
            || !DateTimeOffset.TryParse(published, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var publishedAt))
        {
            throw new PriceListException($"{where} has no readable \"Publication Date\" line, so its prices cannot be dated.");
        }

        var held = new HashSet<string>(columns, StringComparer.OrdinalIgnoreCase);
        var missing = offer.RequiredColumns.Where(c => !held.Contains(c)).ToList();
        if (missing.Count > 0)
        {
            throw new PriceListException($"{where} lacks the column(s) {string.Join(", ", missing.Select(c => $"\"{c}\""))}.");
        }

        var version = metadata.GetValueOrDefault("Version") ?? publishedAt.UtcDateTime.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);
        return new PriceListCsvHeader(metadata, columns, linesBefore, DateOnly.FromDateTime(publishedAt.UtcDateTime), version);
    }

    /// <summary>Splits one physical line of RFC 4180 CSV (quoted fields, doubled quotes).</summary>
    internal static IReadOnlyList<string> SplitLine(string line, string where, int lineNumber) =>
        CsvLine.Split(line) ?? throw new PriceListException($"{where} line {lineNumber} has an unterminated quoted field.");
}
