namespace Analyzer.Jobs.Shards;

/// <summary>Shards in a local folder: each file is copied beside its target and renamed over it, so a reader never sees half a file.</summary>
internal sealed class LocalShardFiles(string root) : IShardFiles
{
    public Task PutAsync(string folder, IReadOnlyList<string> files, CancellationToken cancellationToken)
    {
        var target = Resolve(folder);
        Directory.CreateDirectory(target);
        foreach (var file in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var destination = Path.Combine(target, Path.GetFileName(file));
            var partial = destination + ".partial";
            File.Copy(file, partial, overwrite: true);
            File.Move(partial, destination, overwrite: true);
        }

        return Task.CompletedTask;
    }

    public Task<string> FetchAsync(string folder, string scratch, CancellationToken cancellationToken) => Task.FromResult(Resolve(folder));

    public string Describe(string folder) => Resolve(folder) + Path.DirectorySeparatorChar;

    private string Resolve(string folder) => Path.Combine([root, .. folder.Split('/')]);
}
