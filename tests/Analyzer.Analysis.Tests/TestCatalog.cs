using Analyzer.Storage.DuckDb;

namespace Analyzer.Analysis.Tests;

/// <summary>
/// Real us-east-1 rows copied from catalog/pricing, dated 2026-09-24, plus one m5.2xlarge price dated after
/// the test window that the engine must not use.
/// </summary>
internal static class TestCatalog
{
    private const string Sql = """
        INSERT INTO instance_types VALUES
          ('m5.2xlarge', 'm5', 5, 8, 32, 'x86_64', false, NULL, 0, 'test', DATE '2026-09-24'),
          ('m5.large', 'm5', 5, 2, 8, 'x86_64', false, NULL, 0, 'test', DATE '2026-09-24'),
          ('c5.large', 'c5', 5, 2, 4, 'x86_64', false, NULL, 0, 'test', DATE '2026-09-24'),
          ('t3.medium', 't3', 3, 2, 4, 'x86_64', true, 20, 0, 'test', DATE '2026-09-24'),
          ('t3.large', 't3', 3, 2, 8, 'x86_64', true, 30, 0, 'test', DATE '2026-09-24'),
          ('m7g.medium', 'm7g', 7, 1, 4, 'arm64', false, NULL, 0, 'test', DATE '2026-09-24'),
          ('m7g.large', 'm7g', 7, 2, 8, 'arm64', false, NULL, 0, 'test', DATE '2026-09-24'),
          ('t4g.medium', 't4g', 4, 2, 4, 'arm64', true, 20, 0, 'test', DATE '2026-09-24'),
          ('t4g.large', 't4g', 4, 2, 8, 'arm64', true, 30, 0, 'test', DATE '2026-09-24');
        INSERT INTO prices_ec2 (region, instance_type, capacity, usd_per_hour, source, as_of) VALUES
          ('us-east-1', 'm5.2xlarge', 'on-demand', 0.384, 'test', DATE '2026-09-24'),
          ('us-east-1', 'm5.2xlarge', 'on-demand', 9.999, 'test', DATE '2026-12-01'),
          ('us-east-1', 'm5.large', 'on-demand', 0.096, 'test', DATE '2026-09-24'),
          ('us-east-1', 'c5.large', 'on-demand', 0.085, 'test', DATE '2026-09-24'),
          ('us-east-1', 't3.medium', 'on-demand', 0.0416, 'test', DATE '2026-09-24'),
          ('us-east-1', 't3.large', 'on-demand', 0.0832, 'test', DATE '2026-09-24'),
          ('us-east-1', 'm7g.medium', 'on-demand', 0.0408, 'test', DATE '2026-09-24'),
          ('us-east-1', 'm7g.large', 'on-demand', 0.0816, 'test', DATE '2026-09-24'),
          ('us-east-1', 't4g.medium', 'on-demand', 0.0336, 'test', DATE '2026-09-24'),
          ('us-east-1', 't4g.large', 'on-demand', 0.0672, 'test', DATE '2026-09-24'),
          ('us-east-1', 'm5.2xlarge', 'spot', 0.1612, 'test', DATE '2026-09-24'),
          ('us-east-1', 'm5.large', 'spot', 0.0434, 'test', DATE '2026-09-24'),
          ('us-east-1', 't3.large', 'spot', 0.0409, 'test', DATE '2026-09-24');
        INSERT INTO spot_advisor VALUES
          ('us-east-1', 'm5.2xlarge', 54, '10-15%', 'test', DATE '2026-09-24'),
          ('us-east-1', 'm5.large', 66, '15-20%', 'test', DATE '2026-09-24'),
          ('us-east-1', 't3.large', 62, '5-10%', 'test', DATE '2026-09-24');
        INSERT INTO prices_commitment VALUES
          ('us-east-1', 'm7g.medium', 'compute', 1, 'no', 0.03, NULL, 'test', DATE '2026-09-24'),
          ('us-east-1', 'm7g.medium', 'compute', 1, 'all', 0.028, NULL, 'test', DATE '2026-09-24'),
          ('us-east-1', 'm7g.medium', 'compute', 3, 'all', 0.0188, NULL, 'test', DATE '2026-09-24');
        INSERT INTO prices_fargate VALUES
          ('us-east-1', 'x86_64', 'on-demand', 0.04048, 0.004445, 0.000111, 'test', DATE '2026-09-24'),
          ('us-east-1', 'x86_64', 'spot', 0.01264355, 0.00138835, NULL, 'test', DATE '2026-09-24'),
          ('us-east-1', 'arm64', 'on-demand', 0.03238, 0.00356, 0.000111, 'test', DATE '2026-09-24');
        INSERT INTO prices_lambda VALUES
          ('us-east-1', 'x86_64', 0, 0.0000166667, 0.2, 'test', DATE '2026-09-24'),
          ('us-east-1', 'x86_64', 6000000000, 0.000015, 0.2, 'test', DATE '2026-09-24'),
          ('us-east-1', 'arm64', 0, 0.0000133334, 0.2, 'test', DATE '2026-09-24'),
          ('us-east-1', 'arm64', 7500000000, 0.0000120001, 0.2, 'test', DATE '2026-09-24');
        """;

    public static void Insert(DuckDbConnection connection) => connection.Execute(Sql);
}
