namespace Analyzer.Collectors;

/// <summary>
/// An AWS call that failed after the SDK's retries, or returned a body we could not read. Carries the service,
/// the operation and whether trying again later could help (throttling, 5xx, network), so a collection run can
/// record one failed account/region/source and carry on with the others.
/// </summary>
public sealed class CollectorException : Exception
{
    public CollectorException(string service, string operation, string message, bool isTransient, string? errorCode = null, Exception? innerException = null)
        : base($"{service} {operation}: {message}", innerException)
    {
        Service = service;
        Operation = operation;
        IsTransient = isTransient;
        ErrorCode = errorCode;
    }

    public CollectorException()
        : this("unknown", "unknown", "collector failure", isTransient: false)
    {
    }

    public CollectorException(string message)
        : this("unknown", "unknown", message, isTransient: false)
    {
    }

    public CollectorException(string message, Exception innerException)
        : this("unknown", "unknown", message, isTransient: false, innerException: innerException)
    {
    }

    public string Service { get; }

    public string Operation { get; }

    public bool IsTransient { get; }

    /// <summary>AWS's error code ("AccessDeniedException", "ThrottlingException", ...), when AWS sent one.</summary>
    public string? ErrorCode { get; }

    /// <summary>For access errors: the IAM action the role lacks, so the run report can name it.</summary>
    public string? MissingIamAction { get; init; }
}
