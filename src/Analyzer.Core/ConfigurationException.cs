namespace Analyzer.Core;

/// <summary>A configuration file or option holds a value Analyzer cannot use; the message names the key.</summary>
public sealed class ConfigurationException : Exception
{
    public ConfigurationException(string key, string message)
        : base($"{key}: {message}")
    {
        Key = key;
        Reason = message;
    }

    public ConfigurationException()
    {
        Key = string.Empty;
        Reason = string.Empty;
    }

    public ConfigurationException(string message)
        : base(message)
    {
        Key = string.Empty;
        Reason = message;
    }

    public ConfigurationException(string message, Exception innerException)
        : base(message, innerException)
    {
        Key = string.Empty;
        Reason = message;
    }

    /// <summary>The configuration key or command-line option at fault.</summary>
    public string Key { get; }

    /// <summary>What is wrong with the value, without the key (to name it again under a longer path).</summary>
    public string Reason { get; }

    /// <summary>The same error with its key placed under <paramref name="prefix"/> ("changes[0].settings" + "riskAppetite").</summary>
    public ConfigurationException Under(string prefix) =>
        new(Key.Length == 0 ? prefix : $"{prefix}.{Key}", Reason);
}
