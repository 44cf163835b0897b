namespace Analyzer.Core.Settings;

/// <summary>A configuration value is missing, malformed or out of range; <see cref="Key"/> names it.</summary>
public sealed class ConfigurationException : Exception
{
    public ConfigurationException()
        : this("(unknown)", "Invalid configuration.")
    {
    }

    public ConfigurationException(string message)
        : this("(unknown)", message)
    {
    }

    public ConfigurationException(string message, Exception innerException)
        : base(message, innerException)
    {
        Key = "(unknown)";
    }

    public ConfigurationException(string key, string message)
        : base($"Configuration key '{key}': {message}")
    {
        Key = key;
    }

    public ConfigurationException(string key, string message, Exception innerException)
        : base($"Configuration key '{key}': {message}", innerException)
    {
        Key = key;
    }

    public string Key { get; }
}
