using System.Diagnostics;
using System.Net;

namespace LambdaGen.ControlPlane.Tests;

/// <summary>The asynchronous state machines: Pending→Active after create, InProgress→Successful after updates.</summary>
public sealed class StateTests : IAsyncLifetime
{
    // Long enough that back-to-back requests land inside the window even on a busy machine.
    private static readonly TimeSpan Delay = TimeSpan.FromSeconds(1);
    private readonly LambdaControlPlaneOptions _options = new() { SettleDelay = Delay };
    private LambdaControlPlane _plane = null!;
    private LambdaHttp _http = null!;

    public async Task InitializeAsync()
    {
        _plane = await LambdaControlPlane.StartAsync(_options);
        _http = new LambdaHttp(_plane, _options);
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _plane.DisposeAsync();
    }

    [Fact]
    public async Task Create_is_Pending_until_the_settle_delay_then_Active_and_Successful()
    {
        var clock = Stopwatch.StartNew();
        var created = await _http.CreateAsync(Bodies.Create("state-create"));
        Assert.Equal("Pending", created.Json.GetProperty("State").GetString());
        Assert.False(created.Json.TryGetProperty("LastUpdateStatus", out _));

        var early = await _http.GetConfigurationAsync("state-create");
        if (clock.Elapsed < Delay)
        {
            Assert.Equal("Pending", early.Json.GetProperty("State").GetString());
        }

        await Task.Delay(Delay + TimeSpan.FromMilliseconds(50));
        var settled = await _http.GetConfigurationAsync("state-create");
        Assert.Equal("Active", settled.Json.GetProperty("State").GetString());
        Assert.Equal("Successful", settled.Json.GetProperty("LastUpdateStatus").GetString());
        Assert.False(settled.Json.TryGetProperty("StateReasonCode", out _));
        Assert.NotEqual(created.Json.GetProperty("RevisionId").GetString(), settled.Json.GetProperty("RevisionId").GetString());
    }

    [Fact]
    public async Task Updates_while_creating_or_in_progress_are_409_and_succeed_once_settled()
    {
        await _http.CreateAsync(Bodies.Create("state-update"));
        var whilePending = await _http.UpdateConfigurationAsync("state-update", """{"MemorySize":256}""");
        Assert.Equal(HttpStatusCode.Conflict, whilePending.Status);
        Assert.Contains("Pending", whilePending.Message, StringComparison.Ordinal);

        await Wait.UntilAsync(() => _plane.Functions["state-update"].State == "Active");
        var first = await _http.UpdateConfigurationAsync("state-update", """{"MemorySize":256}""");
        Assert.Equal(HttpStatusCode.OK, first.Status);
        Assert.Equal("InProgress", first.Json.GetProperty("LastUpdateStatus").GetString());
        Assert.Equal("Creating", first.Json.GetProperty("LastUpdateStatusReasonCode").GetString());

        // A second change of either kind while the first is applied: the service's conflict.
        var second = await _http.UpdateConfigurationAsync("state-update", """{"MemorySize":512}""");
        var code = await _http.UpdateCodeAsync("state-update", $$"""{"ZipFile":"{{Convert.ToBase64String(Bodies.Zip("x"))}}"}""");
        foreach (var conflict in new[] { second, code })
        {
            Assert.Equal(HttpStatusCode.Conflict, conflict.Status);
            Assert.Equal("ResourceConflictException", conflict.ErrorType);
            Assert.Equal($"The operation cannot be performed at this time. An update is in progress for resource: {Bodies.Arn("state-update")}", conflict.Message);
        }

        await Wait.UntilAsync(() => _plane.Functions["state-update"].LastUpdateStatus == "Successful");
        var settled = await _http.GetConfigurationAsync("state-update");
        Assert.Equal("Successful", settled.Json.GetProperty("LastUpdateStatus").GetString());
        Assert.Equal(256, settled.Json.GetProperty("MemorySize").GetInt32());
        Assert.NotEqual(first.Json.GetProperty("RevisionId").GetString(), settled.Json.GetProperty("RevisionId").GetString());

        var retried = await _http.UpdateConfigurationAsync("state-update", """{"MemorySize":512}""");
        Assert.Equal(HttpStatusCode.OK, retried.Status);
        Assert.Equal(2, _plane.Functions["state-update"].UpdateCount);
    }

    [Fact]
    public async Task PublishVersion_waits_for_the_update_to_finish()
    {
        _plane.SeedFunction("state-publish");
        Assert.Equal(HttpStatusCode.OK, (await _http.UpdateCodeAsync("state-publish", $$"""{"ZipFile":"{{Convert.ToBase64String(Bodies.Zip("y"))}}"}""")).Status);

        var early = await _http.PublishAsync("state-publish");
        Assert.Equal(HttpStatusCode.Conflict, early.Status);
        Assert.Equal("ResourceConflictException", early.ErrorType);
        Assert.Empty(_plane.Functions["state-publish"].Versions);

        await Wait.UntilAsync(() => _plane.Functions["state-publish"].LastUpdateStatus == "Successful");
        var published = await _http.PublishAsync("state-publish");
        Assert.Equal(HttpStatusCode.Created, published.Status);
        Assert.Equal("1", published.Json.GetProperty("Version").GetString());
    }

    [Fact]
    public async Task Seeded_functions_can_start_pending()
    {
        var state = _plane.SeedFunction("state-seed", active: false);
        Assert.Equal("Pending", state.State);
        await Wait.UntilAsync(() => _plane.Functions["state-seed"].State == "Active");
    }
}
