using System.Net;

namespace LambdaGen.ControlPlane.Tests;

/// <summary>Provisioned concurrency: 202 IN_PROGRESS, then READY (or FAILED) after a delay or N reads, and its errors.</summary>
public sealed class ProvisionedConcurrencyTests : IAsyncLifetime, IDisposable
{
    private readonly LambdaControlPlaneOptions _options = new() { ProvisionedConcurrencyDelay = TimeSpan.FromMilliseconds(150) };
    private LambdaControlPlane _plane = null!;
    private LambdaHttp _http = null!;

    public async Task InitializeAsync()
    {
        _plane = await LambdaControlPlane.StartAsync(_options);
        _http = new LambdaHttp(_plane, _options);
    }

    public async Task DisposeAsync() => await _plane.DisposeAsync();

    public void Dispose() => _http?.Dispose();

    private async Task SeedAsync(string name, bool alias = true)
    {
        _plane.SeedFunction(name);
        Assert.Equal(HttpStatusCode.Created, (await _http.PublishAsync(name)).Status);
        if (alias)
        {
            Assert.Equal(HttpStatusCode.Created, (await _http.CreateAliasAsync(name, """{"Name":"live","FunctionVersion":"1"}""")).Status);
        }
    }

    [Fact]
    public async Task Put_is_202_IN_PROGRESS_and_the_allocation_is_READY_after_the_delay()
    {
        await SeedAsync("pc");

        var put = await _http.PutProvisionedAsync("pc", "live", 5);

        Assert.Equal(HttpStatusCode.Accepted, put.Status);
        var p = put.Json;
        Assert.Equal(5, p.GetProperty("RequestedProvisionedConcurrentExecutions").GetInt32());
        Assert.Equal(0, p.GetProperty("AllocatedProvisionedConcurrentExecutions").GetInt32());
        Assert.Equal(0, p.GetProperty("AvailableProvisionedConcurrentExecutions").GetInt32());
        Assert.Equal("IN_PROGRESS", p.GetProperty("Status").GetString());
        Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+0000$", p.GetProperty("LastModified").GetString());
        Assert.Equal("IN_PROGRESS", (await _http.GetProvisionedAsync("pc", "live")).Json.GetProperty("Status").GetString());

        await Task.Delay(200);
        var ready = (await _http.GetProvisionedAsync("pc", "live")).Json;
        Assert.Equal("READY", ready.GetProperty("Status").GetString());
        Assert.Equal(5, ready.GetProperty("AllocatedProvisionedConcurrentExecutions").GetInt32());
        Assert.Equal(5, ready.GetProperty("AvailableProvisionedConcurrentExecutions").GetInt32());
        Assert.Equal("READY", _plane.ResourcesOf("pc")!.ProvisionedConcurrency["live"].Status);

        var list = await _http.SendAsync(HttpMethod.Get, "2019-09-30/functions/pc/provisioned-concurrency?List=ALL");
        Assert.Equal("ListProvisionedConcurrencyConfigs", _plane.Requests.Last().Operation);
        Assert.Equal($"{Bodies.Arn("pc")}:live", list.Json.GetProperty("ProvisionedConcurrencyConfigs")[0].GetProperty("FunctionArn").GetString());

        var deleted = await _http.DeleteProvisionedAsync("pc", "live");
        Assert.Equal(HttpStatusCode.NoContent, deleted.Status);
        var gone = await _http.GetProvisionedAsync("pc", "live");
        Assert.Equal(HttpStatusCode.NotFound, gone.Status);
        Assert.Equal("ProvisionedConcurrencyConfigNotFoundException", gone.ErrorType);
        Assert.Equal("No Provisioned Concurrency Config found for this function", gone.Message);
        Assert.Equal(HttpStatusCode.NoContent, (await _http.DeleteProvisionedAsync("pc", "live")).Status); // idempotent
    }

    [Fact]
    public async Task With_a_poll_count_the_Nth_read_is_READY()
    {
        _options.ProvisionedConcurrencyReadyAfterPolls = 3;
        await SeedAsync("pc-polls");
        await _http.PutProvisionedAsync("pc-polls", "1", 2);

        var statuses = new List<string>();
        for (var i = 0; i < 4; i++)
        {
            statuses.Add((await _http.GetProvisionedAsync("pc-polls", "1")).Json.GetProperty("Status").GetString()!);
        }

        Assert.Equal(["IN_PROGRESS", "IN_PROGRESS", "READY", "READY"], statuses);
    }

    [Fact]
    public async Task An_option_makes_the_allocation_end_FAILED_with_a_reason()
    {
        _options.ProvisionedConcurrencyReadyAfterPolls = 1;
        _options.ProvisionedConcurrencyFailure = (fn, qualifier) => fn == "pc-fail" && qualifier == "live" ? "FUNCTION_ERROR_INIT_FAILURE" : null;
        await SeedAsync("pc-fail");

        Assert.Equal("IN_PROGRESS", (await _http.PutProvisionedAsync("pc-fail", "live", 1)).Json.GetProperty("Status").GetString());
        var failed = (await _http.GetProvisionedAsync("pc-fail", "live")).Json;

        Assert.Equal("FAILED", failed.GetProperty("Status").GetString());
        Assert.Equal("FUNCTION_ERROR_INIT_FAILURE", failed.GetProperty("StatusReason").GetString());
        Assert.Equal(0, failed.GetProperty("AllocatedProvisionedConcurrentExecutions").GetInt32());
        Assert.Equal(new ProvisionedConcurrencyState(1, "FAILED", "FUNCTION_ERROR_INIT_FAILURE"), _plane.ResourcesOf("pc-fail")!.ProvisionedConcurrency["live"]);

        // Other qualifiers end READY.
        Assert.Equal(HttpStatusCode.NotFound, (await _http.PutProvisionedAsync("pc-fail", "2", 1)).Status);
        _plane.ChangeConfiguration("pc-fail", """{"Description":"v2"}""");
        await _http.PublishAsync("pc-fail");
        await _http.PutProvisionedAsync("pc-fail", "2", 1);
        Assert.Equal("READY", (await _http.GetProvisionedAsync("pc-fail", "2")).Json.GetProperty("Status").GetString());
    }

    [Fact]
    public async Task LATEST_is_refused_with_the_services_errors()
    {
        await SeedAsync("pc-latest");

        var put = await _http.PutProvisionedAsync("pc-latest", "$LATEST", 1);
        Assert.Equal(HttpStatusCode.BadRequest, put.Status);
        Assert.Equal("InvalidParameterValueException", put.ErrorType);
        Assert.Equal("Provisioned Concurrency Configs cannot be applied to unpublished function versions.", put.Message);

        var get = await _http.GetProvisionedAsync("pc-latest", "$LATEST");
        Assert.Equal("The function resource provided must be an alias or a published version.", get.Message);
        var delete = await _http.DeleteProvisionedAsync("pc-latest", "$LATEST");
        Assert.Equal(HttpStatusCode.BadRequest, delete.Status);
        Assert.Equal("The function resource provided must be an alias or a published version.", delete.Message);

        await _http.CreateAliasAsync("pc-latest", """{"Name":"head","FunctionVersion":"$LATEST"}""");
        Assert.Equal(HttpStatusCode.BadRequest, (await _http.PutProvisionedAsync("pc-latest", "head", 1)).Status);
    }

    [Fact]
    public async Task Qualifier_is_required_and_must_exist()
    {
        await SeedAsync("pc-qualifier");

        var none = await _http.PutProvisionedAsync("pc-qualifier", null, 1);
        Assert.Equal(HttpStatusCode.BadRequest, none.Status);
        Assert.Equal("ValidationException", none.ErrorType);
        Assert.Equal("1 validation error detected: Value null at 'qualifier' failed to satisfy constraint: Member must not be null", none.Message);

        var zero = await _http.PutProvisionedAsync("pc-qualifier", "live", 0);
        Assert.Equal("1 validation error detected: Value '0' at 'provisionedConcurrentExecutions' failed to satisfy constraint: Member must have value greater than or equal to 1", zero.Message);

        var alias = await _http.PutProvisionedAsync("pc-qualifier", "ghost", 1);
        Assert.Equal(HttpStatusCode.NotFound, alias.Status);
        Assert.Equal($"Cannot find alias arn: {Bodies.Arn("pc-qualifier")}:ghost", alias.Message);

        var version = await _http.GetProvisionedAsync("pc-qualifier", "4");
        Assert.Equal(HttpStatusCode.NotFound, version.Status);
        Assert.Equal("ResourceNotFoundException", version.ErrorType);
        Assert.Equal($"Function not found: {Bodies.Arn("pc-qualifier")}:4", version.Message);
    }

    [Fact]
    public async Task Provisioned_concurrency_stays_within_reserved_and_account_concurrency()
    {
        await SeedAsync("pc-limits");
        await _http.PutConcurrencyAsync("pc-limits", 10);

        var over = await _http.PutProvisionedAsync("pc-limits", "live", 11);
        Assert.Equal(HttpStatusCode.BadRequest, over.Status);
        Assert.Equal("InvalidParameterValueException", over.ErrorType);
        Assert.Equal("Requested Provisioned Concurrency should not be greater than the reservedConcurrentExecution for function", over.Message);
        Assert.Equal(HttpStatusCode.Accepted, (await _http.PutProvisionedAsync("pc-limits", "live", 10)).Status);

        // An alias and the version it points at cannot both be provisioned.
        var version = await _http.PutProvisionedAsync("pc-limits", "1", 1);
        Assert.Equal(HttpStatusCode.Conflict, version.Status);
        Assert.Equal("Version is pointed by a Provisioned Concurrency alias", version.Message);

        await SeedAsync("pc-account", alias: false);
        var account = await _http.PutProvisionedAsync("pc-account", "1", 901);
        Assert.Equal("Specified ConcurrentExecutions for function decreases account's UnreservedConcurrentExecution below its minimum value of [100].", account.Message);
        Assert.Equal(HttpStatusCode.Accepted, (await _http.PutProvisionedAsync("pc-account", "1", 890)).Status); // 1000 − 10 reserved − 100
    }
}
