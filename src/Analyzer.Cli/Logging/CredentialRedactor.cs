using System.Text.RegularExpressions;

namespace Analyzer.Cli.Logging;

/// <summary>
/// Removes credentials from a log line before it leaves the process: the values of the AWS credential variables this
/// process was started with, anything shaped like an AWS access key id, and the signature, credential and token of a
/// presigned URL or an Authorization header. Lines go to CloudWatch Logs, which many more people read than the job role.
/// </summary>
internal sealed partial class CredentialRedactor
{
    public const string Mask = "[redacted]";

    /// <summary>Values shorter than this are not secrets worth masking (and masking them would garble ordinary words).</summary>
    private const int MinimumSecretLength = 8;

    private static readonly string[] CredentialVariables = ["AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN", "AWS_SECURITY_TOKEN"];

    private readonly string[] _secrets;

    public CredentialRedactor(IEnumerable<string?> secrets) =>
        _secrets = [.. secrets.OfType<string>().Where(s => s.Length >= MinimumSecretLength).Distinct(StringComparer.Ordinal).OrderByDescending(s => s.Length)];

    /// <summary>Masks the credential variables of <paramref name="environment"/> (the process's own when null).</summary>
    public static CredentialRedactor FromEnvironment(Func<string, string?>? environment = null)
    {
        environment ??= Environment.GetEnvironmentVariable;
        return new CredentialRedactor(CredentialVariables.Select(environment));
    }

    public string Redact(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        foreach (var secret in _secrets)
        {
            line = line.Replace(secret, Mask, StringComparison.Ordinal);
        }

        line = AccessKeyId().Replace(line, Mask);
        line = SignedQuery().Replace(line, m => m.Groups[1].Value + "=" + Mask);
        return AuthorizationHeader().Replace(line, m => m.Groups[1].Value + Mask);
    }

    /// <summary>AWS access key ids: AKIA (long-term), ASIA (temporary) and the other documented prefixes, then 16 characters.</summary>
    [GeneratedRegex(@"\b(?:AKIA|ASIA|ABIA|ACCA|AIDA|AROA|AIPA|ANPA|ANVA|APKA)[A-Z0-9]{16}\b")]
    private static partial Regex AccessKeyId();

    /// <summary>Presigned URL parameters, the Credential and Signature of a SigV4 Authorization value, and credentials-file keys.</summary>
    [GeneratedRegex(@"(?i)\b(X-Amz-Signature|X-Amz-Credential|X-Amz-Security-Token|Signature|Credential|aws_secret_access_key|aws_session_token)=[^&\s""',]+")]
    private static partial Regex SignedQuery();

    [GeneratedRegex(@"(?i)(Authorization:\s*AWS4-HMAC-SHA256\s+)\S.*$")]
    private static partial Regex AuthorizationHeader();
}
