using System.Net;

namespace LambdaGen.ControlPlane.Tests;

/// <summary>Aliases, ListVersionsByFunction and DeleteFunction over raw signed HTTP.</summary>
public sealed class AliasTests : IClassFixture<PlaneFixture>, IDisposable
{
    private readonly LambdaControlPlane _plane;
    private readonly LambdaHttp _http;

    public AliasTests(PlaneFixture fixture)
    {
        _plane = fixture.Plane;
        _http = new LambdaHttp(fixture.Plane, fixture.Options);
    }

    public void Dispose() => _http.Dispose();

    private async Task SeedWithVersionsAsync(string name, int versions)
    {
        _plane.SeedFunction(name);
        for (var i = 1; i <= versions; i++)
        {
            if (i > 1)
            {
                _plane.ChangeConfiguration(name, $$"""{"Description":"v{{i}}"}""");
            }

            Assert.Equal(HttpStatusCode.Created, (await _http.PublishAsync(name)).Status);
        }
    }

    [Fact]
    public async Task Create_answers_201_with_the_alias_arn_and_a_RevisionId()
    {
        await SeedWithVersionsAsync("alias-create", 1);

        var r = await _http.CreateAliasAsync("alias-create", """{"Name":"live","FunctionVersion":"1","Description":"prod"}""");

        Assert.Equal(HttpStatusCode.Created, r.Status);
        var a = r.Json;
        Assert.Equal($"{Bodies.Arn("alias-create")}:live", a.GetProperty("AliasArn").GetString());
        Assert.Equal("live", a.GetProperty("Name").GetString());
        Assert.Equal("1", a.GetProperty("FunctionVersion").GetString());
        Assert.Equal("prod", a.GetProperty("Description").GetString());
        Assert.True(Guid.TryParse(a.GetProperty("RevisionId").GetString(), out _));
        Assert.False(a.TryGetProperty("RoutingConfig", out _));

        var got = await _http.GetAliasAsync("alias-create", "live");
        Assert.Equal(HttpStatusCode.OK, got.Status);
        Assert.Equal(a.GetProperty("RevisionId").GetString(), got.Json.GetProperty("RevisionId").GetString());

        // The alias reads as the version it points at.
        var config = await _http.SendAsync(HttpMethod.Get, "2015-03-31/functions/alias-create/configuration?Qualifier=live");
        Assert.Equal($"{Bodies.Arn("alias-create")}:1", config.Json.GetProperty("FunctionArn").GetString());
        Assert.Equal("1", _plane.ResourcesOf("alias-create")!.Aliases.Single().FunctionVersion);
    }

    [Fact]
    public async Task The_version_must_exist_and_the_name_must_be_new()
    {
        await SeedWithVersionsAsync("alias-rules", 1);

        var missing = await _http.CreateAliasAsync("alias-rules", """{"Name":"live","FunctionVersion":"7"}""");
        Assert.Equal(HttpStatusCode.NotFound, missing.Status);
        Assert.Equal("ResourceNotFoundException", missing.ErrorType);
        Assert.Equal($"Function not found: {Bodies.Arn("alias-rules")}:7", missing.Message);

        Assert.Equal(HttpStatusCode.Created, (await _http.CreateAliasAsync("alias-rules", """{"Name":"latest","FunctionVersion":"$LATEST"}""")).Status);
        var again = await _http.CreateAliasAsync("alias-rules", """{"Name":"latest","FunctionVersion":"1"}""");
        Assert.Equal(HttpStatusCode.Conflict, again.Status);
        Assert.Equal("ResourceConflictException", again.ErrorType);
        Assert.Equal($"Alias already exists: {Bodies.Arn("alias-rules")}:latest", again.Message);

        var noFunction = await _http.CreateAliasAsync("alias-nofunction", """{"Name":"live","FunctionVersion":"1"}""");
        Assert.Equal(HttpStatusCode.NotFound, noFunction.Status);
        Assert.Equal($"Function not found: {Bodies.Arn("alias-nofunction")}", noFunction.Message);
    }

    [Fact]
    public async Task Names_and_versions_are_checked_against_the_model()
    {
        _plane.SeedFunction("alias-validate");

        var r = await _http.CreateAliasAsync("alias-validate", """{"Name":"123","FunctionVersion":"v1"}""");

        Assert.Equal(HttpStatusCode.BadRequest, r.Status);
        Assert.Equal("ValidationException", r.ErrorType);
        Assert.Equal("2 validation errors detected: "
            + "Value '123' at 'name' failed to satisfy constraint: Member must satisfy regular expression pattern: (?!^[0-9]+$)([a-zA-Z0-9-_]+); "
            + "Value 'v1' at 'functionVersion' failed to satisfy constraint: Member must satisfy regular expression pattern: (\\$LATEST(\\.PUBLISHED)?|[0-9]+)", r.Message);

        var missing = await _http.CreateAliasAsync("alias-validate", """{"Name":"live"}""");
        Assert.Equal("1 validation error detected: Value null at 'functionVersion' failed to satisfy constraint: Member must not be null", missing.Message);

        var weight = await _http.CreateAliasAsync("alias-validate", """{"Name":"live","FunctionVersion":"1","RoutingConfig":{"AdditionalVersionWeights":{"2":1.5}}}""");
        Assert.Equal("1 validation error detected: Value '{2=1.5}' at 'routingConfig.additionalVersionWeights' failed to satisfy constraint: Map value must satisfy constraint: [Member must have value less than or equal to 1]", weight.Message);
    }

    [Fact]
    public async Task Routing_config_weights_a_second_published_version()
    {
        await SeedWithVersionsAsync("alias-routing", 2);

        var r = await _http.CreateAliasAsync("alias-routing", """{"Name":"canary","FunctionVersion":"1","RoutingConfig":{"AdditionalVersionWeights":{"2":0.1}}}""");
        Assert.Equal(HttpStatusCode.Created, r.Status);
        Assert.Equal(0.1, r.Json.GetProperty("RoutingConfig").GetProperty("AdditionalVersionWeights").GetProperty("2").GetDouble());

        var same = await _http.CreateAliasAsync("alias-routing", """{"Name":"same","FunctionVersion":"1","RoutingConfig":{"AdditionalVersionWeights":{"1":0.5}}}""");
        Assert.Equal(HttpStatusCode.BadRequest, same.Status);
        Assert.Equal("InvalidParameterValueException", same.ErrorType);
        Assert.Equal("Invalid function version 1. Function version 1 is already included in routing configuration.", same.Message);

        var latest = await _http.CreateAliasAsync("alias-routing", """{"Name":"latest","FunctionVersion":"$LATEST","RoutingConfig":{"AdditionalVersionWeights":{"1":0.5}}}""");
        Assert.Equal("$LATEST is not supported for an alias pointing to more than 1 version", latest.Message);

        // An empty routing config on update removes the weighted version.
        var cleared = await _http.UpdateAliasAsync("alias-routing", "canary", """{"FunctionVersion":"2","RoutingConfig":{}}""");
        Assert.Equal(HttpStatusCode.OK, cleared.Status);
        Assert.False(cleared.Json.TryGetProperty("RoutingConfig", out _));
        Assert.Equal("2", cleared.Json.GetProperty("FunctionVersion").GetString());
    }

    [Fact]
    public async Task Update_writes_a_new_RevisionId_and_checks_the_given_one()
    {
        await SeedWithVersionsAsync("alias-update", 2);
        var created = (await _http.CreateAliasAsync("alias-update", """{"Name":"live","FunctionVersion":"1"}""")).Json;
        var revision = created.GetProperty("RevisionId").GetString();

        var stale = await _http.UpdateAliasAsync("alias-update", "live", """{"FunctionVersion":"2","RevisionId":"stale"}""");
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.Status);
        Assert.Equal("PreconditionFailedException", stale.ErrorType);
        Assert.Equal("The Revision Id provided does not match the latest Revision Id. Call the GetFunction/GetAlias API to retrieve the latest Revision Id", stale.Message);

        var r = await _http.UpdateAliasAsync("alias-update", "live", $$"""{"FunctionVersion":"2","RevisionId":"{{revision}}"}""");
        Assert.Equal(HttpStatusCode.OK, r.Status);
        Assert.Equal("2", r.Json.GetProperty("FunctionVersion").GetString());
        Assert.Equal("", r.Json.GetProperty("Description").GetString());
        Assert.NotEqual(revision, r.Json.GetProperty("RevisionId").GetString());

        var badVersion = await _http.UpdateAliasAsync("alias-update", "live", """{"FunctionVersion":"5"}""");
        Assert.Equal(HttpStatusCode.NotFound, badVersion.Status);

        var missing = await _http.UpdateAliasAsync("alias-update", "ghost", """{"FunctionVersion":"1"}""");
        Assert.Equal(HttpStatusCode.NotFound, missing.Status);
        Assert.Equal($"Cannot find alias arn: {Bodies.Arn("alias-update")}:ghost", missing.Message);
    }

    [Fact]
    public async Task List_and_delete()
    {
        await SeedWithVersionsAsync("alias-list", 2);
        await _http.CreateAliasAsync("alias-list", """{"Name":"b","FunctionVersion":"1"}""");
        await _http.CreateAliasAsync("alias-list", """{"Name":"a","FunctionVersion":"2"}""");

        var all = (await _http.ListAliasesAsync("alias-list")).Json.GetProperty("Aliases");
        Assert.Equal(["a", "b"], all.EnumerateArray().Select(a => a.GetProperty("Name").GetString()));
        var byVersion = (await _http.ListAliasesAsync("alias-list", "?FunctionVersion=1")).Json.GetProperty("Aliases");
        Assert.Equal("b", Assert.Single(byVersion.EnumerateArray()).GetProperty("Name").GetString());
        var paged = (await _http.ListAliasesAsync("alias-list", "?MaxItems=1")).Json;
        Assert.Equal(1, paged.GetProperty("Aliases").GetArrayLength());
        Assert.Equal("b", (await _http.ListAliasesAsync("alias-list", $"?Marker={paged.GetProperty("NextMarker").GetString()}")).Json.GetProperty("Aliases")[0].GetProperty("Name").GetString());

        var deleted = await _http.DeleteAliasAsync("alias-list", "a");
        Assert.Equal(HttpStatusCode.NoContent, deleted.Status);
        Assert.Equal(HttpStatusCode.NotFound, (await _http.GetAliasAsync("alias-list", "a")).Status);
        var again = await _http.DeleteAliasAsync("alias-list", "a");
        Assert.Equal(HttpStatusCode.NotFound, again.Status);
        Assert.Equal($"Cannot find alias arn: {Bodies.Arn("alias-list")}:a", again.Message);
    }

    [Fact]
    public async Task Versions_are_listable_with_LATEST_first()
    {
        await SeedWithVersionsAsync("versions-list", 2);

        var r = await _http.ListVersionsAsync("versions-list");

        Assert.Equal(HttpStatusCode.OK, r.Status);
        var versions = r.Json.GetProperty("Versions").EnumerateArray().Select(v => v.GetProperty("Version").GetString()!).ToArray();
        Assert.Equal(["$LATEST", "1", "2"], versions);
        Assert.Equal($"{Bodies.Arn("versions-list")}:2", r.Json.GetProperty("Versions")[2].GetProperty("FunctionArn").GetString());
        Assert.Equal("ListVersionsByFunction", _plane.Requests.Last().Operation);

        var page = (await _http.ListVersionsAsync("versions-list", "?MaxItems=2")).Json;
        Assert.Equal(2, page.GetProperty("Versions").GetArrayLength());
        Assert.Equal("2", page.GetProperty("NextMarker").GetString());

        var bad = await _http.ListVersionsAsync("versions-list", "?MaxItems=0");
        Assert.Equal(HttpStatusCode.BadRequest, bad.Status);
        Assert.Equal("1 validation error detected: Value '0' at 'maxItems' failed to satisfy constraint: Member must have value greater than or equal to 1", bad.Message);

        Assert.Equal(HttpStatusCode.NotFound, (await _http.ListVersionsAsync("versions-missing")).Status);
    }

    [Fact]
    public async Task Deleting_a_function_removes_all_of_it()
    {
        await SeedWithVersionsAsync("delete-all", 1);
        await _http.CreateAliasAsync("delete-all", """{"Name":"live","FunctionVersion":"1"}""");
        await _http.CreateUrlAsync("delete-all", """{"AuthType":"NONE"}""");
        await _http.PutConcurrencyAsync("delete-all", 5);
        await _http.PutEventInvokeAsync("delete-all", """{"MaximumRetryAttempts":0}""");
        await _http.AddPermissionAsync("delete-all", """{"StatementId":"a","Action":"lambda:InvokeFunction","Principal":"*"}""");

        var r = await _http.DeleteFunctionAsync("delete-all");

        Assert.Equal(HttpStatusCode.NoContent, r.Status);
        Assert.False(_plane.Functions.ContainsKey("delete-all"));
        Assert.Null(_plane.ResourcesOf("delete-all"));
        Assert.Equal(HttpStatusCode.NotFound, (await _http.DeleteFunctionAsync("delete-all")).Status);

        // Created again under the same name, it owns nothing.
        _plane.SeedFunction("delete-all");
        var fresh = _plane.ResourcesOf("delete-all")!;
        Assert.Empty(fresh.Aliases);
        Assert.Empty(fresh.FunctionUrlConfigs);
        Assert.Empty(fresh.Policies);
        Assert.Null(fresh.ReservedConcurrency);
        Assert.Empty(fresh.EventInvokeConfigs);
        Assert.Equal(HttpStatusCode.NotFound, (await _http.GetUrlAsync("delete-all")).Status);
    }

    [Fact]
    public async Task Deleting_a_version_refuses_LATEST_and_versions_an_alias_references()
    {
        await SeedWithVersionsAsync("delete-version", 2);
        await _http.CreateAliasAsync("delete-version", """{"Name":"live","FunctionVersion":"1"}""");

        var latest = await _http.DeleteFunctionAsync("delete-version", "$LATEST");
        Assert.Equal(HttpStatusCode.BadRequest, latest.Status);
        Assert.Equal("InvalidParameterValueException", latest.ErrorType);

        var referenced = await _http.DeleteFunctionAsync("delete-version", "1");
        Assert.Equal(HttpStatusCode.Conflict, referenced.Status);
        Assert.Equal("Unable to delete version because the following aliases reference it: [live]", referenced.Message);

        Assert.Equal(HttpStatusCode.NoContent, (await _http.DeleteFunctionAsync("delete-version", "2")).Status);
        Assert.Equal(["1"], _plane.Functions["delete-version"].Versions.Select(v => v.Version));
        Assert.Equal(HttpStatusCode.NotFound, (await _http.DeleteFunctionAsync("delete-version", "2")).Status);
    }
}
