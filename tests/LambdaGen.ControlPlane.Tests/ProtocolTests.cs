using System.Net;
using System.Security.Cryptography;
using System.Text.Json;

namespace LambdaGen.ControlPlane.Tests;

/// <summary>Wire-level behaviour: routes, status codes, error headers and bodies, response shapes.</summary>
public sealed class ProtocolTests : IClassFixture<PlaneFixture>, IDisposable
{
    private readonly LambdaControlPlane _plane;
    private readonly LambdaHttp _http;

    public ProtocolTests(PlaneFixture fixture)
    {
        _plane = fixture.Plane;
        _http = new LambdaHttp(fixture.Plane, fixture.Options);
    }

    public void Dispose() => _http.Dispose();

    [Fact]
    public void Endpoint_is_loopback_with_a_real_port()
    {
        Assert.Equal("127.0.0.1", _plane.Endpoint.Host);
        Assert.NotEqual(0, _plane.Endpoint.Port);
        Assert.Equal("/", _plane.Endpoint.AbsolutePath);
    }

    [Fact]
    public async Task Missing_function_is_404_with_the_services_error_shape()
    {
        var r = await _http.GetConfigurationAsync("proto-missing");

        Assert.Equal(HttpStatusCode.NotFound, r.Status);
        Assert.Equal("ResourceNotFoundException", r.ErrorType);
        Assert.Equal("User", r.Json.GetProperty("Type").GetString());
        Assert.Equal($"Function not found: {Bodies.Arn("proto-missing")}", r.Json.GetProperty("message").GetString());
        Assert.StartsWith("application/json", r.Headers["content-type"], StringComparison.Ordinal);
        Assert.Equal(404, _plane.Requests.Last(q => q.Path.Contains("proto-missing", StringComparison.Ordinal)).StatusCode);
    }

    [Fact]
    public async Task Create_returns_201_with_a_full_function_configuration_and_defaults()
    {
        var zip = Bodies.Zip("proto-create");
        var r = await _http.CreateAsync(Bodies.Create("proto-create", zip: zip));

        Assert.Equal(HttpStatusCode.Created, r.Status);
        var c = r.Json;
        Assert.Equal("proto-create", c.GetProperty("FunctionName").GetString());
        Assert.Equal(Bodies.Arn("proto-create"), c.GetProperty("FunctionArn").GetString());
        Assert.Equal("dotnet8", c.GetProperty("Runtime").GetString());
        Assert.Equal(Convert.ToBase64String(SHA256.HashData(zip)), c.GetProperty("CodeSha256").GetString());
        Assert.Equal(zip.Length, c.GetProperty("CodeSize").GetInt64());
        Assert.Equal("", c.GetProperty("Description").GetString());
        Assert.Equal(3, c.GetProperty("Timeout").GetInt32());
        Assert.Equal(128, c.GetProperty("MemorySize").GetInt32());
        Assert.Equal("$LATEST", c.GetProperty("Version").GetString());
        Assert.Equal("PassThrough", c.GetProperty("TracingConfig").GetProperty("Mode").GetString());
        Assert.Equal("Zip", c.GetProperty("PackageType").GetString());
        Assert.Equal("x86_64", c.GetProperty("Architectures")[0].GetString());
        Assert.Equal(512, c.GetProperty("EphemeralStorage").GetProperty("Size").GetInt32());
        Assert.Equal("None", c.GetProperty("SnapStart").GetProperty("ApplyOn").GetString());
        Assert.Equal("Off", c.GetProperty("SnapStart").GetProperty("OptimizationStatus").GetString());
        Assert.Equal("Text", c.GetProperty("LoggingConfig").GetProperty("LogFormat").GetString());
        Assert.Equal("/aws/lambda/proto-create", c.GetProperty("LoggingConfig").GetProperty("LogGroup").GetString());
        Assert.Equal("Pending", c.GetProperty("State").GetString());
        Assert.Equal("Creating", c.GetProperty("StateReasonCode").GetString());
        Assert.True(Guid.TryParse(c.GetProperty("RevisionId").GetString(), out _));
        Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+0000$", c.GetProperty("LastModified").GetString());
        Assert.False(c.TryGetProperty("Environment", out _));
        Assert.False(c.TryGetProperty("VpcConfig", out _));
    }

    [Fact]
    public async Task Optional_members_are_reported_in_their_response_shapes()
    {
        var layer = "arn:aws:lambda:us-east-1:123456789012:layer:shared:3";
        var r = await _http.CreateAsync(Bodies.Create("proto-shapes",
            $$$"""
            "Environment":{"Variables":{"STAGE":"test"}},"Layers":["{{{layer}}}"],
            "VpcConfig":{"SubnetIds":["subnet-1"],"SecurityGroupIds":["sg-1"]},
            "DeadLetterConfig":{"TargetArn":"arn:aws:sqs:us-east-1:123456789012:dlq"},
            "KMSKeyArn":"arn:aws:kms:us-east-1:123456789012:key/abc",
            "FileSystemConfigs":[{"Arn":"arn:aws:elasticfilesystem:us-east-1:123456789012:access-point/fsap-0123456789abcdef0","LocalMountPath":"/mnt/data"}]
            """));

        Assert.Equal(HttpStatusCode.Created, r.Status);
        var c = r.Json;
        Assert.Equal("test", c.GetProperty("Environment").GetProperty("Variables").GetProperty("STAGE").GetString());
        Assert.Equal(layer, c.GetProperty("Layers")[0].GetProperty("Arn").GetString());
        Assert.True(c.GetProperty("Layers")[0].GetProperty("CodeSize").GetInt64() > 0);
        Assert.StartsWith("vpc-", c.GetProperty("VpcConfig").GetProperty("VpcId").GetString(), StringComparison.Ordinal);
        Assert.Equal("subnet-1", c.GetProperty("VpcConfig").GetProperty("SubnetIds")[0].GetString());
        Assert.Equal("arn:aws:sqs:us-east-1:123456789012:dlq", c.GetProperty("DeadLetterConfig").GetProperty("TargetArn").GetString());
        Assert.Equal("arn:aws:kms:us-east-1:123456789012:key/abc", c.GetProperty("KMSKeyArn").GetString());
        Assert.Equal("/mnt/data", c.GetProperty("FileSystemConfigs")[0].GetProperty("LocalMountPath").GetString());
    }

    [Fact]
    public async Task Duplicate_create_is_409_ResourceConflictException()
    {
        Assert.Equal(HttpStatusCode.Created, (await _http.CreateAsync(Bodies.Create("proto-dup"))).Status);

        var r = await _http.CreateAsync(Bodies.Create("proto-dup"));

        Assert.Equal(HttpStatusCode.Conflict, r.Status);
        Assert.Equal("ResourceConflictException", r.ErrorType);
        Assert.Equal("Function already exist: proto-dup", r.Message);
    }

    [Fact]
    public async Task Function_can_be_addressed_by_name_partial_arn_and_url_encoded_arn()
    {
        _plane.SeedFunction("proto-arn");

        foreach (var reference in new[] { "proto-arn", Bodies.Arn("proto-arn"), "123456789012:function:proto-arn", "proto-arn:$LATEST" })
        {
            var r = await _http.GetConfigurationAsync(reference);
            Assert.True(r.Status == HttpStatusCode.OK, $"{reference}: {r.Status} {r.Body}");
            Assert.Equal("proto-arn", r.Json.GetProperty("FunctionName").GetString());
        }

        // The ARN really travelled percent-encoded in the path.
        Assert.Contains(_plane.Requests, q => q.Path.Contains("arn%3Aaws%3Alambda", StringComparison.Ordinal) && q.StatusCode == 200);
    }

    [Fact]
    public async Task GetFunction_returns_configuration_code_location_and_tags()
    {
        _plane.SeedFunction("proto-getfn", createFunctionRequestJson: """{"Tags":{"team":"a"}}""");

        var r = await _http.GetFunctionAsync("proto-getfn");

        Assert.Equal(HttpStatusCode.OK, r.Status);
        Assert.Equal("Active", r.Json.GetProperty("Configuration").GetProperty("State").GetString());
        Assert.Equal("S3", r.Json.GetProperty("Code").GetProperty("RepositoryType").GetString());
        Assert.StartsWith("https://", r.Json.GetProperty("Code").GetProperty("Location").GetString(), StringComparison.Ordinal);
        Assert.Equal("a", r.Json.GetProperty("Tags").GetProperty("team").GetString());
        Assert.Equal("GetFunction", _plane.Requests.Last(q => q.Path.EndsWith("/proto-getfn", StringComparison.Ordinal)).Operation);
    }

    [Fact]
    public async Task Tag_routes_list_add_and_remove_by_url_encoded_arn()
    {
        _plane.SeedFunction("proto-tags", createFunctionRequestJson: """{"Tags":{"a":"1"}}""");
        var path = $"2017-03-31/tags/{Uri.EscapeDataString(Bodies.Arn("proto-tags"))}";

        var add = await _http.SendAsync(HttpMethod.Post, path, """{"Tags":{"b":"2","c":"3"}}""");
        Assert.Equal(HttpStatusCode.NoContent, add.Status);
        Assert.Equal("", add.Body);

        var remove = await _http.SendAsync(HttpMethod.Delete, path + "?tagKeys=a&tagKeys=c");
        Assert.Equal(HttpStatusCode.NoContent, remove.Status);

        var list = await _http.SendAsync(HttpMethod.Get, path);
        Assert.Equal(HttpStatusCode.OK, list.Status);
        var tags = list.Json.GetProperty("Tags");
        Assert.Equal(["b"], tags.EnumerateObject().Select(p => p.Name));

        var ops = _plane.Requests.Where(q => q.Path.StartsWith("/2017-03-31/tags/", StringComparison.Ordinal) && q.Path.Contains("proto-tags", StringComparison.Ordinal))
            .Select(q => q.Operation).ToList();
        Assert.Equal(["TagResource", "UntagResource", "ListTags"], ops);
    }

    [Fact]
    public async Task Tagging_a_missing_function_is_404()
    {
        var r = await _http.SendAsync(HttpMethod.Get, $"2017-03-31/tags/{Uri.EscapeDataString(Bodies.Arn("proto-notags"))}");
        Assert.Equal(HttpStatusCode.NotFound, r.Status);
        Assert.Equal("ResourceNotFoundException", r.ErrorType);
    }

    [Fact]
    public async Task Code_signing_config_is_stored()
    {
        _plane.SeedFunction("proto-csc");
        const string csc = "arn:aws:lambda:us-east-1:123456789012:code-signing-config:csc-0123456789abcdefg";

        var r = await _http.SendAsync(HttpMethod.Put, "2020-06-30/functions/proto-csc/code-signing-config", $$"""{"CodeSigningConfigArn":"{{csc}}"}""");

        Assert.Equal(HttpStatusCode.OK, r.Status);
        Assert.Equal(csc, r.Json.GetProperty("CodeSigningConfigArn").GetString());
        Assert.Equal("proto-csc", r.Json.GetProperty("FunctionName").GetString());
        Assert.Equal(csc, _plane.Functions["proto-csc"].CodeSigningConfigArn);
        Assert.Equal("PutFunctionCodeSigningConfig", _plane.Requests.Last(q => q.Path.Contains("proto-csc", StringComparison.Ordinal)).Operation);
    }

    [Fact]
    public async Task Unknown_route_is_reported_and_recorded_as_Unknown()
    {
        var r = await _http.SendAsync(HttpMethod.Get, "2015-03-31/nonsense");
        Assert.Equal(HttpStatusCode.NotFound, r.Status);
        Assert.Equal("UnknownOperationException", r.ErrorType);
        Assert.Equal("Unknown", _plane.Requests.Last(q => q.Path == "/2015-03-31/nonsense").Operation);
    }

    [Fact]
    public async Task Update_configuration_replaces_present_members_and_resets_present_empty_ones()
    {
        _plane.SeedFunction("proto-reset", createFunctionRequestJson: """
            {"Environment":{"Variables":{"AA":"1"}},"Layers":["arn:aws:lambda:us-east-1:123456789012:layer:l:1"],
             "VpcConfig":{"SubnetIds":["subnet-1"],"SecurityGroupIds":["sg-1"]},
             "DeadLetterConfig":{"TargetArn":"arn:aws:sns:us-east-1:123456789012:t"},"TracingConfig":{"Mode":"Active"},
             "Description":"keep me","MemorySize":256}
            """);

        var r = await _http.UpdateConfigurationAsync("proto-reset", """
            {"Environment":{"Variables":{}},"Layers":[],"VpcConfig":{"SubnetIds":[],"SecurityGroupIds":[]},
             "DeadLetterConfig":{"TargetArn":""},"TracingConfig":{"Mode":"PassThrough"},"Timeout":60}
            """);

        Assert.Equal(HttpStatusCode.OK, r.Status);
        var c = r.Json;
        Assert.False(c.TryGetProperty("Environment", out _));
        Assert.False(c.TryGetProperty("Layers", out _));
        Assert.False(c.TryGetProperty("VpcConfig", out _));
        Assert.False(c.TryGetProperty("DeadLetterConfig", out _));
        Assert.Equal("PassThrough", c.GetProperty("TracingConfig").GetProperty("Mode").GetString());
        Assert.Equal(60, c.GetProperty("Timeout").GetInt32());
        Assert.Equal("keep me", c.GetProperty("Description").GetString()); // absent = unchanged
        Assert.Equal(256, c.GetProperty("MemorySize").GetInt32());
    }

    [Fact]
    public async Task Update_code_with_a_stale_RevisionId_is_412()
    {
        var seeded = _plane.SeedFunction("proto-rev");
        var body = $$"""{"ZipFile":"{{Convert.ToBase64String(Bodies.Zip("new"))}}","RevisionId":"{{Guid.NewGuid()}}"}""";

        var stale = await _http.UpdateCodeAsync("proto-rev", body);
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.Status);
        Assert.Equal("PreconditionFailedException", stale.ErrorType);

        var fresh = await _http.UpdateCodeAsync("proto-rev", $$"""{"ZipFile":"{{Convert.ToBase64String(Bodies.Zip("new"))}}","RevisionId":"{{seeded.RevisionId}}"}""");
        Assert.Equal(HttpStatusCode.OK, fresh.Status);
    }

    [Fact]
    public async Task Update_code_from_s3_and_architecture_change()
    {
        _plane.SeedFunction("proto-s3");

        var r = await _http.UpdateCodeAsync("proto-s3", """{"S3Bucket":"my-bucket","S3Key":"app.zip","Architectures":["arm64"]}""");

        Assert.Equal(HttpStatusCode.OK, r.Status);
        Assert.Equal("arm64", r.Json.GetProperty("Architectures")[0].GetString());
        var state = _plane.Functions["proto-s3"];
        Assert.Equal("my-bucket", state.S3Bucket);
        Assert.Null(state.ZipFile);
    }

    [Fact]
    public async Task Publish_version_numbers_versions_and_checks_CodeSha256()
    {
        var seeded = _plane.SeedFunction("proto-pub");

        var v1 = await _http.PublishAsync("proto-pub", """{"Description":"one"}""");
        Assert.Equal(HttpStatusCode.Created, v1.Status);
        Assert.Equal("1", v1.Json.GetProperty("Version").GetString());
        Assert.Equal("one", v1.Json.GetProperty("Description").GetString());

        // Nothing changed: the service hands back the existing version instead of cutting a new one.
        var again = await _http.PublishAsync("proto-pub");
        Assert.Equal("1", again.Json.GetProperty("Version").GetString());

        var wrongSha = await _http.PublishAsync("proto-pub", """{"CodeSha256":"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="}""");
        Assert.Equal(HttpStatusCode.BadRequest, wrongSha.Status);
        Assert.Equal("InvalidParameterValueException", wrongSha.ErrorType);
        Assert.Contains("is different from current CodeSHA256 in $LATEST", wrongSha.Message, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.OK, (await _http.UpdateCodeAsync("proto-pub", $$"""{"ZipFile":"{{Convert.ToBase64String(Bodies.Zip("v2"))}}"}""")).Status);
        await Wait.UntilAsync(() => _plane.Functions["proto-pub"].LastUpdateStatus == "Successful");
        var v2 = await _http.PublishAsync("proto-pub", $$"""{"CodeSha256":"{{_plane.Functions["proto-pub"].CodeSha256}}"}""");
        Assert.Equal(HttpStatusCode.Created, v2.Status);
        Assert.Equal("2", v2.Json.GetProperty("Version").GetString());
        Assert.NotEqual(seeded.CodeSha256, v2.Json.GetProperty("CodeSha256").GetString());

        var byQualifier = await _http.SendAsync(HttpMethod.Get, "2015-03-31/functions/proto-pub/configuration?Qualifier=1");
        Assert.Equal(seeded.CodeSha256, byQualifier.Json.GetProperty("CodeSha256").GetString());
        var missingVersion = await _http.SendAsync(HttpMethod.Get, "2015-03-31/functions/proto-pub/configuration?Qualifier=9");
        Assert.Equal(HttpStatusCode.NotFound, missingVersion.Status);
        Assert.Equal($"Function not found: {Bodies.Arn("proto-pub")}:9", missingVersion.Message);
    }

    [Fact]
    public async Task Requests_are_recorded_in_order_with_headers_and_body_and_can_be_cleared()
    {
        await using var plane = await LambdaControlPlane.StartAsync(new LambdaControlPlaneOptions { VerifySignatures = false });
        using var http = new LambdaHttp(plane, new LambdaControlPlaneOptions());
        await http.CreateAsync(Bodies.Create("rec-a"));
        await http.GetConfigurationAsync("rec-a");

        var recorded = plane.Requests;
        Assert.Equal(["CreateFunction", "GetFunctionConfiguration"], recorded.Select(r => r.Operation));
        Assert.Equal("POST", recorded[0].Method);
        Assert.Equal("/2015-03-31/functions", recorded[0].Path);
        Assert.Contains("\"FunctionName\":\"rec-a\"", recorded[0].Body, StringComparison.Ordinal);
        Assert.Equal("application/json", recorded[0].Headers["content-type"]);
        Assert.Equal([201, 200], recorded.Select(r => r.StatusCode));

        plane.ClearRequests();
        Assert.Empty(plane.Requests);
        Assert.True(plane.Functions.ContainsKey("rec-a"));
    }
}

internal static class Wait
{
    public static async Task UntilAsync(Func<bool> condition, int timeoutMs = 5000)
    {
        var deadline = DateTime.UtcNow.AddMilliseconds(timeoutMs);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "condition not reached in time");
            await Task.Delay(25);
        }
    }
}
