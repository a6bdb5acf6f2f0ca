namespace LambdaGen.Deploy.Retry;

/// <summary>Why a call may be worth repeating.</summary>
internal enum FaultKind
{
    /// <summary>429 TooManyRequestsException.</summary>
    Throttled,
    /// <summary>409 ResourceConflictException while an update is in progress.</summary>
    Conflict,
    /// <summary>5xx.</summary>
    ServerError,
    /// <summary>The connection dropped or timed out before a response.</summary>
    Connection,
}

/// <summary>
/// Decides how long to wait before retry number <c>n</c> of a fault, or that it is time to give up.
/// Pure apart from the injected random source, so tests check it without a clock.
/// </summary>
internal sealed class RetryPolicy
{
    private readonly Func<double> _random;

    public RetryPolicy(Func<double>? random = null)
    {
        _random = random ?? Random.Shared.NextDouble;
    }

    public int MaxThrottleRetries { get; init; } = 8;
    public int MaxConflictRetries { get; init; } = 60;
    public int MaxServerErrorRetries { get; init; } = 4;
    public int MaxConnectionRetries { get; init; } = 4;

    /// <summary>The first backoff step; step n is BaseDelay·2^(n-1), capped at <see cref="MaxBackoff"/>.</summary>
    public TimeSpan BaseDelay { get; init; } = TimeSpan.FromMilliseconds(250);
    public TimeSpan MaxBackoff { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>The wait between tries while another update is in progress (409).</summary>
    public TimeSpan ConflictDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>A Retry-After longer than this is clamped (a server asking for an hour would stall the build).</summary>
    public TimeSpan MaxRetryAfter { get; init; } = TimeSpan.FromSeconds(120);

    public int MaxRetries(FaultKind kind) => kind switch
    {
        FaultKind.Throttled => MaxThrottleRetries,
        FaultKind.Conflict => MaxConflictRetries,
        FaultKind.ServerError => MaxServerErrorRetries,
        _ => MaxConnectionRetries,
    };

    /// <param name="kind">what went wrong.</param>
    /// <param name="retryNumber">1 for the first retry of this kind of fault.</param>
    /// <param name="retryAfter">the server's Retry-After, when it sent one.</param>
    /// <returns>The wait before retrying, or null to give up.</returns>
    public TimeSpan? NextDelay(FaultKind kind, int retryNumber, TimeSpan? retryAfter)
    {
        if (retryNumber < 1 || retryNumber > MaxRetries(kind))
        {
            return null;
        }
        if (retryAfter is { } asked && asked >= TimeSpan.Zero)
        {
            return asked <= MaxRetryAfter ? asked : MaxRetryAfter;
        }
        if (kind == FaultKind.Conflict)
        {
            return ConflictDelay;
        }
        return Backoff(retryNumber);
    }

    /// <summary>Exponential backoff with "equal jitter": a random point in [step/2, step].</summary>
    public TimeSpan Backoff(int retryNumber)
    {
        double step = BaseDelay.TotalMilliseconds * Math.Pow(2, Math.Min(retryNumber - 1, 30));
        step = Math.Min(step, MaxBackoff.TotalMilliseconds);
        double r = Math.Clamp(_random(), 0, 1);
        return TimeSpan.FromMilliseconds(step / 2 + r * step / 2);
    }
}
