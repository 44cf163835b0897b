namespace Analyzer.Testing.FakeAws;

/// <summary>Faults the fake can script in place of a normal response.</summary>
public enum FakeFault
{
    /// <summary>The service's throttling error (RequestLimitExceeded, Throttling, ThrottlingException).</summary>
    Throttle,

    /// <summary>HTTP 500 InternalFailure.</summary>
    ServerError,

    /// <summary>HTTP 403 with the protocol's access-denied code.</summary>
    AccessDenied,

    /// <summary>HTTP 200 whose body is cut in half but correctly framed: unparseable.</summary>
    Malformed,

    /// <summary>HTTP 200 that promises a full body and drops the connection half way.</summary>
    Truncated,
}
