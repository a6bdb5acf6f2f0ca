using System.Text.Json;

namespace LambdaGen.ControlPlane.Tests;

/// <summary>The real AWS CLI against the function URL and resource policy operations.</summary>
public sealed class UrlPolicyCliTests(PlaneFixture fixture) : CliTestBase(fixture), IClassFixture<PlaneFixture>
{
    [Fact]
    public async Task Cli_creates_a_public_function_url_with_its_two_policy_statements()
    {
        const string name = "cli-url";
        Plane.SeedFunction(name);

        var created = (await Aws("lambda", "create-function-url-config", "--function-name", name, "--auth-type", "NONE",
            "--cors", "AllowOrigins=https://app.example,AllowMethods=GET,MaxAge=60")).Json;
        Assert.Matches(@"^https://[a-z0-9]{32}\.lambda-url\.us-east-1\.on\.aws/$", created.GetProperty("FunctionUrl").GetString());
        Assert.Equal("NONE", created.GetProperty("AuthType").GetString());
        Assert.Equal(60, created.GetProperty("Cors").GetProperty("MaxAge").GetInt32());

        var again = await Aws("lambda", "create-function-url-config", "--function-name", name, "--auth-type", "NONE");
        Assert.NotEqual(0, again.ExitCode);
        Assert.Contains("ResourceConflictException", again.StdErr, StringComparison.Ordinal);
        Assert.Contains("FunctionUrlConfig exists for this Lambda function", again.StdErr, StringComparison.Ordinal);

        var statement = (await Aws("lambda", "add-permission", "--function-name", name, "--statement-id", "FunctionURLAllowPublicAccess",
            "--action", "lambda:InvokeFunctionUrl", "--principal", "*", "--function-url-auth-type", "NONE")).Json;
        Assert.Contains("\"lambda:FunctionUrlAuthType\":\"NONE\"", statement.GetProperty("Statement").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, (await Aws("lambda", "add-permission", "--function-name", name, "--statement-id", "FunctionURLInvokeAllowPublicAccess",
            "--action", "lambda:InvokeFunction", "--principal", "*", "--invoked-via-function-url")).ExitCode);

        var duplicate = await Aws("lambda", "add-permission", "--function-name", name, "--statement-id", "FunctionURLAllowPublicAccess",
            "--action", "lambda:InvokeFunctionUrl", "--principal", "*", "--function-url-auth-type", "NONE");
        Assert.NotEqual(0, duplicate.ExitCode);
        Assert.Contains("ResourceConflictException", duplicate.StdErr, StringComparison.Ordinal);
        Assert.Contains("The statement id (FunctionURLAllowPublicAccess) provided already exists.", duplicate.StdErr, StringComparison.Ordinal);

        using (var policy = JsonDocument.Parse((await Aws("lambda", "get-policy", "--function-name", name)).Json.GetProperty("Policy").GetString()!))
        {
            var statements = policy.RootElement.GetProperty("Statement");
            Assert.Equal(2, statements.GetArrayLength());
            Assert.Equal("NONE", statements[0].GetProperty("Condition").GetProperty("StringEquals").GetProperty("lambda:FunctionUrlAuthType").GetString());
            Assert.Equal("true", statements[1].GetProperty("Condition").GetProperty("Bool").GetProperty("lambda:InvokedViaFunctionUrl").GetString());
            Assert.Equal("lambda:InvokeFunction", statements[1].GetProperty("Action").GetString());
        }

        var updated = (await Aws("lambda", "update-function-url-config", "--function-name", name, "--auth-type", "AWS_IAM")).Json;
        Assert.Equal("AWS_IAM", updated.GetProperty("AuthType").GetString());
        Assert.Equal(created.GetProperty("FunctionUrl").GetString(), (await Aws("lambda", "get-function-url-config", "--function-name", name)).Json.GetProperty("FunctionUrl").GetString());

        Assert.Equal(0, (await Aws("lambda", "remove-permission", "--function-name", name, "--statement-id", "FunctionURLInvokeAllowPublicAccess")).ExitCode);
        Assert.Equal(0, (await Aws("lambda", "delete-function-url-config", "--function-name", name)).ExitCode);
        var missing = await Aws("lambda", "get-function-url-config", "--function-name", name);
        Assert.NotEqual(0, missing.ExitCode);
        Assert.Contains("ResourceNotFoundException", missing.StdErr, StringComparison.Ordinal);

        var requests = RequestsFor(name).ToList();
        Assert.All(requests, r => Assert.Contains($"Credential={Options.AccessKeyId}/", r.Headers["Authorization"], StringComparison.Ordinal));
        Assert.Equal(
            ["AddPermission", "CreateFunctionUrlConfig", "DeleteFunctionUrlConfig", "GetFunctionUrlConfig", "GetPolicy", "RemovePermission", "UpdateFunctionUrlConfig"],
            requests.Select(r => r.Operation).Distinct().Order(StringComparer.Ordinal));
        var resources = Plane.ResourcesOf(name)!;
        Assert.Empty(resources.FunctionUrlConfigs);
        Assert.Contains("FunctionURLAllowPublicAccess", resources.Policies["$LATEST"], StringComparison.Ordinal);
    }
}

/// <summary>The real AWS CLI against aliases, versions, concurrency and async invoke configs.</summary>
public sealed class AliasConcurrencyCliTests(PlaneFixture fixture) : CliTestBase(fixture), IClassFixture<PlaneFixture>
{
    [Fact]
    public async Task Cli_publishes_aliases_reserves_and_provisions_concurrency_and_configures_async_invocation()
    {
        const string name = "cli-alias";
        Plane.SeedFunction(name);
        Assert.Equal("1", (await Aws("lambda", "publish-version", "--function-name", name)).Json.GetProperty("Version").GetString());

        var alias = (await Aws("lambda", "create-alias", "--function-name", name, "--name", "live", "--function-version", "1", "--description", "prod")).Json;
        Assert.Equal($"{Bodies.Arn(name)}:live", alias.GetProperty("AliasArn").GetString());
        var missingVersion = await Aws("lambda", "create-alias", "--function-name", name, "--name", "next", "--function-version", "9");
        Assert.NotEqual(0, missingVersion.ExitCode);
        Assert.Contains($"Function not found: {Bodies.Arn(name)}:9", missingVersion.StdErr, StringComparison.Ordinal);
        Assert.Equal("live", (await Aws("lambda", "list-aliases", "--function-name", name)).Json.GetProperty("Aliases")[0].GetProperty("Name").GetString());
        var versions = (await Aws("lambda", "list-versions-by-function", "--function-name", name)).Json.GetProperty("Versions");
        Assert.Equal(["$LATEST", "1"], versions.EnumerateArray().Select(v => v.GetProperty("Version").GetString()!));

        Assert.Equal(20, (await Aws("lambda", "put-function-concurrency", "--function-name", name, "--reserved-concurrent-executions", "20")).Json
            .GetProperty("ReservedConcurrentExecutions").GetInt32());
        var tooMuch = await Aws("lambda", "put-function-concurrency", "--function-name", name, "--reserved-concurrent-executions", "901");
        Assert.NotEqual(0, tooMuch.ExitCode);
        Assert.Contains("InvalidParameterValueException", tooMuch.StdErr, StringComparison.Ordinal);
        Assert.Contains("decreases account's UnreservedConcurrentExecution below its minimum value of [100]", tooMuch.StdErr, StringComparison.Ordinal);
        Assert.Equal(20, (await Aws("lambda", "get-function-concurrency", "--function-name", name)).Json.GetProperty("ReservedConcurrentExecutions").GetInt32());

        var provisioned = (await Aws("lambda", "put-provisioned-concurrency-config", "--function-name", name, "--qualifier", "live",
            "--provisioned-concurrent-executions", "2")).Json;
        Assert.Equal("IN_PROGRESS", provisioned.GetProperty("Status").GetString());
        var latest = await Aws("lambda", "put-provisioned-concurrency-config", "--function-name", name, "--qualifier", "$LATEST",
            "--provisioned-concurrent-executions", "1");
        Assert.NotEqual(0, latest.ExitCode);
        Assert.Contains("Provisioned Concurrency Configs cannot be applied to unpublished function versions.", latest.StdErr, StringComparison.Ordinal);
        await Task.Delay(Options.ProvisionedConcurrencyDelay + TimeSpan.FromMilliseconds(50));
        Assert.Equal("READY", (await Aws("lambda", "get-provisioned-concurrency-config", "--function-name", name, "--qualifier", "live")).Json
            .GetProperty("Status").GetString());

        var invoke = (await Aws("lambda", "put-function-event-invoke-config", "--function-name", name, "--qualifier", "live",
            "--maximum-retry-attempts", "1",
            "--destination-config", """{"OnFailure":{"Destination":"arn:aws:sqs:us-east-1:123456789012:dlq"}}""")).Json;
        Assert.Equal($"{Bodies.Arn(name)}:live", invoke.GetProperty("FunctionArn").GetString());
        // aws-cli 1.x prints a timestamp as it arrived (cli_timestamp_format "none"): epoch seconds.
        var modified = DateTimeOffset.FromUnixTimeMilliseconds((long)(invoke.GetProperty("LastModified").GetDouble() * 1000));
        Assert.InRange(modified, DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddMinutes(5));
        var merged = (await Aws("lambda", "update-function-event-invoke-config", "--function-name", name, "--qualifier", "live",
            "--maximum-event-age-in-seconds", "300")).Json;
        Assert.Equal(1, merged.GetProperty("MaximumRetryAttempts").GetInt32());
        Assert.Equal(300, merged.GetProperty("MaximumEventAgeInSeconds").GetInt32());

        var updated = (await Aws("lambda", "update-alias", "--function-name", name, "--name", "live", "--description", "still prod")).Json;
        Assert.NotEqual(alias.GetProperty("RevisionId").GetString(), updated.GetProperty("RevisionId").GetString());

        Assert.Equal(0, (await Aws("lambda", "delete-provisioned-concurrency-config", "--function-name", name, "--qualifier", "live")).ExitCode);
        Assert.Equal(0, (await Aws("lambda", "delete-function-event-invoke-config", "--function-name", name, "--qualifier", "live")).ExitCode);
        Assert.Equal(0, (await Aws("lambda", "delete-function-concurrency", "--function-name", name)).ExitCode);
        Assert.Equal(0, (await Aws("lambda", "delete-alias", "--function-name", name, "--name", "live")).ExitCode);
        Assert.Equal(0, (await Aws("lambda", "delete-function", "--function-name", name)).ExitCode);
        Assert.False(Plane.Functions.ContainsKey(name));

        // Deploy tests can tell which write calls were made.
        string[] writes =
        [
            "PublishVersion", "CreateAlias", "CreateAlias", "PutFunctionConcurrency", "PutFunctionConcurrency", "PutProvisionedConcurrencyConfig",
            "PutProvisionedConcurrencyConfig", "PutFunctionEventInvokeConfig", "UpdateFunctionEventInvokeConfig", "UpdateAlias",
            "DeleteProvisionedConcurrencyConfig", "DeleteFunctionEventInvokeConfig", "DeleteFunctionConcurrency", "DeleteAlias", "DeleteFunction",
        ];
        Assert.Equal(writes, RequestsFor(name).Where(r => r.Method != "GET").Select(r => r.Operation));
    }
}
