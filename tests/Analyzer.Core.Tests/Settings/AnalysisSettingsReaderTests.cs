using Analyzer.Core;
using Analyzer.Core.Options;
using Analyzer.Core.Profiles;
using Analyzer.Core.Settings;

namespace Analyzer.Core.Tests.Settings;

public class AnalysisSettingsReaderTests
{
    [Fact]
    public void Parse_EmptyObject_KeepsComputeOptimizerDefaults()
    {
        var settings = AnalysisSettingsReader.Parse("{}");

        Assert.Equal(14, settings.LookbackDays);
        Assert.Equal(CpuPercentile.P99_5, settings.CpuPercentile);
        Assert.Equal(20, settings.CpuHeadroomPercent);
        Assert.Equal(20, settings.MemoryHeadroomPercent);
        Assert.Equal(RiskAppetite.Balanced, settings.RiskAppetite);
        Assert.Equal(0.95m, settings.ReservedInstanceSteadyShare);
    }

    [Fact]
    public void Parse_ReservedInstanceSteadyShare_IsRead()
    {
        var settings = AnalysisSettingsReader.Parse("""{"reservedInstanceSteadyShare": 0.8}""");

        Assert.Equal(0.8m, settings.ReservedInstanceSteadyShare);
    }

    [Fact]
    public void Parse_AllKeys_AreRead()
    {
        const string json = """
            {
              // comments are allowed
              "lookbackDays": 32,
              "cpuPercentile": "p95",
              "cpuHeadroomPercent": 30,
              "memoryHeadroomPercent": 10,
              "idleCpuMaxPercent": 2,
              "activeCpuThresholdPercent": 7,
              "minimumHours": 48,
              "minimumPooledUnits": 3,
              "riskAppetite": "aggressive",
              "allowedOptions": ["ec2-rightsized", "fargate"],
              "interruptionToleranceTags": ["batch"],
              "unitOfWorkTag": "job-seconds",
              "regions": ["us-east-1"],
              "accounts": ["111111111111"],
              "savingsPlanCurvePoints": 20,
              "heldSavingsPlanHourlyUsd": 1.25,
            }
            """;

        var s = AnalysisSettingsReader.Parse(json);

        Assert.Equal(32, s.LookbackDays);
        Assert.Equal(CpuPercentile.P95, s.CpuPercentile);
        Assert.Equal(30, s.CpuHeadroomPercent);
        Assert.Equal(10, s.MemoryHeadroomPercent);
        Assert.Equal(2, s.IdleCpuMaxPercent);
        Assert.Equal(7, s.ActiveCpuThresholdPercent);
        Assert.Equal(48, s.MinimumHours);
        Assert.Equal(3, s.MinimumPooledUnits);
        Assert.Equal(RiskAppetite.Aggressive, s.RiskAppetite);
        Assert.Equal(new HashSet<OptionFamily> { OptionFamily.Current, OptionFamily.Ec2Rightsized, OptionFamily.Fargate }, s.AllowedOptions);
        Assert.Equal(["batch"], s.InterruptionToleranceTags);
        Assert.Equal("job-seconds", s.UnitOfWorkTag);
        Assert.Equal(["us-east-1"], s.Regions);
        Assert.Equal(["111111111111"], s.Accounts);
        Assert.Equal(20, s.SavingsPlanCurvePoints);
        Assert.Equal(1.25m, s.HeldSavingsPlanHourlyUsd);
    }

    [Theory]
    [InlineData("""{"lookbackDays": 0}""", "lookbackDays")]
    [InlineData("""{"lookbackDays": "14"}""", "lookbackDays")]
    [InlineData("""{"cpuPercentile": "p50"}""", "cpuPercentile")]
    [InlineData("""{"cpuHeadroomPercent": -5}""", "cpuHeadroomPercent")]
    [InlineData("""{"riskAppetite": "reckless"}""", "riskAppetite")]
    [InlineData("""{"minimumPooledUnits": 0}""", "minimumPooledUnits")]
    [InlineData("""{"allowedOptions": ["teleport"]}""", "allowedOptions")]
    [InlineData("""{"regions": "us-east-1"}""", "regions")]
    [InlineData("""{"lookback": 14}""", "lookback")]
    [InlineData("""{"reservedInstanceSteadyShare": 1.5}""", "reservedInstanceSteadyShare")]
    [InlineData("""[1]""", "(file)")]
    [InlineData("""{"lookbackDays": """, "(file)")]
    public void Parse_BadValue_ThrowsNamingTheKey(string json, string key)
    {
        var ex = Assert.Throws<ConfigurationException>(() => AnalysisSettingsReader.Parse(json));

        Assert.Equal(key, ex.Key);
        Assert.StartsWith($"{key}: ", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ApplyOverride_CommandLineValue_ReplacesFileValue()
    {
        var settings = AnalysisSettingsReader.Parse("""{"cpuHeadroomPercent": 30}""");

        var overridden = AnalysisSettingsReader.ApplyOverride(settings, "cpuHeadroomPercent=0");

        Assert.Equal(0, overridden.CpuHeadroomPercent);
    }

    [Fact]
    public void ApplyOverride_List_SplitsOnCommas()
    {
        var settings = AnalysisSettingsReader.ApplyOverride(new AnalysisSettings(), "regions=us-east-1, eu-west-1");

        Assert.Equal(["us-east-1", "eu-west-1"], settings.Regions);
    }

    [Fact]
    public void ApplyOverride_OutOfRange_ThrowsNamingTheKey()
    {
        var ex = Assert.Throws<ConfigurationException>(() => AnalysisSettingsReader.ApplyOverride(new AnalysisSettings(), "lookbackDays=401"));

        Assert.Equal("lookbackDays", ex.Key);
    }
}

public class AnalysisSettingsWriterTests
{
    [Fact]
    public void ToJson_ThenParse_RoundTrips()
    {
        var settings = AnalysisSettingsReader.Parse("""
            {"lookbackDays": 32, "cpuPercentile": "p95", "riskAppetite": "conservative",
             "allowedOptions": ["graviton"], "regions": ["eu-west-1"], "interruptionToleranceTags": ["spot-ok"]}
            """);

        var again = AnalysisSettingsReader.Parse(AnalysisSettingsWriter.ToJson(settings));

        Assert.Equal(AnalysisSettingsWriter.ToJson(settings), AnalysisSettingsWriter.ToJson(again));
        Assert.Equal(CpuPercentile.P95, again.CpuPercentile);
        Assert.Equal(new HashSet<OptionFamily> { OptionFamily.Current, OptionFamily.Graviton }, again.AllowedOptions);
    }
}
