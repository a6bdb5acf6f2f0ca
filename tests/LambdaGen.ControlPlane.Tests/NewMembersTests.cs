using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace LambdaGen.ControlPlane.Tests;

/// <summary>
/// The CreateFunction members of 2025–2026 (CapacityProviderConfig, DurableConfig, TenancyConfig, PublishTo) as the model
/// (lambda-service-2.json) shapes them: accepted and stored on create, reported by GetFunctionConfiguration, changed by
/// UpdateFunctionConfiguration only on a function created with them, and PublishTo on the publish calls.
/// </summary>
public sealed class NewMembersTests : IClassFixture<PlaneFixture>, IDisposable
{
    private const string CapacityProviderArn = "arn:aws:lambda:us-east-1:123456789012:capacity-provider:fleet-1";
    private const string Capacity = $$$"""{"LambdaManagedInstancesCapacityProviderConfig":{"CapacityProviderArn":"{{{CapacityProviderArn}}}","PerExecutionEnvironmentMaxConcurrency":64,"ExecutionEnvironmentMemoryGiBPerVCpu":4.0}}""";
    private const string Durable = """{"ExecutionTimeout":86400,"RetentionPeriodInDays":30,"KMSKeyArn":"arn:aws:kms:us-east-1:123456789012:key/durable"}""";
    private const string Tenancy = """{"TenantIsolationMode":"PER_TENANT"}""";

    private readonly LambdaControlPlane _plane;
    private readonly LambdaHttp _http;

    public NewMembersTests(PlaneFixture fixture)
    {
        _plane = fixture.Plane;
        _http = new LambdaHttp(fixture.Plane, fixture.Options);
    }

    public void Dispose() => _http.Dispose();

    private static string Unique(string prefix) => prefix + "-" + Guid.NewGuid().ToString("N")[..8];

    private string CreateSettled(string extra)
    {
        var name = Unique("nm");
        _plane.SeedFunction(name, createFunctionRequestJson: "{" + extra + "}");
        return name;
    }

    private static void AssertValidation(LambdaResponse r, string message)
    {
        Assert.Equal(HttpStatusCode.BadRequest, r.Status);
        Assert.Equal("ValidationException", r.ErrorType);
        Assert.Equal(message, r.Message);
    }

    private static string Canonical(JsonElement e) => JsonNode.Parse(e.GetRawText())!.ToJsonString();

    [Fact]
    public async Task CreateFunction_stores_every_new_member_and_GetFunctionConfiguration_reports_them_as_sent()
    {
        var name = Unique("nm-create");
        var created = await _http.CreateAsync(Bodies.Create(name,
            $"\"CapacityProviderConfig\":{Capacity},\"DurableConfig\":{Durable},\"TenancyConfig\":{Tenancy},\"PublishTo\":\"LATEST_PUBLISHED\""));
        Assert.True(created.Status == HttpStatusCode.Created, created.Body);
        Assert.Equal("$LATEST", created.Json.GetProperty("Version").GetString()); // PublishTo says where; Publish says whether

        var config = (await _http.GetConfigurationAsync(name)).Json;
        Assert.Equal(JsonNode.Parse(Capacity)!.ToJsonString(), Canonical(config.GetProperty("CapacityProviderConfig")));
        Assert.Equal(JsonNode.Parse(Durable)!.ToJsonString(), Canonical(config.GetProperty("DurableConfig")));
        Assert.Equal(JsonNode.Parse(Tenancy)!.ToJsonString(), Canonical(config.GetProperty("TenancyConfig")));
        Assert.False(config.TryGetProperty("PublishTo", out _)); // a request member only; FunctionConfiguration has none

        var plain = Unique("nm-plain");
        Assert.Equal(HttpStatusCode.Created, (await _http.CreateAsync(Bodies.Create(plain))).Status);
        var plainConfig = (await _http.GetConfigurationAsync(plain)).Json;
        foreach (var member in new[] { "CapacityProviderConfig", "DurableConfig", "TenancyConfig" })
        {
            Assert.False(plainConfig.TryGetProperty(member, out _), member);
        }
    }

    [Theory]
    [InlineData("\"TenancyConfig\":{\"TenantIsolationMode\":\"per_tenant\"}",
        "Value 'per_tenant' at 'tenancyConfig.tenantIsolationMode' failed to satisfy constraint: Member must satisfy enum value set: [PER_TENANT]")]
    [InlineData("\"TenancyConfig\":{}",
        "Value null at 'tenancyConfig.tenantIsolationMode' failed to satisfy constraint: Member must not be null")]
    [InlineData("\"CapacityProviderConfig\":{}",
        "Value null at 'capacityProviderConfig.lambdaManagedInstancesCapacityProviderConfig' failed to satisfy constraint: Member must not be null")]
    [InlineData("\"CapacityProviderConfig\":{\"LambdaManagedInstancesCapacityProviderConfig\":{\"PerExecutionEnvironmentMaxConcurrency\":8}}",
        "Value null at 'capacityProviderConfig.lambdaManagedInstancesCapacityProviderConfig.capacityProviderArn' failed to satisfy constraint: Member must not be null")]
    [InlineData("\"CapacityProviderConfig\":{\"LambdaManagedInstancesCapacityProviderConfig\":{\"CapacityProviderArn\":\"arn:aws:lambda:us-east-1:123456789012:function:f\"}}",
        "Value 'arn:aws:lambda:us-east-1:123456789012:function:f' at 'capacityProviderConfig.lambdaManagedInstancesCapacityProviderConfig.capacityProviderArn' failed to satisfy constraint: Member must satisfy regular expression pattern: arn:aws[a-zA-Z-]*:lambda:(eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1}:\\d{12}:capacity-provider:[a-zA-Z0-9-_]+")]
    [InlineData("\"CapacityProviderConfig\":{\"LambdaManagedInstancesCapacityProviderConfig\":{\"CapacityProviderArn\":\"" + CapacityProviderArn + "\",\"PerExecutionEnvironmentMaxConcurrency\":1601}}",
        "Value '1601' at 'capacityProviderConfig.lambdaManagedInstancesCapacityProviderConfig.perExecutionEnvironmentMaxConcurrency' failed to satisfy constraint: Member must have value less than or equal to 1600")]
    [InlineData("\"CapacityProviderConfig\":{\"LambdaManagedInstancesCapacityProviderConfig\":{\"CapacityProviderArn\":\"" + CapacityProviderArn + "\",\"PerExecutionEnvironmentMaxConcurrency\":0}}",
        "Value '0' at 'capacityProviderConfig.lambdaManagedInstancesCapacityProviderConfig.perExecutionEnvironmentMaxConcurrency' failed to satisfy constraint: Member must have value greater than or equal to 1")]
    [InlineData("\"CapacityProviderConfig\":{\"LambdaManagedInstancesCapacityProviderConfig\":{\"CapacityProviderArn\":\"" + CapacityProviderArn + "\",\"ExecutionEnvironmentMemoryGiBPerVCpu\":1.5}}",
        "Value '1.5' at 'capacityProviderConfig.lambdaManagedInstancesCapacityProviderConfig.executionEnvironmentMemoryGiBPerVCpu' failed to satisfy constraint: Member must have value greater than or equal to 2")]
    [InlineData("\"CapacityProviderConfig\":{\"LambdaManagedInstancesCapacityProviderConfig\":{\"CapacityProviderArn\":\"" + CapacityProviderArn + "\",\"ExecutionEnvironmentMemoryGiBPerVCpu\":8.5}}",
        "Value '8.5' at 'capacityProviderConfig.lambdaManagedInstancesCapacityProviderConfig.executionEnvironmentMemoryGiBPerVCpu' failed to satisfy constraint: Member must have value less than or equal to 8")]
    [InlineData("\"DurableConfig\":{\"ExecutionTimeout\":0}",
        "Value '0' at 'durableConfig.executionTimeout' failed to satisfy constraint: Member must have value greater than or equal to 1")]
    [InlineData("\"DurableConfig\":{\"ExecutionTimeout\":31622401}",
        "Value '31622401' at 'durableConfig.executionTimeout' failed to satisfy constraint: Member must have value less than or equal to 31622400")]
    [InlineData("\"DurableConfig\":{\"RetentionPeriodInDays\":91}",
        "Value '91' at 'durableConfig.retentionPeriodInDays' failed to satisfy constraint: Member must have value less than or equal to 90")]
    [InlineData("\"DurableConfig\":{\"KMSKeyArn\":\"key/1\"}",
        "Value 'key/1' at 'durableConfig.kMSKeyArn' failed to satisfy constraint: Member must satisfy regular expression pattern: (arn:(aws[a-zA-Z-]*)?:[a-z0-9-.]+:.*)|()")]
    [InlineData("\"PublishTo\":\"LATEST\"",
        "Value 'LATEST' at 'publishTo' failed to satisfy constraint: Member must satisfy enum value set: [LATEST_PUBLISHED]")]
    public async Task CreateFunction_rejects_new_member_values_outside_the_model_with_the_services_wording(string member, string error)
    {
        var name = Unique("nm-bad");
        AssertValidation(await _http.CreateAsync(Bodies.Create(name, member)), "1 validation error detected: " + error);
        Assert.False(_plane.Functions.ContainsKey(name));
    }

    [Theory]
    [InlineData("\"CapacityProviderConfig\":{\"LambdaManagedInstancesCapacityProviderConfig\":{\"CapacityProviderArn\":\"" + CapacityProviderArn + "\",\"PerExecutionEnvironmentMaxConcurrency\":1,\"ExecutionEnvironmentMemoryGiBPerVCpu\":2}}")]
    [InlineData("\"CapacityProviderConfig\":{\"LambdaManagedInstancesCapacityProviderConfig\":{\"CapacityProviderArn\":\"" + CapacityProviderArn + "\",\"PerExecutionEnvironmentMaxConcurrency\":1600,\"ExecutionEnvironmentMemoryGiBPerVCpu\":8}}")]
    [InlineData("\"DurableConfig\":{}")]
    [InlineData("\"DurableConfig\":{\"ExecutionTimeout\":1,\"RetentionPeriodInDays\":1,\"KMSKeyArn\":\"\"}")]
    [InlineData("\"DurableConfig\":{\"ExecutionTimeout\":31622400,\"RetentionPeriodInDays\":90}")]
    [InlineData("\"TenancyConfig\":{\"TenantIsolationMode\":\"PER_TENANT\"}")]
    [InlineData("\"PublishTo\":\"LATEST_PUBLISHED\",\"Publish\":true")]
    public async Task CreateFunction_accepts_the_new_members_at_their_model_edges(string member)
    {
        var r = await _http.CreateAsync(Bodies.Create(Unique("nm-edge"), member));
        Assert.True(r.Status == HttpStatusCode.Created, r.Body);
    }

    [Fact]
    public async Task A_new_member_of_the_wrong_JSON_type_is_a_serialization_error()
    {
        var r = await _http.CreateAsync(Bodies.Create(Unique("nm-type"), "\"DurableConfig\":{\"ExecutionTimeout\":\"long\"}"));
        Assert.Equal(HttpStatusCode.BadRequest, r.Status);
        Assert.Equal("SerializationException", r.ErrorType);
    }

    [Fact]
    public async Task UpdateFunctionConfiguration_changes_durable_and_capacity_settings_of_a_function_created_with_them()
    {
        var name = CreateSettled($"\"CapacityProviderConfig\":{Capacity},\"DurableConfig\":{Durable}");
        const string newCapacity = $$$"""{"LambdaManagedInstancesCapacityProviderConfig":{"CapacityProviderArn":"{{{CapacityProviderArn}}}","PerExecutionEnvironmentMaxConcurrency":128,"ExecutionEnvironmentMemoryGiBPerVCpu":4.0}}""";

        var r = await _http.UpdateConfigurationAsync(name, $$"""{"DurableConfig":{"ExecutionTimeout":3600,"RetentionPeriodInDays":30},"CapacityProviderConfig":{{newCapacity}}}""");

        Assert.True(r.Status == HttpStatusCode.OK, r.Body);
        Assert.Equal("InProgress", r.Json.GetProperty("LastUpdateStatus").GetString());
        var config = _plane.Functions[name].Configuration;
        // A structure that is sent replaces the one the function had (KMSKeyArn was left out of this update).
        Assert.Equal("""{"ExecutionTimeout":3600,"RetentionPeriodInDays":30}""", Canonical(config.GetProperty("DurableConfig")));
        Assert.Equal(JsonNode.Parse(newCapacity)!.ToJsonString(), Canonical(config.GetProperty("CapacityProviderConfig")));
        Assert.Equal(1, _plane.Functions[name].UpdateCount);
    }

    [Fact]
    public async Task UpdateFunctionConfiguration_cannot_enable_durable_execution_or_add_a_capacity_provider()
    {
        var name = CreateSettled("\"MemorySize\":256");

        var durable = await _http.UpdateConfigurationAsync(name, """{"DurableConfig":{"ExecutionTimeout":60}}""");
        Assert.Equal(HttpStatusCode.BadRequest, durable.Status);
        Assert.Equal("InvalidParameterValueException", durable.ErrorType);
        Assert.Equal("Durable execution can only be enabled when the function is created. You cannot enable it on an existing function: DurableConfig is not supported for this function.", durable.Message);

        var capacity = await _http.UpdateConfigurationAsync(name, $"{{\"CapacityProviderConfig\":{Capacity},\"MemorySize\":4096}}");
        Assert.Equal(HttpStatusCode.BadRequest, capacity.Status);
        Assert.Equal("InvalidParameterValueException", capacity.ErrorType);
        Assert.Equal("A capacity provider can only be set when the function is created. You cannot add CapacityProviderConfig to an existing function.", capacity.Message);

        var state = _plane.Functions[name];
        Assert.Equal(0, state.UpdateCount);
        Assert.Equal(256, state.Configuration.GetProperty("MemorySize").GetInt32());
        Assert.False(state.Configuration.TryGetProperty("DurableConfig", out _));
    }

    [Fact]
    public async Task UpdateFunctionConfiguration_has_no_TenancyConfig_member()
    {
        var name = CreateSettled($"\"TenancyConfig\":{Tenancy}");

        var r = await _http.UpdateConfigurationAsync(name, $"{{\"TenancyConfig\":{Tenancy}}}");

        Assert.Equal(HttpStatusCode.BadRequest, r.Status);
        Assert.Equal("SerializationException", r.ErrorType);
        Assert.Equal("Unrecognized field \"TenancyConfig\" in UpdateFunctionConfigurationRequest: it is not a member of UpdateFunctionConfigurationRequest (API 2015-03-31).", r.Message);
        Assert.Equal(0, _plane.Functions[name].UpdateCount);
    }

    [Fact]
    public async Task UpdateFunctionConfiguration_validates_the_new_members_like_CreateFunction()
    {
        var name = CreateSettled($"\"DurableConfig\":{Durable}");
        AssertValidation(await _http.UpdateConfigurationAsync(name, """{"DurableConfig":{"RetentionPeriodInDays":0}}"""),
            "1 validation error detected: Value '0' at 'durableConfig.retentionPeriodInDays' failed to satisfy constraint: Member must have value greater than or equal to 1");
    }

    [Fact]
    public async Task PublishTo_LATEST_PUBLISHED_creates_and_republishes_the_LATEST_PUBLISHED_version()
    {
        var name = CreateSettled($"\"CapacityProviderConfig\":{Capacity}");

        var published = await _http.PublishAsync(name, """{"PublishTo":"LATEST_PUBLISHED"}""");
        Assert.True(published.Status == HttpStatusCode.Created, published.Body);
        Assert.Equal("$LATEST.PUBLISHED", published.Json.GetProperty("Version").GetString());
        Assert.Equal(Bodies.Arn(name) + ":$LATEST.PUBLISHED", published.Json.GetProperty("FunctionArn").GetString());
        Assert.Empty(_plane.Functions[name].Versions); // no numbered version

        var byQualifier = await _http.SendAsync(HttpMethod.Get, $"2015-03-31/functions/{name}/configuration?Qualifier=%24LATEST.PUBLISHED");
        Assert.True(byQualifier.Status == HttpStatusCode.OK, byQualifier.Body);
        Assert.Equal("$LATEST.PUBLISHED", byQualifier.Json.GetProperty("Version").GetString());
        Assert.Equal(CapacityProviderArn, byQualifier.Json.GetProperty("CapacityProviderConfig").GetProperty("LambdaManagedInstancesCapacityProviderConfig").GetProperty("CapacityProviderArn").GetString());

        // UpdateFunctionCode with Publish and PublishTo republishes it with the new code.
        var code = await _http.UpdateCodeAsync(name, $$"""{"ZipFile":"{{Convert.ToBase64String(Bodies.Zip("v2"))}}","Publish":true,"PublishTo":"LATEST_PUBLISHED"}""");
        Assert.True(code.Status == HttpStatusCode.OK, code.Body);
        Assert.Equal("$LATEST.PUBLISHED", code.Json.GetProperty("Version").GetString());
        var state = _plane.Functions[name];
        Assert.NotNull(state.LatestPublished);
        Assert.Equal(state.CodeSha256, state.LatestPublished!.CodeSha256);
        Assert.Empty(state.Versions);
    }

    [Fact]
    public async Task PublishTo_outside_the_model_is_rejected_on_both_publish_calls()
    {
        var name = CreateSettled("\"MemorySize\":256");
        const string error = "1 validation error detected: Value 'latest_published' at 'publishTo' failed to satisfy constraint: Member must satisfy enum value set: [LATEST_PUBLISHED]";

        AssertValidation(await _http.PublishAsync(name, """{"PublishTo":"latest_published"}"""), error);
        AssertValidation(await _http.UpdateCodeAsync(name, $$"""{"ZipFile":"{{Convert.ToBase64String(Bodies.Zip("v2"))}}","PublishTo":"latest_published"}"""), error);
        Assert.Equal(0, _plane.Functions[name].UpdateCount);
        Assert.Null(_plane.Functions[name].LatestPublished);
    }
}

/// <summary>The real AWS CLI (botocore's own model of the new members) against the control plane.</summary>
public sealed class AwsCliNewMembersTests(PlaneFixture fixture) : CliTestBase(fixture), IClassFixture<PlaneFixture>
{
    [Fact]
    public async Task Cli_creates_a_durable_managed_instances_tenant_isolated_function_updates_it_and_publishes_to_LATEST_PUBLISHED()
    {
        const string name = "cli-new-members";
        const string provider = "arn:aws:lambda:us-east-1:123456789012:capacity-provider:fleet-1";
        var input = WriteFile("create-new.json", Encoding.UTF8.GetBytes($$"""
            {
              "FunctionName": "{{name}}",
              "Runtime": "dotnet10",
              "Role": "{{Bodies.Role}}",
              "Handler": "App::App.Function::Handler",
              "MemorySize": 4096,
              "CapacityProviderConfig": { "LambdaManagedInstancesCapacityProviderConfig": { "CapacityProviderArn": "{{provider}}", "PerExecutionEnvironmentMaxConcurrency": 32, "ExecutionEnvironmentMemoryGiBPerVCpu": 4.0 } },
              "DurableConfig": { "ExecutionTimeout": 86400, "RetentionPeriodInDays": 7 },
              "TenancyConfig": { "TenantIsolationMode": "PER_TENANT" },
              "Publish": true,
              "PublishTo": "LATEST_PUBLISHED"
            }
            """));
        var zip = WriteFile("new.zip", Bodies.Zip("v1"));

        var created = (await Aws("lambda", "create-function", "--cli-input-json", $"file://{input}", "--zip-file", $"fileb://{zip}")).Json;
        Assert.Equal("$LATEST.PUBLISHED", created.GetProperty("Version").GetString());
        Assert.Equal(0, (await Aws("lambda", "wait", "function-active-v2", "--function-name", name)).ExitCode);

        var config = (await Aws("lambda", "get-function-configuration", "--function-name", name)).Json;
        Assert.Equal(provider, config.GetProperty("CapacityProviderConfig").GetProperty("LambdaManagedInstancesCapacityProviderConfig").GetProperty("CapacityProviderArn").GetString());
        Assert.Equal(4.0, config.GetProperty("CapacityProviderConfig").GetProperty("LambdaManagedInstancesCapacityProviderConfig").GetProperty("ExecutionEnvironmentMemoryGiBPerVCpu").GetDouble());
        Assert.Equal(7, config.GetProperty("DurableConfig").GetProperty("RetentionPeriodInDays").GetInt32());
        Assert.Equal("PER_TENANT", config.GetProperty("TenancyConfig").GetProperty("TenantIsolationMode").GetString());

        var updated = (await Aws("lambda", "update-function-configuration", "--function-name", name,
            "--durable-config", "ExecutionTimeout=3600,RetentionPeriodInDays=14")).Json;
        Assert.Equal(3600, updated.GetProperty("DurableConfig").GetProperty("ExecutionTimeout").GetInt32());
        Assert.Equal(0, (await Aws("lambda", "wait", "function-updated-v2", "--function-name", name)).ExitCode);

        var republished = (await Aws("lambda", "publish-version", "--function-name", name, "--publish-to", "LATEST_PUBLISHED")).Json;
        Assert.Equal("$LATEST.PUBLISHED", republished.GetProperty("Version").GetString());
        Assert.Equal(14, republished.GetProperty("DurableConfig").GetProperty("RetentionPeriodInDays").GetInt32());

        var pinned = (await Aws("lambda", "get-function-configuration", "--function-name", name, "--qualifier", "$LATEST.PUBLISHED")).Json;
        Assert.Equal(3600, pinned.GetProperty("DurableConfig").GetProperty("ExecutionTimeout").GetInt32());

        var requests = RequestsFor(name).ToList();
        Assert.All(requests, r => Assert.InRange(r.StatusCode, 200, 299));
        var createBody = JsonNode.Parse(requests.First(r => r.Operation == "CreateFunction").Body)!.AsObject();
        Assert.Equal("LATEST_PUBLISHED", createBody["PublishTo"]!.GetValue<string>());
        Assert.Equal("PER_TENANT", createBody["TenancyConfig"]!["TenantIsolationMode"]!.GetValue<string>());
    }

    [Fact]
    public async Task Cli_cannot_enable_durable_execution_on_an_existing_function()
    {
        const string name = "cli-not-durable";
        Plane.SeedFunction(name);

        var r = await Aws("lambda", "update-function-configuration", "--function-name", name, "--durable-config", "ExecutionTimeout=60");

        Assert.NotEqual(0, r.ExitCode);
        Assert.Contains("InvalidParameterValueException", r.StdErr, StringComparison.Ordinal);
        Assert.Contains("Durable execution can only be enabled when the function is created", r.StdErr, StringComparison.Ordinal);
    }
}
