using System.Net;
using System.Text.Json;

namespace LambdaGen.ControlPlane.Tests;

/// <summary>Create/Get/Update/Delete/ListFunctionUrlConfig over raw signed HTTP.</summary>
public sealed class FunctionUrlTests : IClassFixture<PlaneFixture>, IDisposable
{
    private readonly LambdaControlPlane _plane;
    private readonly LambdaHttp _http;

    public FunctionUrlTests(PlaneFixture fixture)
    {
        _plane = fixture.Plane;
        _http = new LambdaHttp(fixture.Plane, fixture.Options);
    }

    public void Dispose() => _http.Dispose();

    [Fact]
    public async Task Create_answers_201_with_the_url_the_arn_and_the_creation_time()
    {
        _plane.SeedFunction("url-create");
        var r = await _http.CreateUrlAsync("url-create", """{"AuthType":"NONE","Cors":{"AllowOrigins":["https://example.com"],"MaxAge":300}}""");

        Assert.Equal(HttpStatusCode.Created, r.Status);
        var c = r.Json;
        Assert.Matches(@"^https://[a-z0-9]{32}\.lambda-url\.us-east-1\.on\.aws/$", c.GetProperty("FunctionUrl").GetString());
        Assert.Equal(Bodies.Arn("url-create"), c.GetProperty("FunctionArn").GetString());
        Assert.Equal("NONE", c.GetProperty("AuthType").GetString());
        Assert.Equal("BUFFERED", c.GetProperty("InvokeMode").GetString());
        Assert.Equal(300, c.GetProperty("Cors").GetProperty("MaxAge").GetInt32());
        Assert.True(DateTimeOffset.TryParse(c.GetProperty("CreationTime").GetString(), out _));
        Assert.False(c.TryGetProperty("LastModifiedTime", out _)); // not in CreateFunctionUrlConfigResponse

        var got = (await _http.GetUrlAsync("url-create")).Json;
        Assert.Equal(c.GetProperty("FunctionUrl").GetString(), got.GetProperty("FunctionUrl").GetString());
        Assert.Equal(got.GetProperty("CreationTime").GetString(), got.GetProperty("LastModifiedTime").GetString());
        Assert.Equal("CreateFunctionUrlConfig", _plane.Requests.First(q => q.Path.EndsWith("url-create/url", StringComparison.Ordinal)).Operation);
    }

    [Fact]
    public async Task A_second_create_is_409_with_the_services_message()
    {
        _plane.SeedFunction("url-twice");
        Assert.Equal(HttpStatusCode.Created, (await _http.CreateUrlAsync("url-twice", """{"AuthType":"AWS_IAM"}""")).Status);

        var r = await _http.CreateUrlAsync("url-twice", """{"AuthType":"NONE"}""");

        Assert.Equal(HttpStatusCode.Conflict, r.Status);
        Assert.Equal("ResourceConflictException", r.ErrorType);
        Assert.Equal($"Failed to create function url config for [functionArn = {Bodies.Arn("url-twice")}]. Error message:  FunctionUrlConfig exists for this Lambda function", r.Message);
    }

    [Fact]
    public async Task An_alias_gets_its_own_url_with_the_qualified_arn()
    {
        _plane.SeedFunction("url-alias");
        await _http.PublishAsync("url-alias");
        Assert.Equal(HttpStatusCode.Created, (await _http.CreateAliasAsync("url-alias", """{"Name":"live","FunctionVersion":"1"}""")).Status);
        await _http.CreateUrlAsync("url-alias", """{"AuthType":"NONE"}""");

        var r = await _http.CreateUrlAsync("url-alias", """{"AuthType":"AWS_IAM","InvokeMode":"RESPONSE_STREAM"}""", qualifier: "live");

        Assert.Equal(HttpStatusCode.Created, r.Status);
        Assert.Equal($"{Bodies.Arn("url-alias")}:live", r.Json.GetProperty("FunctionArn").GetString());
        Assert.Equal("RESPONSE_STREAM", r.Json.GetProperty("InvokeMode").GetString());
        Assert.NotEqual((await _http.GetUrlAsync("url-alias")).Json.GetProperty("FunctionUrl").GetString(), r.Json.GetProperty("FunctionUrl").GetString());
        var list = await _http.SendAsync(HttpMethod.Get, "2021-10-31/functions/url-alias/urls");
        Assert.Equal(2, list.Json.GetProperty("FunctionUrlConfigs").GetArrayLength());

        // Deleting the alias takes its URL with it.
        Assert.Equal(HttpStatusCode.NoContent, (await _http.DeleteAliasAsync("url-alias", "live")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await _http.GetUrlAsync("url-alias", "live")).Status);
    }

    [Fact]
    public async Task A_missing_alias_or_function_is_404()
    {
        _plane.SeedFunction("url-noalias");

        var alias = await _http.CreateUrlAsync("url-noalias", """{"AuthType":"NONE"}""", qualifier: "ghost");
        Assert.Equal(HttpStatusCode.NotFound, alias.Status);
        Assert.Equal("ResourceNotFoundException", alias.ErrorType);
        Assert.Equal("Function does not exist", alias.Message);

        var fn = await _http.CreateUrlAsync("url-nofunction", """{"AuthType":"NONE"}""");
        Assert.Equal(HttpStatusCode.NotFound, fn.Status);
        Assert.Equal("Function does not exist", fn.Message);

        var get = await _http.GetUrlAsync("url-noalias");
        Assert.Equal(HttpStatusCode.NotFound, get.Status);
        Assert.Equal("The resource you requested does not exist.", get.Message);

        var update = await _http.UpdateUrlAsync("url-noalias", """{"AuthType":"NONE"}""");
        Assert.Equal(HttpStatusCode.NotFound, update.Status);
        Assert.Equal("The resource you requested does not exist.", update.Message);

        var delete = await _http.DeleteUrlAsync("url-noalias");
        Assert.Equal(HttpStatusCode.NotFound, delete.Status);
        Assert.Equal("The resource you requested does not exist.", delete.Message);
    }

    [Theory]
    [InlineData("1")]
    [InlineData("$LATEST")]
    public async Task A_version_or_LATEST_qualifier_fails_the_models_pattern(string qualifier)
    {
        var name = qualifier == "1" ? "url-qualifier-version" : "url-qualifier-latest";
        _plane.SeedFunction(name);

        var r = await _http.CreateUrlAsync(name, """{"AuthType":"NONE"}""", qualifier);

        Assert.Equal(HttpStatusCode.BadRequest, r.Status);
        Assert.Equal("ValidationException", r.ErrorType);
        Assert.Equal($"1 validation error detected: Value '{qualifier}' at 'qualifier' failed to satisfy constraint: Member must satisfy regular expression pattern: ((?!^\\d+$)^[0-9a-zA-Z-_]+$)", r.Message);
    }

    [Fact]
    public async Task A_missing_or_wrong_AuthType_and_out_of_range_Cors_are_validation_errors()
    {
        _plane.SeedFunction("url-validate");

        var missing = await _http.CreateUrlAsync("url-validate", "{}");
        Assert.Equal("ValidationException", missing.ErrorType);
        Assert.Equal("1 validation error detected: Value null at 'authType' failed to satisfy constraint: Member must not be null", missing.Message);

        var wrong = await _http.CreateUrlAsync("url-validate", """{"AuthType":"PUBLIC","Cors":{"MaxAge":86401}}""");
        Assert.Equal(HttpStatusCode.BadRequest, wrong.Status);
        Assert.Equal("2 validation errors detected: Value 'PUBLIC' at 'authType' failed to satisfy constraint: Member must satisfy enum value set: [NONE, AWS_IAM]; "
            + "Value '86401' at 'cors.maxAge' failed to satisfy constraint: Member must have value less than or equal to 86400", wrong.Message);

        var origin = await _http.CreateUrlAsync("url-validate", """{"AuthType":"NONE","Cors":{"AllowOrigins":[""]}}""");
        Assert.Contains("at 'cors.allowOrigins' failed to satisfy constraint: Member must satisfy constraint: [Member must have length greater than or equal to 1]", origin.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Update_replaces_the_given_members_and_moves_LastModifiedTime()
    {
        _plane.SeedFunction("url-update");
        var created = (await _http.CreateUrlAsync("url-update", """{"AuthType":"NONE","Cors":{"AllowOrigins":["*"],"MaxAge":5}}""")).Json;
        await Task.Delay(20);

        var r = await _http.UpdateUrlAsync("url-update", """{"AuthType":"AWS_IAM","Cors":{"AllowMethods":["GET"]}}""");

        Assert.Equal(HttpStatusCode.OK, r.Status);
        var u = r.Json;
        Assert.Equal("AWS_IAM", u.GetProperty("AuthType").GetString());
        Assert.Equal(created.GetProperty("FunctionUrl").GetString(), u.GetProperty("FunctionUrl").GetString());
        Assert.Equal(created.GetProperty("CreationTime").GetString(), u.GetProperty("CreationTime").GetString());
        Assert.NotEqual(u.GetProperty("CreationTime").GetString(), u.GetProperty("LastModifiedTime").GetString());
        Assert.False(u.GetProperty("Cors").TryGetProperty("AllowOrigins", out _)); // Cors is replaced as a whole
        Assert.Equal("GET", u.GetProperty("Cors").GetProperty("AllowMethods")[0].GetString());
    }

    [Fact]
    public async Task Delete_answers_204_and_leaves_the_policy()
    {
        _plane.SeedFunction("url-delete");
        await _http.CreateUrlAsync("url-delete", """{"AuthType":"NONE"}""");
        await _http.AddPermissionAsync("url-delete", """{"StatementId":"FunctionURLAllowPublicAccess","Action":"lambda:InvokeFunctionUrl","Principal":"*","FunctionUrlAuthType":"NONE"}""");

        var r = await _http.DeleteUrlAsync("url-delete");

        Assert.Equal(HttpStatusCode.NoContent, r.Status);
        Assert.Equal("", r.Body);
        Assert.Equal(HttpStatusCode.NotFound, (await _http.GetUrlAsync("url-delete")).Status);
        Assert.Equal(HttpStatusCode.OK, (await _http.GetPolicyAsync("url-delete")).Status);
        Assert.Empty(_plane.ResourcesOf("url-delete")!.FunctionUrlConfigs);
    }
}
