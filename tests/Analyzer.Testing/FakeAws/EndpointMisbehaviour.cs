namespace Analyzer.Testing.FakeAws;

/// <summary>How a <see cref="MisbehavingEndpoint"/> treats a connection.</summary>
public enum EndpointMisbehaviour
{
    /// <summary>Accept, answer nothing, hold the connection open until disposed.</summary>
    Hang,

    /// <summary>Accept and reset the connection (RST) without a byte.</summary>
    Reset,
}
