using System.Collections.Concurrent;
using System.Globalization;
using System.Security;
using System.Security.Cryptography;
using System.Text.RegularExpressions;

namespace Analyzer.Testing.FakeAws;

/// <summary>
/// STS AssumeRole (query protocol, 2011-06-15). Roles are registered with the ExternalId their trust policy asks
/// for; any other role, or a wrong or missing ExternalId, is AccessDenied as AWS answers it. A session's keys are
/// added to the server with the role's account and an expiry, so later calls must be signed with them and carry
/// the session token, and get ExpiredToken once <see cref="FakeAwsServer.Time"/> passes the session's end.
/// </summary>
public sealed partial class FakeAssumeRole
{
    private readonly FakeAwsServer _server;
    private readonly ConcurrentDictionary<string, string?> _roles = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<FakeAssumeRoleCall> _calls = new();
    private readonly ConcurrentQueue<FakeAwsCredential> _issued = new();

    private FakeAssumeRole(FakeAwsServer server) => _server = server;

    /// <summary>How long a session lasts when DurationSeconds is not given (AWS: one hour).</summary>
    public TimeSpan DefaultDuration { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Sessions issued from now on are already ended: every call with them gets ExpiredToken.</summary>
    public bool IssueRevoked { get; set; }

    /// <summary>Every AssumeRole call that passed the signature check, granted or not.</summary>
    public IReadOnlyList<FakeAssumeRoleCall> Calls => [.. _calls];

    /// <summary>Every session issued, in order.</summary>
    public IReadOnlyList<FakeAwsCredential> Issued => [.. _issued];

    public static FakeAssumeRole Serve(FakeAwsServer server)
    {
        ArgumentNullException.ThrowIfNull(server);
        var sts = new FakeAssumeRole(server);
        server.Handle("sts", "AssumeRole", sts.AssumeRole);
        return sts;
    }

    /// <summary>A role whose trust policy lets any known key assume it, with <paramref name="externalId"/> if given.</summary>
    public void AddRole(string roleArn, string? externalId = null) => _roles[roleArn] = externalId;

    /// <summary>Ends every session issued so far, as if AWS had revoked them.</summary>
    public void ExpireAll()
    {
        foreach (var session in _issued)
        {
            _server.AddCredential(session with { Expired = true });
        }
    }

    [GeneratedRegex(@"^[\w+=,.@-]{2,64}$")]
    private static partial Regex SessionNamePattern();

    [GeneratedRegex(@"^arn:aws:iam::(\d{12}):role/([\w+=,.@/-]+)$")]
    private static partial Regex RoleArnPattern();

    private FakeAwsResponse AssumeRole(FakeAwsRequest request)
    {
        var roleArn = request.Param("RoleArn") ?? string.Empty;
        var sessionName = request.Param("RoleSessionName") ?? string.Empty;
        var externalId = request.Param("ExternalId");
        _calls.Enqueue(new FakeAssumeRoleCall(request.Credential.AccessKeyId, roleArn, sessionName, externalId));
        if (!SessionNamePattern().IsMatch(sessionName))
        {
            return FakeAwsErrors.Error(request.Protocol, 400, "ValidationError", $"1 validation error detected: Value '{sessionName}' at 'roleSessionName' failed to satisfy constraint.");
        }

        var arn = RoleArnPattern().Match(roleArn);
        if (!arn.Success || !_roles.TryGetValue(roleArn, out var wanted) || (wanted is not null && wanted != externalId))
        {
            return FakeAwsErrors.Error(request.Protocol, 403, "AccessDenied",
                $"User: arn:aws:iam::{request.Credential.AccountId}:user/analyzer is not authorized to perform: sts:AssumeRole on resource: {roleArn}");
        }

        var duration = int.TryParse(request.Param("DurationSeconds"), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            ? TimeSpan.FromSeconds(seconds) : DefaultDuration;
        var expiresAt = _server.Time.GetUtcNow() + duration;
        var session = new FakeAwsCredential("ASIA" + Random(8), Random(20), arn.Groups[1].Value, Random(32), IssueRevoked, expiresAt);
        _server.AddCredential(session);
        _issued.Enqueue(session);
        var roleName = arn.Groups[2].Value;
        return FakeAwsResponse.Xml(
            "<AssumeRoleResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\"><AssumeRoleResult>"
            + $"<AssumedRoleUser><Arn>arn:aws:sts::{session.AccountId}:assumed-role/{SecurityElement.Escape(roleName)}/{SecurityElement.Escape(sessionName)}</Arn>"
            + $"<AssumedRoleId>AROAFAKE:{SecurityElement.Escape(sessionName)}</AssumedRoleId></AssumedRoleUser>"
            + $"<Credentials><AccessKeyId>{session.AccessKeyId}</AccessKeyId><SecretAccessKey>{session.SecretAccessKey}</SecretAccessKey>"
            + $"<SessionToken>{session.SessionToken}</SessionToken><Expiration>{expiresAt.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture)}</Expiration></Credentials>"
            + "<PackedPolicySize>0</PackedPolicySize></AssumeRoleResult>"
            + "<ResponseMetadata><RequestId>00000000-0000-0000-0000-000000000001</RequestId></ResponseMetadata></AssumeRoleResponse>");
    }

    private static string Random(int bytes) => Convert.ToHexString(RandomNumberGenerator.GetBytes(bytes));
}
