namespace Analyzer.Testing.Reporting;

/// <summary>
/// Strings an attacker (or an unlucky tagger) can put in a name, tag or product code, for the tests that push them
/// through every report format and the terminal.
/// </summary>
public static class HostileStrings
{
    public const string Script = "<script>alert('x')</script>";
    public const string Attribute = "\"'><img src=x onerror=alert(1)>";
    public const string Sql = "'; DROP TABLE workloads; --";
    public const string PathTraversal = "../../etc/passwd";
    public const string ControlCharacters = "ctrl\u0001\u0007\u001b[31mred\u001b[0m\u007f\u0085end";
    public const string RightToLeft = "\u202Eexe.gpj\u202C \u0645\u0631\u062D\u0628\u0627";
    public const string Emoji = "emoji \U0001F680\U0001F4B8 \U0001F469\u200D\U0001F4BB";
    public const string Formula = "=HYPERLINK(\"http://example.invalid\",\"x\")";
    public const string LoneSurrogate = "lone \uD800 surrogate";

    /// <summary>10,000 characters without a space: no column may grow to hold it.</summary>
    public static readonly string TenThousandCharacters = new('W', 10_000);

    public static IReadOnlyList<string> All { get; } =
        [Script, Attribute, Sql, PathTraversal, ControlCharacters, RightToLeft, Emoji, Formula, LoneSurrogate, TenThousandCharacters];
}
