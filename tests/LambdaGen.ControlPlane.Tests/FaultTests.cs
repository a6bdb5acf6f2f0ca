using System.Net;

namespace LambdaGen.ControlPlane.Tests;

/// <summary>Injected faults look like the real service's failures and are used up as configured.</summary>
public sealed class FaultTests : IClassFixture<PlaneFixture>, IDisposable
{
    private readonly LambdaControlPlane _plane;
    private readonly LambdaHttp _http;

    public FaultTests(PlaneFixture fixture)
    {
        _plane = fixture.Plane;
        _http = new LambdaHttp(fixture.Plane, fixture.Options);
    }

    public void Dispose() => _http.Dispose();

    [Fact]
    public async Task Throttle_is_429_with_Retry_After_and_Reason_then_clears()
    {
        _plane.SeedFunction("fault-throttle");
        _plane.Faults.Throttle("GetFunctionConfiguration", 2, retryAfterSeconds: 7, functionName: "fault-throttle");

        for (var i = 0; i < 2; i++)
        {
            var r = await _http.GetConfigurationAsync("fault-throttle");
            Assert.Equal((HttpStatusCode)429, r.Status);
            Assert.Equal("TooManyRequestsException", r.ErrorType);
            Assert.Equal("7", r.Headers["retry-after"]);
            Assert.Equal("CallerRateLimitExceeded", r.Json.GetProperty("Reason").GetString());
        }

        Assert.Equal(HttpStatusCode.OK, (await _http.GetConfigurationAsync("fault-throttle")).Status);
    }

    [Fact]
    public async Task Throttle_without_retry_after_sends_no_header()
    {
        _plane.SeedFunction("fault-throttle0");
        _plane.Faults.Throttle(null, 1, functionName: "fault-throttle0");

        var r = await _http.GetFunctionAsync("fault-throttle0");
        Assert.Equal((HttpStatusCode)429, r.Status);
        Assert.False(r.Headers.ContainsKey("retry-after"));
    }

    [Fact]
    public async Task Server_error_is_500_ServiceException_and_changes_nothing()
    {
        _plane.Faults.ServerError("CreateFunction", 1, "fault-500");

        var r = await _http.CreateAsync(Bodies.Create("fault-500"));
        Assert.Equal(HttpStatusCode.InternalServerError, r.Status);
        Assert.Equal("ServiceException", r.ErrorType);
        Assert.Equal("Service", r.Json.GetProperty("Type").GetString());
        Assert.False(_plane.Functions.ContainsKey("fault-500"));

        Assert.Equal(HttpStatusCode.Created, (await _http.CreateAsync(Bodies.Create("fault-500"))).Status);
    }

    [Fact]
    public async Task Dropped_connection_aborts_without_a_response()
    {
        _plane.SeedFunction("fault-drop");
        _plane.Faults.DropConnection("GetFunctionConfiguration", 1, "fault-drop");

        var e = await Assert.ThrowsAsync<HttpRequestException>(() => _http.GetConfigurationAsync("fault-drop"));
        Assert.True(e.InnerException is IOException || e.HttpRequestError != HttpRequestError.Unknown, e.ToString());
        Assert.Equal(0, _plane.Requests.Last(r => r.Path.Contains("fault-drop", StringComparison.Ordinal) && r.Operation == "GetFunctionConfiguration").StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await _http.GetConfigurationAsync("fault-drop")).Status);
    }

    [Fact]
    public async Task Conflict_is_409_with_the_update_in_progress_message()
    {
        _plane.SeedFunction("fault-409");
        _plane.Faults.Conflict("UpdateFunctionConfiguration", 1, "fault-409");

        var r = await _http.UpdateConfigurationAsync("fault-409", """{"Timeout":10}""");
        Assert.Equal(HttpStatusCode.Conflict, r.Status);
        Assert.Equal($"The operation cannot be performed at this time. An update is in progress for resource: {Bodies.Arn("fault-409")}", r.Message);
        Assert.Equal(0, _plane.Functions["fault-409"].UpdateCount);
    }

    [Fact]
    public async Task Function_and_operation_filters_decide_which_requests_fail()
    {
        _plane.SeedFunction("fault-a");
        _plane.SeedFunction("fault-b");
        _plane.Faults.ServerError("GetFunctionConfiguration", 1, "fault-a");

        Assert.Equal(HttpStatusCode.OK, (await _http.GetConfigurationAsync("fault-b")).Status);       // other function
        Assert.Equal(HttpStatusCode.OK, (await _http.GetFunctionAsync("fault-a")).Status);            // other operation
        Assert.Equal(HttpStatusCode.InternalServerError, (await _http.GetConfigurationAsync(Bodies.Arn("fault-a"))).Status); // ARN form matches too
        Assert.Equal(HttpStatusCode.OK, (await _http.GetConfigurationAsync("fault-a")).Status);
    }

    [Fact]
    public async Task Permanent_fault_fails_every_matching_request_until_cleared()
    {
        await using var plane = await LambdaControlPlane.StartAsync(new LambdaControlPlaneOptions { VerifySignatures = false });
        using var http = new LambdaHttp(plane, new LambdaControlPlaneOptions());
        plane.SeedFunction("fault-perm");
        plane.Faults.Permanent("UpdateFunctionCode", "fault-perm", 400, "CodeStorageExceededException", "Code storage limit exceeded.");

        for (var i = 0; i < 3; i++)
        {
            var r = await http.UpdateCodeAsync("fault-perm", """{"S3Bucket":"bkt","S3Key":"k"}""");
            Assert.Equal(HttpStatusCode.BadRequest, r.Status);
            Assert.Equal("CodeStorageExceededException", r.ErrorType);
            Assert.Equal("Code storage limit exceeded.", r.Message);
        }

        plane.Faults.Clear();
        Assert.Equal(HttpStatusCode.OK, (await http.UpdateCodeAsync("fault-perm", """{"S3Bucket":"bkt","S3Key":"k"}""")).Status);
    }
}
