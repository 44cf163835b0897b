using System.Globalization;
using Amazon.Runtime;

namespace Analyzer.Collectors.Aws;

/// <summary>
/// The one place every AWS client's deadlines are set, whatever SDK client it is (our <see cref="AwsServiceClient"/>,
/// the generated S3 and STS clients, any other generated client): each attempt gets <see cref="AwsClientOptions.Timeout"/>
/// to answer and at most <see cref="AwsClientOptions.MaxRetries"/> retries follow, so a hung endpoint (it accepts the
/// connection and never answers) costs at most (retries + 1) x timeout plus backoff and then fails as a transient
/// <see cref="CollectorException"/>, never an unhandled TimeoutException.
/// </summary>
public static class AwsDeadlines
{
    /// <summary>Overrides the per-attempt timeout in whole seconds (tests, slow links): ANALYZER_AWS_TIMEOUT_SECONDS.</summary>
    public const string TimeoutVariable = "ANALYZER_AWS_TIMEOUT_SECONDS";

    /// <summary>Overrides the retries after the first attempt: ANALYZER_AWS_MAX_RETRIES.</summary>
    public const string RetriesVariable = "ANALYZER_AWS_MAX_RETRIES";

    /// <summary>The per-attempt timeout when nothing says otherwise: an AWS API answers in well under a second.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(30);

    public const int DefaultMaxRetries = 4;

    /// <summary>The environment's per-attempt timeout, else <see cref="DefaultTimeout"/>.</summary>
    public static TimeSpan Timeout() =>
        Positive(TimeoutVariable) is { } seconds ? TimeSpan.FromSeconds(seconds) : DefaultTimeout;

    /// <summary>The environment's retry count, else <see cref="DefaultMaxRetries"/>.</summary>
    public static int MaxRetries() =>
        int.TryParse(Environment.GetEnvironmentVariable(RetriesVariable), NumberStyles.None, CultureInfo.InvariantCulture, out var retries) && retries <= 10
            ? retries
            : DefaultMaxRetries;

    /// <summary>Sets <paramref name="config"/>'s per-attempt timeout and retries from <paramref name="options"/>.</summary>
    public static T Apply<T>(T config, AwsClientOptions options)
        where T : ClientConfig
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(options);
        config.Timeout = options.Timeout;
        config.MaxErrorRetry = options.MaxRetries;
        return config;
    }

    private static double? Positive(string variable) =>
        double.TryParse(Environment.GetEnvironmentVariable(variable), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value > 0 ? value : null;
}
