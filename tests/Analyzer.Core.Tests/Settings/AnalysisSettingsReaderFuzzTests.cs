using System.Text;
using Analyzer.Core.Settings;

namespace Analyzer.Core.Tests.Settings;

/// <summary>
/// Generated settings files and overrides (a fixed seed, a bounded count): every input is either read or refused
/// with a <see cref="ConfigurationException"/>, never another exception.
/// </summary>
public sealed class AnalysisSettingsReaderFuzzTests
{
    private const string Valid = """
        { "lookbackDays": 30, "cpuPercentile": "p95", "cpuHeadroomPercent": 20, "memoryHeadroomPercent": 20, "riskAppetite": "balanced",
          "allowedOptions": ["ec2-rightsized", "graviton"], "regions": ["us-east-1"], "accounts": ["111111111111"], "minimumHours": 24 }
        """;

    private static readonly string[] Fragments =
    [
        "{", "}", "[", "]", ",", ":", "\"", "null", "true", "-1", "1e309", "99999999999999999999", "\"p101\"", "\"\u0001\"", "\"\\ud800\"",
        "\"lookbackDays\"", "\"allowedOptions\"", "\"riskAppetite\"", "NaN", "0.5", "[[[[", "\"x\":{}", "//", "/*", "\u202E",
    ];

    [Fact]
    public void Parse_GeneratedFiles_ReadsOrRefusesWithConfigurationException()
    {
        var random = new Random(14);
        for (var i = 0; i < 600; i++)
        {
            var input = Mutate(Valid, random);
            var error = Record.Exception(() => AnalysisSettingsReader.Parse(input));
            Assert.True(error is null or ConfigurationException, $"input #{i} {input}: {error}");
        }
    }

    [Fact]
    public void ApplyOverride_GeneratedPairs_AppliesOrRefusesWithConfigurationException()
    {
        var random = new Random(15);
        string[] keys = ["lookbackDays", "cpuPercentile", "cpuHeadroomPercent", "riskAppetite", "allowedOptions", "regions", "nosuch", "", "="];
        for (var i = 0; i < 600; i++)
        {
            var pair = keys[random.Next(keys.Length)] + (random.Next(4) == 0 ? string.Empty : "=") + Fragments[random.Next(Fragments.Length)]
                + (random.Next(2) == 0 ? "," + Fragments[random.Next(Fragments.Length)] : string.Empty);
            var error = Record.Exception(() => AnalysisSettingsReader.ApplyOverride(new AnalysisSettings(), pair));
            Assert.True(error is null or ConfigurationException, $"override #{i} {pair}: {error}");
        }
    }

    private static string Mutate(string text, Random random)
    {
        var builder = new StringBuilder(text);
        for (var edits = random.Next(1, 6); edits > 0; edits--)
        {
            var at = random.Next(builder.Length + 1);
            switch (random.Next(3))
            {
                case 0 when builder.Length > 0 && at < builder.Length:
                    builder.Remove(at, Math.Min(random.Next(1, 8), builder.Length - at));
                    break;
                case 1:
                    builder.Insert(at, Fragments[random.Next(Fragments.Length)]);
                    break;
                default:
                    builder.Insert(at, (char)random.Next(0, 0x3000));
                    break;
            }
        }

        return builder.ToString();
    }
}
