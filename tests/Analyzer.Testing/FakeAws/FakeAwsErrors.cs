using System.Security;
using System.Text;

namespace Analyzer.Testing.FakeAws;

/// <summary>Error responses in each protocol's shape, with the codes AWS really sends.</summary>
public static class FakeAwsErrors
{
    public static FakeAwsResponse For(FakeAwsProtocol protocol, string service, FakeFault fault) => fault switch
    {
        FakeFault.Throttle => protocol switch
        {
            FakeAwsProtocol.Ec2Query => Error(protocol, 503, "RequestLimitExceeded", "Request limit exceeded."),
            FakeAwsProtocol.Query => Error(protocol, 400, "Throttling", "Rate exceeded"),
            _ => Error(protocol, 400, "ThrottlingException", "Rate exceeded"),
        },
        FakeFault.ServerError => Error(protocol, 500, protocol == FakeAwsProtocol.Json ? "InternalServerError" : "InternalFailure", "We encountered an internal error. Please try again."),
        FakeFault.AccessDenied => protocol switch
        {
            FakeAwsProtocol.Ec2Query => Error(protocol, 403, "UnauthorizedOperation", $"You are not authorized to perform this operation ({service})."),
            FakeAwsProtocol.Query => Error(protocol, 403, "AccessDenied", "User is not authorized to perform this action."),
            _ => Error(protocol, 400, "AccessDeniedException", "User is not authorized to perform this action."),
        },
        _ => throw new ArgumentOutOfRangeException(nameof(fault), fault, "Not an error fault."),
    };

    public static FakeAwsResponse SignatureMismatch(FakeAwsProtocol protocol, string detail) =>
        Error(protocol, 403, protocol is FakeAwsProtocol.Json or FakeAwsProtocol.RestJson ? "InvalidSignatureException" : "SignatureDoesNotMatch", detail);

    public static FakeAwsResponse UnknownKey(FakeAwsProtocol protocol) =>
        Error(protocol, 403, protocol is FakeAwsProtocol.Json or FakeAwsProtocol.RestJson ? "UnrecognizedClientException" : "InvalidClientTokenId",
            "The security token included in the request is invalid.");

    public static FakeAwsResponse ExpiredToken(FakeAwsProtocol protocol) =>
        Error(protocol, protocol == FakeAwsProtocol.Ec2Query ? 400 : 403, protocol is FakeAwsProtocol.Json or FakeAwsProtocol.RestJson ? "ExpiredTokenException" : "ExpiredToken",
            "The security token included in the request is expired");

    public static FakeAwsResponse Error(FakeAwsProtocol protocol, int status, string code, string message)
    {
        var requestId = Guid.NewGuid().ToString();
        var escaped = SecurityElement.Escape(message);
        return protocol switch
        {
            FakeAwsProtocol.Ec2Query => new(status, "text/xml;charset=UTF-8", Encoding.UTF8.GetBytes(
                $"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Response><Errors><Error><Code>{code}</Code><Message>{escaped}</Message></Error></Errors><RequestID>{requestId}</RequestID></Response>")),
            FakeAwsProtocol.Query => new(status, "text/xml", Encoding.UTF8.GetBytes(
                $"<ErrorResponse xmlns=\"http://monitoring.amazonaws.com/doc/2010-08-01/\"><Error><Type>{(status >= 500 ? "Receiver" : "Sender")}</Type><Code>{code}</Code><Message>{escaped}</Message></Error><RequestId>{requestId}</RequestId></ErrorResponse>")),
            _ => new(status, "application/x-amz-json-1.1", Encoding.UTF8.GetBytes(
                $"{{\"__type\":\"{code}\",\"message\":\"{System.Text.Json.JsonEncodedText.Encode(message)}\"}}"),
                Headers: new Dictionary<string, string> { ["x-amzn-ErrorType"] = code, ["x-amzn-RequestId"] = requestId }),
        };
    }
}
