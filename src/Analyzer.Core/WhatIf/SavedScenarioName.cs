using System.Text.RegularExpressions;

namespace Analyzer.Core.WhatIf;

/// <summary>
/// The name a what-if is saved under (<c>--save NAME</c>): letters, digits, '.', '_' and '-', starting with a letter or
/// digit, at most 64 characters, so it is safe as text in HTML, CSV, a terminal or a file name.
/// </summary>
public static partial class SavedScenarioName
{
    /// <summary>The name when it is one; else a <see cref="ConfigurationException"/> naming <paramref name="key"/>.</summary>
    public static string Check(string? name, string key)
    {
        if (name is not null && Pattern().IsMatch(name))
        {
            return name;
        }

        throw new ConfigurationException(key, "a saved scenario's name is 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit (e.g. dev-to-fargate-spot).");
    }

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
