namespace Analyzer.Core.WhatIf;

/// <summary>
/// A name pattern: <c>*</c> any run of characters, <c>?</c> one character, anything else itself (ignoring case).
/// Matched by a greedy scan that backtracks only to the last star, so a hostile name or pattern stays linear-ish
/// (no regular expression, no catastrophic backtracking).
/// </summary>
public sealed class GlobPattern(string pattern)
{
    public string Pattern { get; } = pattern ?? throw new ArgumentNullException(nameof(pattern));

    public bool Matches(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        int t = 0, p = 0, star = -1, resume = 0;
        while (t < text.Length)
        {
            if (p < Pattern.Length && Pattern[p] == '*')
            {
                star = p++;
                resume = t;
            }
            else if (p < Pattern.Length && (Pattern[p] == '?' || Same(Pattern[p], text[t])))
            {
                t++;
                p++;
            }
            else if (star >= 0)
            {
                p = star + 1;
                t = ++resume;
            }
            else
            {
                return false;
            }
        }

        while (p < Pattern.Length && Pattern[p] == '*')
        {
            p++;
        }

        return p == Pattern.Length;
    }

    public override string ToString() => Pattern;

    private static bool Same(char a, char b) => a == b || char.ToUpperInvariant(a) == char.ToUpperInvariant(b);
}
