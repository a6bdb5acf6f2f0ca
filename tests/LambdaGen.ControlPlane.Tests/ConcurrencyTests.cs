using System.Net;

namespace LambdaGen.ControlPlane.Tests;

/// <summary>Reserved concurrency against the account limit (1,000 with 100 kept unreserved).</summary>
public sealed class ConcurrencyTests : IAsyncLifetime, IDisposable
{
    private readonly LambdaControlPlaneOptions _options = new() { ProvisionedConcurrencyDelay = TimeSpan.FromMilliseconds(200) };
    private LambdaControlPlane _plane = null!;
    private LambdaHttp _http = null!;

    public async Task InitializeAsync()
    {
        _plane = await LambdaControlPlane.StartAsync(_options);
        _http = new LambdaHttp(_plane, _options);
    }

    public async Task DisposeAsync() => await _plane.DisposeAsync();

    public void Dispose() => _http?.Dispose();

    [Fact]
    public async Task Put_get_delete_reserved_concurrency()
    {
        _plane.SeedFunction("rc");

        var none = await _http.GetConcurrencyAsync("rc");
        Assert.Equal(HttpStatusCode.OK, none.Status);
        Assert.Equal("{}", none.Body);

        var put = await _http.PutConcurrencyAsync("rc", 50);
        Assert.Equal(HttpStatusCode.OK, put.Status);
        Assert.Equal(50, put.Json.GetProperty("ReservedConcurrentExecutions").GetInt32());
        Assert.Equal(50, (await _http.GetConcurrencyAsync("rc")).Json.GetProperty("ReservedConcurrentExecutions").GetInt32());
        Assert.Equal(50, (await _http.GetFunctionAsync("rc")).Json.GetProperty("Concurrency").GetProperty("ReservedConcurrentExecutions").GetInt32());
        Assert.Equal(50, _plane.ResourcesOf("rc")!.ReservedConcurrency);

        var deleted = await _http.DeleteConcurrencyAsync("rc");
        Assert.Equal(HttpStatusCode.NoContent, deleted.Status);
        Assert.Equal("{}", (await _http.GetConcurrencyAsync("rc")).Body);
        Assert.Equal(
            ["GetFunctionConcurrency", "PutFunctionConcurrency", "GetFunctionConcurrency", "GetFunction", "DeleteFunctionConcurrency", "GetFunctionConcurrency"],
            _plane.Requests.Select(r => r.Operation));
        Assert.Equal("/2017-10-31/functions/rc/concurrency", _plane.Requests[1].Path);
        Assert.Equal("/2019-09-30/functions/rc/concurrency", _plane.Requests[0].Path);
    }

    [Fact]
    public async Task Reserving_beyond_the_account_limit_minus_100_is_the_services_error()
    {
        _plane.SeedFunction("rc-a");
        _plane.SeedFunction("rc-b");
        Assert.Equal(HttpStatusCode.OK, (await _http.PutConcurrencyAsync("rc-a", 800)).Status);

        // 1000 − 800 − 100 = 100 is the boundary.
        var over = await _http.PutConcurrencyAsync("rc-b", 101);
        Assert.Equal(HttpStatusCode.BadRequest, over.Status);
        Assert.Equal("InvalidParameterValueException", over.ErrorType);
        Assert.Equal("Specified ReservedConcurrentExecutions for function decreases account's UnreservedConcurrentExecution below its minimum value of [100].", over.Message);
        Assert.Equal(HttpStatusCode.OK, (await _http.PutConcurrencyAsync("rc-b", 100)).Status);

        // A function's own previous reservation does not count against its new one.
        Assert.Equal(HttpStatusCode.OK, (await _http.PutConcurrencyAsync("rc-a", 800)).Status);
    }

    [Fact]
    public async Task Model_constraints_and_a_missing_function()
    {
        var negative = await _http.PutConcurrencyAsync("rc-missing", -1);
        Assert.Equal(HttpStatusCode.BadRequest, negative.Status);
        Assert.Equal("1 validation error detected: Value '-1' at 'reservedConcurrentExecutions' failed to satisfy constraint: Member must have value greater than or equal to 0", negative.Message);

        var missing = await _http.SendAsync(HttpMethod.Put, "2017-10-31/functions/rc-missing/concurrency", "{}");
        Assert.Equal("1 validation error detected: Value null at 'reservedConcurrentExecutions' failed to satisfy constraint: Member must not be null", missing.Message);

        var notFound = await _http.PutConcurrencyAsync("rc-missing", 1);
        Assert.Equal(HttpStatusCode.NotFound, notFound.Status);
        Assert.Equal($"Function not found: {Bodies.Arn("rc-missing")}", notFound.Message);
        Assert.Equal(HttpStatusCode.NotFound, (await _http.GetConcurrencyAsync("rc-missing")).Status);
    }

    [Fact]
    public async Task A_smaller_account_limit_is_an_option()
    {
        _options.AccountConcurrencyLimit = 10;
        _options.MinimumUnreservedConcurrency = 10;
        _plane.SeedFunction("rc-small");

        var r = await _http.PutConcurrencyAsync("rc-small", 1);

        Assert.Equal("Specified ReservedConcurrentExecutions for function decreases account's UnreservedConcurrentExecution below its minimum value of [10].", r.Message);
        Assert.Equal(HttpStatusCode.OK, (await _http.PutConcurrencyAsync("rc-small", 0)).Status); // 0 throttles the function
    }
}
