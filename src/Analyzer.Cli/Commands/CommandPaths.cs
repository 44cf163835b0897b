using Analyzer.Core;
using Analyzer.Storage.DuckDb;

namespace Analyzer.Cli.Commands;

/// <summary>
/// Checks the paths a command reads or writes before it uses them, so a typo is one clear line and its exit code instead of
/// an exception from deep inside: a missing settings file is a configuration error (2), a missing store is a store
/// error (3) rather than a new empty store that then records a succeeded run over nothing.
/// </summary>
internal static class CommandPaths
{
    /// <summary>The full path of an input file named by <paramref name="option"/>, which must exist and not be a folder.</summary>
    public static string ExistingFile(CliContext context, string option, string path)
    {
        var full = context.ResolvePath(path);
        if (Directory.Exists(full))
        {
            throw new ConfigurationException(option, $"{full} is a folder; give the path of a JSON file.");
        }

        return File.Exists(full) ? full : throw new ConfigurationException(option, $"no file at {full}");
    }

    /// <summary>Why <paramref name="path"/> cannot be an output folder (it is a file), or null when it can.</summary>
    public static string? OutputFolderError(CliContext context, string option, string? path)
    {
        if (path is null)
        {
            return null;
        }

        var full = context.ResolvePath(path);
        return File.Exists(full) ? $"{option} {full} is a file; give a folder (it is created when missing)." : null;
    }

    /// <summary>The full path of a store that must already exist (for commands that only read it).</summary>
    public static string ExistingStore(CliContext context, string path)
    {
        var full = context.ResolvePath(path);
        return File.Exists(full)
            ? full
            : throw new StorageException($"No store at {full}; run 'analyzer demo', 'analyzer collect' or 'analyzer import-billing' first, or pass --store.");
    }
}
