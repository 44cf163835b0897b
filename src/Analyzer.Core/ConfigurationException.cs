namespace Analyzer.Core;

/// <summary>A configuration file or option holds a value Analyzer cannot use; the message names the key.</summary>
public sealed class ConfigurationException : Exception
{
    public ConfigurationException(string key, string message)
        : base($"{key}: {message}")
    {
        Key = key;
    }

    public ConfigurationException()
    {
        Key = string.Empty;
    }

    public ConfigurationException(string message)
        : base(message)
    {
        Key = string.Empty;
    }

    public ConfigurationException(string message, Exception innerException)
        : base(message, innerException)
    {
        Key = string.Empty;
    }

    /// <summary>The configuration key or command-line option at fault.</summary>
    public string Key { get; }
}
