using LambdaGen.Deploy.Lambda;
using LambdaGen.Deploy.Retry;

namespace LambdaGen.Deploy.Tests;

public sealed class RetryTests
{
    [Fact]
    public void Retry_After_is_honoured_exactly()
    {
        var policy = new RetryPolicy(() => 0.5);
        Assert.Equal(TimeSpan.FromSeconds(7), policy.NextDelay(FaultKind.Throttled, 1, TimeSpan.FromSeconds(7)));
        Assert.Equal(TimeSpan.FromSeconds(3), policy.NextDelay(FaultKind.ServerError, 2, TimeSpan.FromSeconds(3)));
    }

    [Fact]
    public void An_excessive_Retry_After_is_clamped()
    {
        var policy = new RetryPolicy(() => 0.5) { MaxRetryAfter = TimeSpan.FromSeconds(30) };
        Assert.Equal(TimeSpan.FromSeconds(30), policy.NextDelay(FaultKind.Throttled, 1, TimeSpan.FromHours(1)));
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(0.37)]
    [InlineData(1.0)]
    public void Backoff_grows_exponentially_within_jitter_bounds_and_is_capped(double random)
    {
        var policy = new RetryPolicy(() => random) { BaseDelay = TimeSpan.FromMilliseconds(100), MaxBackoff = TimeSpan.FromSeconds(2), MaxThrottleRetries = 12 };
        for (int n = 1; n <= 12; n++)
        {
            double step = Math.Min(100 * Math.Pow(2, n - 1), 2000);
            TimeSpan delay = policy.NextDelay(FaultKind.Throttled, n, null)!.Value;
            Assert.InRange(delay.TotalMilliseconds, step / 2 - 0.001, step + 0.001);
            Assert.True(delay <= policy.MaxBackoff);
        }
    }

    [Fact]
    public void Jitter_spreads_delays()
    {
        double r = 0;
        var policy = new RetryPolicy(() => r) { BaseDelay = TimeSpan.FromMilliseconds(400) };
        r = 0;
        var low = policy.NextDelay(FaultKind.ServerError, 1, null);
        r = 1;
        var high = policy.NextDelay(FaultKind.ServerError, 1, null);
        Assert.Equal(TimeSpan.FromMilliseconds(200), low);
        Assert.Equal(TimeSpan.FromMilliseconds(400), high);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Retries_are_bounded(int kindNumber)
    {
        var kind = (FaultKind)kindNumber;
        var policy = new RetryPolicy(() => 0.5);
        int max = policy.MaxRetries(kind);
        Assert.NotNull(policy.NextDelay(kind, max, null));
        Assert.Null(policy.NextDelay(kind, max + 1, null));
    }

    [Fact]
    public void Conflicts_wait_the_conflict_delay()
    {
        var policy = new RetryPolicy(() => 0.5) { ConflictDelay = TimeSpan.FromMilliseconds(750) };
        Assert.Equal(TimeSpan.FromMilliseconds(750), policy.NextDelay(FaultKind.Conflict, 5, null));
    }

    [Fact]
    public async Task Caller_retries_throttles_with_the_servers_Retry_After_and_logs_each_retry()
    {
        var waits = new List<TimeSpan>();
        var caller = new RetryingCaller(new RetryPolicy(() => 0), (t, _) => { waits.Add(t); return Task.CompletedTask; });
        var log = new List<string>();
        int attempts = 0;

        int result = await caller.CallAsync("UpdateFunctionCode", _ =>
        {
            attempts++;
            if (attempts <= 2)
            {
                throw new AwsApiException("UpdateFunctionCode", 429, "TooManyRequestsException", "Rate exceeded", TimeSpan.FromSeconds(4));
            }
            return Task.FromResult(42);
        }, retryConflicts: true, log.Add, CancellationToken.None);

        Assert.Equal(42, result);
        Assert.Equal(new[] { TimeSpan.FromSeconds(4), TimeSpan.FromSeconds(4) }, waits);
        Assert.Equal(2, log.Count);
        Assert.Contains("UpdateFunctionCode throttled: TooManyRequestsException (HTTP 429); retry 1/8 in 4.0 s (Retry-After)", log);
    }

    [Fact]
    public async Task Caller_gives_up_after_the_bound_and_rethrows()
    {
        int attempts = 0;
        var caller = new RetryingCaller(new RetryPolicy(() => 0) { MaxServerErrorRetries = 3 }, (_, _) => Task.CompletedTask);
        var ex = await Assert.ThrowsAsync<AwsApiException>(() => caller.CallAsync<int>("CreateFunction", _ =>
        {
            attempts++;
            throw new AwsApiException("CreateFunction", 500, "ServiceException", "boom", null);
        }, retryConflicts: false, _ => { }, CancellationToken.None));
        Assert.Equal(4, attempts);
        Assert.Equal("ServiceException", ex.ErrorType);
    }

    [Fact]
    public async Task Caller_retries_dropped_connections()
    {
        int attempts = 0;
        var caller = new RetryingCaller(new RetryPolicy(() => 0), (_, _) => Task.CompletedTask);
        var log = new List<string>();
        string result = await caller.CallAsync("GetFunctionConfiguration", _ =>
        {
            if (++attempts == 1)
            {
                throw new AwsConnectionException("GetFunctionConfiguration", new HttpRequestException("connection reset"));
            }
            return Task.FromResult("ok");
        }, retryConflicts: false, log.Add, CancellationToken.None);
        Assert.Equal("ok", result);
        Assert.Contains(log, l => l.Contains("connection dropped", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Client_errors_and_create_conflicts_are_not_retried()
    {
        var caller = new RetryingCaller(new RetryPolicy(() => 0), (_, _) => throw new InvalidOperationException("must not wait"));
        await Assert.ThrowsAsync<AwsApiException>(() => caller.CallAsync<int>("CreateFunction",
            _ => throw new AwsApiException("CreateFunction", 400, "InvalidParameterValueException", "bad", null), false, _ => { }, CancellationToken.None));
        await Assert.ThrowsAsync<AwsApiException>(() => caller.CallAsync<int>("CreateFunction",
            _ => throw new AwsApiException("CreateFunction", 409, "ResourceConflictException", "exists", null), retryConflicts: false, _ => { }, CancellationToken.None));
    }
}
