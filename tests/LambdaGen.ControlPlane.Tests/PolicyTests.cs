using System.Net;
using System.Text.Json;

namespace LambdaGen.ControlPlane.Tests;

/// <summary>AddPermission, GetPolicy and RemovePermission over raw signed HTTP.</summary>
public sealed class PolicyTests : IClassFixture<PlaneFixture>, IDisposable
{
    private readonly LambdaControlPlane _plane;
    private readonly LambdaHttp _http;

    public PolicyTests(PlaneFixture fixture)
    {
        _plane = fixture.Plane;
        _http = new LambdaHttp(fixture.Plane, fixture.Options);
    }

    public void Dispose() => _http.Dispose();

    [Fact]
    public async Task The_two_public_url_statements_render_as_the_services_policy()
    {
        _plane.SeedFunction("pol-url");
        var first = await _http.AddPermissionAsync("pol-url",
            """{"StatementId":"FunctionURLAllowPublicAccess","Action":"lambda:InvokeFunctionUrl","Principal":"*","FunctionUrlAuthType":"NONE"}""");
        var second = await _http.AddPermissionAsync("pol-url",
            """{"StatementId":"FunctionURLInvokeAllowPublicAccess","Action":"lambda:InvokeFunction","Principal":"*","InvokedViaFunctionUrl":true}""");

        Assert.Equal(HttpStatusCode.Created, first.Status);
        Assert.Equal(HttpStatusCode.Created, second.Status);
        var arn = Bodies.Arn("pol-url");
        Assert.Equal(
            """{"Sid":"FunctionURLAllowPublicAccess","Effect":"Allow","Principal":"*","Action":"lambda:InvokeFunctionUrl","Resource":"ARN","Condition":{"StringEquals":{"lambda:FunctionUrlAuthType":"NONE"}}}""".Replace("ARN", arn, StringComparison.Ordinal),
            first.Json.GetProperty("Statement").GetString());

        var policy = await _http.GetPolicyAsync("pol-url");
        Assert.Equal(HttpStatusCode.OK, policy.Status);
        Assert.Equal(
            ("""{"Version":"2012-10-17","Id":"default","Statement":[""" +
            """{"Sid":"FunctionURLAllowPublicAccess","Effect":"Allow","Principal":"*","Action":"lambda:InvokeFunctionUrl","Resource":"ARN","Condition":{"StringEquals":{"lambda:FunctionUrlAuthType":"NONE"}}},""" +
            """{"Sid":"FunctionURLInvokeAllowPublicAccess","Effect":"Allow","Principal":"*","Action":"lambda:InvokeFunction","Resource":"ARN","Condition":{"Bool":{"lambda:InvokedViaFunctionUrl":"true"}}}]}""").Replace("ARN", arn, StringComparison.Ordinal),
            policy.Json.GetProperty("Policy").GetString());
        Assert.Equal(_plane.Functions["pol-url"].RevisionId, policy.Json.GetProperty("RevisionId").GetString());
    }

    [Fact]
    public async Task Principals_and_source_conditions_render_as_the_service_does()
    {
        _plane.SeedFunction("pol-principals");
        await _http.AddPermissionAsync("pol-principals",
            """{"StatementId":"s3","Action":"lambda:InvokeFunction","Principal":"s3.amazonaws.com","SourceArn":"arn:aws:s3:::bucket","SourceAccount":"123456789012"}""");
        var account = await _http.AddPermissionAsync("pol-principals",
            """{"StatementId":"acct","Action":"lambda:GetFunction","Principal":"210987654321","PrincipalOrgID":"o-abcdefghij"}""");

        using var doc = JsonDocument.Parse((await _http.GetPolicyAsync("pol-principals")).Json.GetProperty("Policy").GetString()!);
        var s3 = doc.RootElement.GetProperty("Statement")[0];
        Assert.Equal("s3.amazonaws.com", s3.GetProperty("Principal").GetProperty("Service").GetString());
        Assert.Equal("arn:aws:s3:::bucket", s3.GetProperty("Condition").GetProperty("ArnLike").GetProperty("AWS:SourceArn").GetString());
        Assert.Equal("123456789012", s3.GetProperty("Condition").GetProperty("StringEquals").GetProperty("AWS:SourceAccount").GetString());
        Assert.Contains("\"Principal\":{\"AWS\":\"arn:aws:iam::210987654321:root\"}", account.Json.GetProperty("Statement").GetString(), StringComparison.Ordinal);
        Assert.Contains("\"aws:PrincipalOrgID\":\"o-abcdefghij\"", account.Json.GetProperty("Statement").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_duplicate_statement_id_is_409()
    {
        _plane.SeedFunction("pol-dup");
        const string body = """{"StatementId":"same","Action":"lambda:InvokeFunction","Principal":"sns.amazonaws.com"}""";
        await _http.AddPermissionAsync("pol-dup", body);

        var r = await _http.AddPermissionAsync("pol-dup", body);

        Assert.Equal(HttpStatusCode.Conflict, r.Status);
        Assert.Equal("ResourceConflictException", r.ErrorType);
        Assert.Equal("The statement id (same) provided already exists. Please provide a new statement id, or remove the existing statement.", r.Message);
    }

    [Fact]
    public async Task LATEST_qualifier_is_400_and_a_stale_RevisionId_is_412()
    {
        _plane.SeedFunction("pol-rules");

        var latest = await _http.AddPermissionAsync("pol-rules", """{"StatementId":"a","Action":"lambda:InvokeFunction","Principal":"*"}""", "$LATEST");
        Assert.Equal(HttpStatusCode.BadRequest, latest.Status);
        Assert.Equal("InvalidParameterValueException", latest.ErrorType);
        Assert.Equal("We currently do not support adding policies for $LATEST.", latest.Message);

        var stale = await _http.AddPermissionAsync("pol-rules", """{"StatementId":"a","Action":"lambda:InvokeFunction","Principal":"*","RevisionId":"stale"}""");
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.Status);
        Assert.Equal("PreconditionFailedException", stale.ErrorType);

        // The current RevisionId is accepted, and the change writes a new one.
        var before = _plane.Functions["pol-rules"].RevisionId;
        var ok = await _http.AddPermissionAsync("pol-rules", $$"""{"StatementId":"a","Action":"lambda:InvokeFunction","Principal":"*","RevisionId":"{{before}}"}""");
        Assert.Equal(HttpStatusCode.Created, ok.Status);
        Assert.NotEqual(before, _plane.Functions["pol-rules"].RevisionId);
    }

    [Fact]
    public async Task Model_constraints_are_validation_errors()
    {
        _plane.SeedFunction("pol-validate");

        var r = await _http.AddPermissionAsync("pol-validate", """{"StatementId":"bad id","Action":"sqs:SendMessage","Principal":"*","SourceAccount":"12"}""");

        Assert.Equal(HttpStatusCode.BadRequest, r.Status);
        Assert.Equal("ValidationException", r.ErrorType);
        Assert.Equal("3 validation errors detected: "
            + "Value 'bad id' at 'statementId' failed to satisfy constraint: Member must satisfy regular expression pattern: ([a-zA-Z0-9-_]+); "
            + "Value 'sqs:SendMessage' at 'action' failed to satisfy constraint: Member must satisfy regular expression pattern: (lambda:[*]|lambda:[a-zA-Z]+|[*]); "
            + "Value '12' at 'sourceAccount' failed to satisfy constraint: Member must satisfy regular expression pattern: \\d{12}", r.Message);

        var url = await _http.AddPermissionAsync("pol-validate", """{"StatementId":"u","Action":"lambda:InvokeFunctionUrl","Principal":"*","FunctionUrlAuthType":"OPEN"}""");
        Assert.Equal("1 validation error detected: Value 'OPEN' at 'functionUrlAuthType' failed to satisfy constraint: Member must satisfy enum value set: [NONE, AWS_IAM]", url.Message);
    }

    [Fact]
    public async Task Policies_are_per_qualifier_and_a_missing_version_is_404()
    {
        _plane.SeedFunction("pol-versions");
        await _http.PublishAsync("pol-versions");
        var onVersion = await _http.AddPermissionAsync("pol-versions", """{"StatementId":"v1","Action":"lambda:InvokeFunction","Principal":"*"}""", "1");
        Assert.Equal(HttpStatusCode.Created, onVersion.Status);
        Assert.Contains($"\"Resource\":\"{Bodies.Arn("pol-versions")}:1\"", onVersion.Json.GetProperty("Statement").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await _http.GetPolicyAsync("pol-versions")).Status);
        Assert.Equal(HttpStatusCode.OK, (await _http.GetPolicyAsync("pol-versions", "1")).Status);

        var missing = await _http.AddPermissionAsync("pol-versions", """{"StatementId":"v9","Action":"lambda:InvokeFunction","Principal":"*"}""", "9");
        Assert.Equal(HttpStatusCode.NotFound, missing.Status);
        Assert.Equal($"Function not found: {Bodies.Arn("pol-versions")}:9", missing.Message);
    }

    [Fact]
    public async Task RemovePermission_answers_204_and_its_errors_are_404()
    {
        _plane.SeedFunction("pol-remove");

        var noPolicy = await _http.RemovePermissionAsync("pol-remove", "x");
        Assert.Equal(HttpStatusCode.NotFound, noPolicy.Status);
        Assert.Equal("No policy is associated with the given resource.", noPolicy.Message);

        await _http.AddPermissionAsync("pol-remove", """{"StatementId":"keep","Action":"lambda:InvokeFunction","Principal":"*"}""");
        var noStatement = await _http.RemovePermissionAsync("pol-remove", "other");
        Assert.Equal(HttpStatusCode.NotFound, noStatement.Status);
        Assert.Equal("Statement other is not found in resource policy.", noStatement.Message);

        var stale = await _http.RemovePermissionAsync("pol-remove", "keep", "?RevisionId=stale");
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.Status);

        var removed = await _http.RemovePermissionAsync("pol-remove", "keep");
        Assert.Equal(HttpStatusCode.NoContent, removed.Status);
        var gone = await _http.GetPolicyAsync("pol-remove");
        Assert.Equal(HttpStatusCode.NotFound, gone.Status);
        Assert.Equal("The resource you requested does not exist.", gone.Message);

        var noFunction = await _http.RemovePermissionAsync("pol-nofunction", "keep");
        Assert.Equal(HttpStatusCode.NotFound, noFunction.Status);
        Assert.Equal($"No policy found for: {Bodies.Arn("pol-nofunction")}", noFunction.Message);
        Assert.Equal("RemovePermission", _plane.Requests.Last().Operation);
    }
}
