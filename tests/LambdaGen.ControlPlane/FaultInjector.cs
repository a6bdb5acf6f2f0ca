namespace LambdaGen.ControlPlane;

/// <summary>
/// Makes the control plane misbehave the way the real one can, so retry/backoff/wait logic can be
/// tested. Queued faults answer the next <c>times</c> matching requests (first queued, first used);
/// permanent faults answer every matching request until <see cref="Clear"/>. Faults apply after the
/// signature check (a badly signed request is still a 403) and before the operation runs (a faulted
/// request changes nothing). <c>operation</c> null = any operation; <c>functionName</c> null = any function.
/// </summary>
public sealed class FaultInjector
{
    private readonly object _sync = new();
    private readonly List<QueuedFault> _queued = new();
    private readonly List<PermanentFault> _permanent = new();

    internal FaultInjector()
    {
    }

    /// <summary>429 TooManyRequestsException (Reason CallerRateLimitExceeded), with Retry-After when &gt; 0.</summary>
    public void Throttle(string? operation, int times, int retryAfterSeconds = 0, string? functionName = null) =>
        Enqueue(new QueuedFault(FaultKind.Throttle, operation, functionName, times, retryAfterSeconds));

    /// <summary>500 ServiceException.</summary>
    public void ServerError(string? operation, int times, string? functionName = null) =>
        Enqueue(new QueuedFault(FaultKind.ServerError, operation, functionName, times, 0));

    /// <summary>Abort the TCP connection without sending any response.</summary>
    public void DropConnection(string? operation, int times, string? functionName = null) =>
        Enqueue(new QueuedFault(FaultKind.Drop, operation, functionName, times, 0));

    /// <summary>409 ResourceConflictException "… An update is in progress for resource: &lt;arn&gt;".</summary>
    public void Conflict(string? operation, int times, string? functionName = null) =>
        Enqueue(new QueuedFault(FaultKind.Conflict, operation, functionName, times, 0));

    /// <summary>The next <paramref name="times"/> matching requests fail with this error (e.g. 400 ResourceInUseException).</summary>
    public void Error(string? operation, int times, int status, string errorType, string message, string? functionName = null) =>
        Enqueue(new QueuedFault(FaultKind.Permanent, operation, functionName, times, 0) { Error = new AwsServiceException(status, errorType, message) });

    /// <summary>Every request for <paramref name="operation"/> on <paramref name="functionName"/> fails with this error.</summary>
    public void Permanent(string operation, string functionName, int status, string errorType, string message)
    {
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentNullException.ThrowIfNull(functionName);
        lock (_sync)
        {
            _permanent.Add(new PermanentFault(operation, functionName, status, errorType, message));
        }
    }

    /// <summary>Forget every queued and permanent fault.</summary>
    public void Clear()
    {
        lock (_sync)
        {
            _queued.Clear();
            _permanent.Clear();
        }
    }

    /// <summary>How many queued fault answers have not been used yet.</summary>
    public int PendingCount
    {
        get
        {
            lock (_sync)
            {
                return _queued.Sum(f => f.Remaining);
            }
        }
    }

    private void Enqueue(QueuedFault fault)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(fault.Remaining);
        if (fault.Remaining == 0)
        {
            return;
        }

        lock (_sync)
        {
            _queued.Add(fault);
        }
    }

    /// <summary>
    /// The permanent fault set for (operation, function), without consuming queued ones: how a call the plane makes on its
    /// own (CloudFormation applying a change set) is rejected as the same call over HTTP would be.
    /// </summary>
    internal AwsServiceException? PermanentFor(string operation, string functionName)
    {
        lock (_sync)
        {
            var p = _permanent.FirstOrDefault(p => p.Operation == operation && p.FunctionName == functionName);
            return p is null ? null : new AwsServiceException(p.Status, p.ErrorType, p.Message);
        }
    }

    /// <summary>Picks (and consumes) the fault for this request, if any. Null means "handle normally".</summary>
    internal FaultDecision? Take(string operation, string? functionName)
    {
        lock (_sync)
        {
            foreach (var p in _permanent)
            {
                if (p.Operation == operation && p.FunctionName == functionName)
                {
                    return new FaultDecision(FaultKind.Permanent, 0, new AwsServiceException(p.Status, p.ErrorType, p.Message));
                }
            }

            for (var i = 0; i < _queued.Count; i++)
            {
                var q = _queued[i];
                if ((q.Operation is null || q.Operation == operation) && (q.FunctionName is null || q.FunctionName == functionName))
                {
                    q.Remaining--;
                    if (q.Remaining == 0)
                    {
                        _queued.RemoveAt(i);
                    }

                    return new FaultDecision(q.Kind, q.RetryAfterSeconds, q.Error);
                }
            }

            return null;
        }
    }

    private sealed class QueuedFault(FaultKind kind, string? operation, string? functionName, int times, int retryAfterSeconds)
    {
        public FaultKind Kind { get; } = kind;

        public string? Operation { get; } = operation;

        public string? FunctionName { get; } = functionName;

        public int Remaining { get; set; } = times;

        public int RetryAfterSeconds { get; } = retryAfterSeconds;

        public AwsServiceException? Error { get; init; }
    }

    private sealed record PermanentFault(string Operation, string FunctionName, int Status, string ErrorType, string Message);
}

internal enum FaultKind
{
    Throttle,
    ServerError,
    Drop,
    Conflict,
    Permanent,
}

internal sealed record FaultDecision(FaultKind Kind, int RetryAfterSeconds, AwsServiceException? Error)
{
    /// <summary>The error to answer with; <paramref name="functionArn"/> fills the conflict message.</summary>
    public AwsServiceException ToException(string functionArn) => Kind switch
    {
        FaultKind.Throttle => AwsServiceException.Throttled(RetryAfterSeconds),
        FaultKind.ServerError => AwsServiceException.ServiceError(),
        FaultKind.Conflict => AwsServiceException.UpdateInProgress(functionArn),
        FaultKind.Permanent => Error!,
        _ => throw new InvalidOperationException("A dropped connection has no error response."),
    };
}
