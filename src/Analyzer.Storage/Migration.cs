using System.Globalization;

namespace Analyzer.Storage;

/// <summary>One forward-only schema step: queries/schema/NNNN_name.sql.</summary>
/// <param name="Name">"0001_core": the file name without extension.</param>
public sealed record Migration(int Version, string Name, string Sql)
{
    private const string Folder = "schema/";

    /// <summary>Every migration embedded in this build, by version; two files with one number are a build error.</summary>
    public static IReadOnlyList<Migration> All()
    {
        var migrations = QueryCatalog.Names(Folder).Select(Parse).OrderBy(m => m.Version).ToList();
        var clash = migrations.GroupBy(m => m.Version).FirstOrDefault(g => g.Count() > 1);
        if (clash is not null)
        {
            throw new InvalidOperationException(
                $"Migrations {string.Join(" and ", clash.Select(m => m.Name))} share version {clash.Key}; renumber one.");
        }

        return migrations;
    }

    private static Migration Parse(string catalogName)
    {
        var name = catalogName[Folder.Length..];
        var underscore = name.IndexOf('_', StringComparison.Ordinal);
        if (underscore <= 0 || !int.TryParse(name.AsSpan(0, underscore), NumberStyles.None, CultureInfo.InvariantCulture, out var version))
        {
            throw new InvalidOperationException($"Migration queries/{catalogName}.sql is not named NNNN_description.sql.");
        }

        return new Migration(version, name, QueryCatalog.Get(catalogName));
    }
}
