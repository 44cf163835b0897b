using System.Globalization;
using System.Text;

namespace Analyzer.Jobs.Progress;

/// <summary>
/// Makes text from the data (tag values, names, DuckDB's messages that quote them) safe to print on a terminal: a
/// control character (ESC starting an escape sequence, BEL, backspace, C1 controls) or a bidirectional override
/// would let a hostile tag rewrite the screen or hide text, so each is shown as a visible \u escape instead.
/// </summary>
public static class TerminalText
{
    /// <summary>The text with every control and bidi-override character escaped; line breaks kept when <paramref name="keepLineBreaks"/>.</summary>
    public static string Sanitize(string text, bool keepLineBreaks = false)
    {
        ArgumentNullException.ThrowIfNull(text);
        var index = 0;
        while (index < text.Length && !Unsafe(text[index], keepLineBreaks))
        {
            index++;
        }

        if (index == text.Length)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 16).Append(text, 0, index);
        for (; index < text.Length; index++)
        {
            var c = text[index];
            if (Unsafe(c, keepLineBreaks))
            {
                builder.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}");
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static bool Unsafe(char c, bool keepLineBreaks) =>
        (char.IsControl(c) && !(keepLineBreaks && c is '\n' or '\r' or '\t'))
        || c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069' or '\u200E' or '\u200F' or '\u061C';
}
