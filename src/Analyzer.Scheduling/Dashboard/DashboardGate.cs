using System.Security.Cryptography;
using System.Text;
using Hangfire.Dashboard;
using Microsoft.AspNetCore.Http;

namespace Analyzer.Scheduling.Dashboard;

/// <summary>
/// Every page of the scheduler's web server (Hangfire's dashboard and Analyzer's own) asks for the token, loopback
/// included: as <c>Authorization: Bearer TOKEN</c>, as the password of HTTP basic credentials (any user name), or once
/// as <c>?token=TOKEN</c>, which sets an HttpOnly, same-site cookie for the browser's next requests. Anything else is
/// refused with 401 before it reaches a page.
/// </summary>
internal sealed class DashboardGate(string token) : IDashboardAuthorizationFilter
{
    public const string CookieName = "analyzer_dashboard";

    private readonly byte[] expected = Encoding.UTF8.GetBytes(token);

    /// <summary>A value the history page's forms carry, so another site cannot post "run now" with the browser's cookie.</summary>
    public string FormToken { get; } = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));

    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (context.Request.Query.TryGetValue("token", out var given) && Matches(given.ToString()))
        {
            context.Response.Cookies.Append(CookieName, given.ToString(), new CookieOptions { HttpOnly = true, SameSite = SameSiteMode.Strict, Path = "/" });
            context.Items[nameof(DashboardGate)] = true;
            await next(context);
            return;
        }

        if (IsAuthorized(context.Request))
        {
            context.Items[nameof(DashboardGate)] = true;
            await next(context);
            return;
        }

        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
        context.Response.Headers.WWWAuthenticate = "Basic realm=\"Analyzer scheduler\", charset=\"UTF-8\"";
        await context.Response.WriteAsync("A token is required: ANALYZER_DASHBOARD_TOKEN, as a bearer token or the basic-auth password.");
    }

    /// <summary>Hangfire's own check, behind the middleware's: the same rule, so the dashboard is never open by itself.</summary>
    public bool Authorize(DashboardContext context) =>
        context is AspNetCoreDashboardContext aspNet && aspNet.HttpContext.Items.ContainsKey(nameof(DashboardGate));

    /// <summary>The request carried the token in its Authorization header (not a cookie a browser sends by itself).</summary>
    public bool HasBearer(HttpRequest request) =>
        request.Headers.Authorization.ToString() is { } header
        && header.StartsWith("Bearer ", StringComparison.Ordinal)
        && Matches(header["Bearer ".Length..]);

    private bool IsAuthorized(HttpRequest request)
    {
        if (HasBearer(request))
        {
            return true;
        }

        var header = request.Headers.Authorization.ToString();
        if (header.StartsWith("Basic ", StringComparison.Ordinal))
        {
            try
            {
                var pair = Encoding.UTF8.GetString(Convert.FromBase64String(header["Basic ".Length..]));
                var colon = pair.IndexOf(':', StringComparison.Ordinal);
                return colon >= 0 && Matches(pair[(colon + 1)..]);
            }
            catch (FormatException)
            {
                return false;
            }
        }

        return request.Cookies.TryGetValue(CookieName, out var cookie) && Matches(cookie);
    }

    private bool Matches(string candidate) => CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(candidate), expected);
}
