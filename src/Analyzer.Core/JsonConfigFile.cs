using System.Text.Json;
using System.Text.Json.Serialization;

namespace Analyzer.Core;

/// <summary>
/// Reads a `--config` JSON file (camelCase keys, comments and trailing commas allowed, an unknown key refused) into
/// its typed record, with errors that name the option and the file.
/// </summary>
public static class JsonConfigFile
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    /// <param name="what">What the file configures, for the error ("collection configuration").</param>
    public static T Load<T>(string path, string what)
        where T : class
    {
        if (!File.Exists(path))
        {
            throw new ConfigurationException("--config", $"no file at {path}");
        }

        try
        {
            return JsonSerializer.Deserialize<T>(File.ReadAllText(path), Json)
                ?? throw new ConfigurationException("--config", $"{path} holds null");
        }
        catch (JsonException ex)
        {
            throw new ConfigurationException("--config", $"{path} is not a valid {what}: {ex.Message}");
        }
    }
}
