using System.Text;

namespace Analyzer.Reports;

/// <summary>
/// Makes a string that came from AWS or a billing file (a name, a tag, a product code) safe for every report sink
/// before it is escaped for that sink: characters XML 1.0 forbids (C0 controls but tab and line breaks, lone
/// surrogates, U+FFFE/U+FFFF) and C1 controls become U+FFFD. XmlWriter throws on them (the SVG charts), a terminal
/// runs ESC sequences (the CSV opened with cat), and none carries meaning in a name.
/// </summary>
public static class UntrustedText
{
    public const char Replacement = '\uFFFD';

    /// <summary>The text with every forbidden character replaced; the same instance when there is none.</summary>
    public static string Clean(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var first = FirstForbidden(text);
        if (first < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length).Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
            }
            else
            {
                builder.Append(Forbidden(c) ? Replacement : c);
            }
        }

        return builder.ToString();
    }

    /// <summary>As <see cref="Clean(string)"/>, null staying null.</summary>
    public static string? CleanOrNull(string? text) => text is null ? null : Clean(text);

    private static int FirstForbidden(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (Forbidden(c))
            {
                return i;
            }
        }

        return -1;
    }

    // A surrogate reaching here is unpaired.
    private static bool Forbidden(char c) =>
        c is < ' ' and not ('\t' or '\n' or '\r') or >= '\u007F' and <= '\u009F' or '\uFFFE' or '\uFFFF' || char.IsSurrogate(c);
}
