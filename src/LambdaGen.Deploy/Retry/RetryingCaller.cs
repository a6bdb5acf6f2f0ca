using LambdaGen.Deploy.Lambda;

namespace LambdaGen.Deploy.Retry;

/// <summary>
/// Runs one AWS call under a <see cref="RetryPolicy"/>: 429 and CloudFormation's 400 Throttling (honouring Retry-After), 409 while an
/// update is in progress, 5xx and dropped connections are retried with a visible log line each time.
/// The wait goes through an injected delay function, so tests never sleep.
/// </summary>
internal sealed class RetryingCaller
{
    private readonly RetryPolicy _policy;
    private readonly Func<TimeSpan, CancellationToken, Task> _delay;

    public RetryingCaller(RetryPolicy policy, Func<TimeSpan, CancellationToken, Task>? delay = null)
    {
        _policy = policy;
        _delay = delay ?? Task.Delay;
    }

    public RetryPolicy Policy => _policy;

    /// <param name="retryConflicts">false for CreateFunction, where 409 means "already exists".</param>
    /// <param name="log">receives one line per retry.</param>
    public async Task<T> CallAsync<T>(string operation, Func<CancellationToken, Task<T>> call, bool retryConflicts, Action<string> log, CancellationToken cancellationToken)
    {
        var counts = new Dictionary<FaultKind, int>();
        while (true)
        {
            FaultKind kind;
            TimeSpan? retryAfter = null;
            string what;
            try
            {
                return await call(cancellationToken).ConfigureAwait(false);
            }
            catch (AwsApiException ex) when (Classify(ex, retryConflicts) is { } k)
            {
                kind = k;
                retryAfter = ex.RetryAfter;
                what = $"{ex.ErrorType} (HTTP {ex.StatusCode})";
                if (!ShouldRetry(kind, counts, retryAfter, out TimeSpan delay))
                {
                    throw;
                }
                log(RetryLine(operation, what, kind, counts[kind], delay, retryAfter));
                await _delay(delay, cancellationToken).ConfigureAwait(false);
            }
            catch (AwsConnectionException ex)
            {
                kind = FaultKind.Connection;
                what = "connection failed (" + (ex.InnerException?.Message ?? ex.Message) + ")";
                if (!ShouldRetry(kind, counts, null, out TimeSpan delay))
                {
                    throw;
                }
                log(RetryLine(operation, what, kind, counts[kind], delay, null));
                await _delay(delay, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    internal static FaultKind? Classify(AwsApiException ex, bool retryConflicts)
    {
        if (ex.StatusCode == 429 || ex.ErrorType is "TooManyRequestsException" or "ThrottlingException" or "Throttling")
        {
            return FaultKind.Throttled;
        }
        if (ex.StatusCode == 409 && retryConflicts && ex.ErrorType == "ResourceConflictException")
        {
            return FaultKind.Conflict;
        }
        if (ex.StatusCode >= 500)
        {
            return FaultKind.ServerError;
        }
        return null;
    }

    private bool ShouldRetry(FaultKind kind, Dictionary<FaultKind, int> counts, TimeSpan? retryAfter, out TimeSpan delay)
    {
        int n = counts.TryGetValue(kind, out int c) ? c + 1 : 1;
        counts[kind] = n;
        TimeSpan? next = _policy.NextDelay(kind, n, retryAfter);
        delay = next ?? TimeSpan.Zero;
        return next is not null;
    }

    private string RetryLine(string operation, string what, FaultKind kind, int n, TimeSpan delay, TimeSpan? retryAfter) =>
        $"{operation} {DescribeKind(kind)}: {what}; retry {n}/{_policy.MaxRetries(kind)} in {Format(delay)}"
        + (retryAfter is not null ? " (Retry-After)" : "");

    private static string DescribeKind(FaultKind kind) => kind switch
    {
        FaultKind.Throttled => "throttled",
        FaultKind.Conflict => "blocked by an update in progress",
        FaultKind.ServerError => "server fault",
        _ => "connection dropped",
    };

    internal static string Format(TimeSpan t) =>
        t.TotalSeconds >= 1
            ? t.TotalSeconds.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) + " s"
            : ((int)t.TotalMilliseconds).ToString(System.Globalization.CultureInfo.InvariantCulture) + " ms";
}
