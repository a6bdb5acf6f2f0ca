using LambdaGen.Deploy.Tests.Support;

namespace LambdaGen.Deploy.Tests;

public sealed class ConcurrencyTests
{
    /// <summary>Counts requests in flight; holds each first read a little so overlapping functions show.</summary>
    private sealed class InFlightCounter : DelegatingHandler
    {
        private int _current;

        public InFlightCounter()
            : base(new SocketsHttpHandler())
        {
        }

        public int Max { get; private set; }

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            int now = Interlocked.Increment(ref _current);
            lock (this)
            {
                Max = Math.Max(Max, now);
            }
            try
            {
                if (request.Method == HttpMethod.Get)
                {
                    await Task.Delay(100, cancellationToken);
                }
                return await base.SendAsync(request, cancellationToken);
            }
            finally
            {
                Interlocked.Decrement(ref _current);
            }
        }
    }

    [Fact]
    public async Task Functions_deploy_concurrently_up_to_the_parallelism()
    {
        await using var s = await DeployScenario.StartAsync();
        for (int i = 0; i < 5; i++)
        {
            s.AddFunction($"fn-{i}");
        }
        using var counter = new InFlightCounter();
        var (result, log) = await s.RunAsync(s.Options(handler: counter) with { Parallelism = 2 });

        Assert.True(result.ExitCode == 0, log.Text);
        Assert.Equal(5, s.Plane.Functions.Count);
        Assert.Equal(2, counter.Max);
    }
}
