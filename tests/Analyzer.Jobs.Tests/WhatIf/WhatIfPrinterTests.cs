using System.Text.Json;
using Analyzer.Analysis.WhatIf;
using Analyzer.Core.Settings;
using Analyzer.Core.WhatIf;
using Analyzer.Jobs.WhatIf;

namespace Analyzer.Jobs.Tests.WhatIf;

public class WhatIfPrinterTests
{
    private const string Hostile = "=HYPERLINK(\"http://x\",\"y\")\u001b[31m";

    private static WhatIfResult Result()
    {
        var baseline = new WhatIfBaseline("run-1", new AnalysisSettings(), new DateTime(2026, 10, 1, 0, 0, 0, DateTimeKind.Utc), new DateTime(2026, 11, 1, 0, 0, 0, DateTimeKind.Utc),
            new Dictionary<string, BaselineWorkload>(), "compute:3y:all", 2.34m, 100m);
        var line = new WhatIfLine("i-1", Hostile, "111111111111", "us-east-1", "ec2_instance", true, 100m, 100m, "current", 100m, "ec2-spot:m5.large", "ec2-spot", 40m, "cheapest", null);
        // Before: 100 today, 100 recommended, 100 commitment savings -> monthly 0. After: 100 today, 40 recommended, 90 commitment -> -50.
        return new WhatIfResult(Scenario.Empty("s.json"), baseline, new WhatIfTotals(1, 100m, 100m, 100m, 0m), new WhatIfTotals(1, 100m, 40m, 90m, 0m), [line],
            "compute:3y:all 2.340/h", null, []);
    }

    [Fact]
    public void Print_Csv_NeutralisesNamesButNotNegativeMoney()
    {
        using var output = new StringWriter();

        WhatIfPrinter.Print(output, [Result()], "csv", 25);

        var rows = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("s.json,i-1,\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\uFFFD[31m\",", rows[1], StringComparison.Ordinal);
        // ... infeasible (none), moved_from (not moved).
        Assert.EndsWith(",100.00,ec2-spot:m5.large,ec2-spot,40.00,-60.00,,", rows[1], StringComparison.Ordinal);
        // Totals: before 100 - (0 + 100) = 0.00, after 100 - (60 + 90) = -50.00; change -50.00.
        Assert.EndsWith(",0.00,,,-50.00,-50.00,,", rows[2], StringComparison.Ordinal);
    }

    [Fact]
    public void Print_Json_CarriesTheTotalsAndTheCleanedName()
    {
        using var output = new StringWriter();

        WhatIfPrinter.Print(output, [Result()], "json", 25);

        var scenario = JsonDocument.Parse(output.ToString()).RootElement.GetProperty("scenarios")[0];
        Assert.Equal(150m, scenario.GetProperty("after").GetProperty("total_savings_usd").GetDecimal());
        Assert.Equal("=HYPERLINK(\"http://x\",\"y\")\uFFFD[31m", scenario.GetProperty("workloads")[0].GetProperty("name").GetString());
    }

    [Fact]
    public void Print_Table_EscapesControlCharactersInNames()
    {
        using var output = new StringWriter();

        WhatIfPrinter.Print(output, [Result()], "table", 25);

        Assert.DoesNotContain('\u001b', output.ToString());
        Assert.Contains("total savings", output.ToString(), StringComparison.Ordinal);
    }
}
