using System.Globalization;
using System.Text.Json;

namespace Analyzer.Testing.FakeAws;

/// <summary>
/// Lambda ListFunctions (REST-JSON, 2015-03-31): GET /2015-03-31/functions/ with MaxItems (1-50) and Marker;
/// {"Functions": [...], "NextMarker": ...}.
/// </summary>
public sealed class FakeLambda
{
    public List<FakeLambdaFunction> Functions { get; } = [];

    public static FakeLambda Serve(FakeAwsServer server)
    {
        ArgumentNullException.ThrowIfNull(server);
        var lambda = new FakeLambda();
        server.Route("/2015-03-31/functions", "lambda", "ListFunctions");
        server.Handle("lambda", "ListFunctions", lambda.ListFunctions);
        return lambda;
    }

    private FakeAwsResponse ListFunctions(FakeAwsRequest request)
    {
        string? Query(string name) => request.Query.FirstOrDefault(q => q.Key == name).Value;
        if (request.Method != "GET")
        {
            return FakeAwsErrors.Error(FakeAwsProtocol.RestJson, 405, "MethodNotAllowed", "ListFunctions is a GET.");
        }

        var max = int.Parse(Query("MaxItems") ?? "50", CultureInfo.InvariantCulture);
        if (max is < 1 or > 50)
        {
            return FakeAwsErrors.Error(FakeAwsProtocol.RestJson, 400, "InvalidParameterValueException", "MaxItems must be between 1 and 50.");
        }

        var start = Query("Marker") is { } marker ? int.Parse(marker, CultureInfo.InvariantCulture) : 0;
        var page = Functions.Skip(start).Take(max).ToList();
        var body = new Dictionary<string, object?>
        {
            ["Functions"] = page.Select(f => new Dictionary<string, object?>
            {
                ["FunctionName"] = f.Name,
                ["FunctionArn"] = $"arn:aws:lambda:{request.Region}:{request.Credential.AccountId}:function:{f.Name}",
                ["Runtime"] = "python3.12",
                ["MemorySize"] = f.MemoryMb,
                ["Timeout"] = f.TimeoutSeconds,
                ["Architectures"] = new[] { f.Architecture },
                ["PackageType"] = "Zip",
            }).ToList(),
            ["NextMarker"] = start + page.Count < Functions.Count ? (start + page.Count).ToString(CultureInfo.InvariantCulture) : null,
        };
        return new FakeAwsResponse(200, "application/json", JsonSerializer.SerializeToUtf8Bytes(body));
    }
}
