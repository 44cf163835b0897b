using System.Text;
using HandlebarsDotNet;

namespace Analyzer.Reports.Html;

/// <summary>
/// Handlebars' HTML encoder with <see cref="UntrustedText.Clean"/> first: every {{value}} in the report has its
/// control characters replaced before it is escaped, so a name from AWS holding ESC or U+0001 prints as U+FFFD in
/// the HTML and the PDF instead of reaching the browser raw.
/// </summary>
internal sealed class CleaningHtmlEncoder : ITextEncoder
{
    private readonly HtmlEncoder inner = new();

    public void Encode(StringBuilder? text, TextWriter target)
    {
        if (text is null)
        {
            return;
        }

        inner.Encode(UntrustedText.Clean(text.ToString()), target);
    }

    public void Encode(string? text, TextWriter target)
    {
        if (text is null)
        {
            return;
        }

        inner.Encode(UntrustedText.Clean(text), target);
    }

    public void Encode<T>(T? text, TextWriter target)
        where T : IEnumerator<char>
    {
        if (text is null)
        {
            return;
        }

        var builder = new StringBuilder();
        while (text.MoveNext())
        {
            builder.Append(text.Current);
        }

        inner.Encode(UntrustedText.Clean(builder.ToString()), target);
    }
}
