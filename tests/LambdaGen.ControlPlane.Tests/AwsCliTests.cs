using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using LambdaGen.Testing;

namespace LambdaGen.ControlPlane.Tests;

/// <summary>Shared plumbing for the CLI test classes (split in two so they run in parallel).</summary>
public abstract class CliTestBase : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("lambdagen-cli-").FullName;

    protected CliTestBase(PlaneFixture fixture)
    {
        Plane = fixture.Plane;
        Options = fixture.Options;
    }

    protected LambdaControlPlane Plane { get; }

    protected LambdaControlPlaneOptions Options { get; }

    public void Dispose()
    {
        Directory.Delete(_dir, recursive: true);
        GC.SuppressFinalize(this);
    }

    /// <summary>The CLI as the plane's one known caller, against its Lambda endpoint.</summary>
    protected AwsCliTarget Target => new(Plane.Endpoint.ToString(), Options.AccessKeyId, Options.SecretAccessKey, Options.Region);

    protected Task<AwsCliResult> Aws(params string[] args) => AwsCli.RunAsync(Target, args);

    protected string WriteFile(string name, byte[] bytes)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    protected IEnumerable<RecordedRequest> RequestsFor(string name) =>
        Plane.Requests.Where(r => Uri.UnescapeDataString(r.Path).Contains(name, StringComparison.Ordinal)
                                  || r.Body.Contains($"\"{name}\"", StringComparison.Ordinal));
}

/// <summary>
/// The real AWS CLI (botocore's serializers, signer, waiters and retry logic) against the control plane.
/// If the server's protocol, JSON shapes or signature check were off, these would fail.
/// </summary>
public sealed class AwsCliTests(PlaneFixture fixture) : CliTestBase(fixture), IClassFixture<PlaneFixture>
{
    [Fact]
    public async Task Cli_creates_waits_updates_publishes_and_tags_a_function()
    {
        const string name = "cli-e2e";
        var zip = Bodies.Zip("v1");
        var zipPath = WriteFile("code.zip", zip);
        var input = WriteFile("create.json", Encoding.UTF8.GetBytes($$"""
            {
              "FunctionName": "{{name}}",
              "Runtime": "dotnet8",
              "Role": "{{Bodies.Role}}",
              "Handler": "App::App.Function::Handler",
              "Description": "created by the AWS CLI",
              "Timeout": 30,
              "MemorySize": 256,
              "Environment": { "Variables": { "STAGE": "test" } },
              "Tags": { "owner": "cli" },
              "Architectures": ["x86_64"],
              "EphemeralStorage": { "Size": 1024 },
              "TracingConfig": { "Mode": "Active" },
              "LoggingConfig": { "LogFormat": "JSON", "ApplicationLogLevel": "INFO", "SystemLogLevel": "WARN" }
            }
            """));

        var created = (await Aws("lambda", "create-function", "--cli-input-json", $"file://{input}", "--zip-file", $"fileb://{zipPath}")).Json;
        Assert.Equal("Pending", created.GetProperty("State").GetString());
        Assert.Equal("Creating", created.GetProperty("StateReasonCode").GetString());
        Assert.Equal(Convert.ToBase64String(SHA256.HashData(zip)), created.GetProperty("CodeSha256").GetString());
        Assert.Equal(zip.Length, created.GetProperty("CodeSize").GetInt64());
        Assert.Equal(Bodies.Arn(name), created.GetProperty("FunctionArn").GetString());
        Assert.Equal("$LATEST", created.GetProperty("Version").GetString());

        Assert.Equal(0, (await Aws("lambda", "wait", "function-active-v2", "--function-name", name)).ExitCode);

        var active = (await Aws("lambda", "get-function-configuration", "--function-name", name)).Json;
        Assert.Equal("Active", active.GetProperty("State").GetString());
        Assert.Equal("Successful", active.GetProperty("LastUpdateStatus").GetString());
        Assert.Equal(256, active.GetProperty("MemorySize").GetInt32());
        Assert.Equal("test", active.GetProperty("Environment").GetProperty("Variables").GetProperty("STAGE").GetString());
        Assert.Equal("WARN", active.GetProperty("LoggingConfig").GetProperty("SystemLogLevel").GetString());
        Assert.Equal($"/aws/lambda/{name}", active.GetProperty("LoggingConfig").GetProperty("LogGroup").GetString());

        var updated = (await Aws("lambda", "update-function-configuration", "--function-name", name,
            "--memory-size", "512", "--environment", "Variables={STAGE=prod,EXTRA=1}")).Json;
        Assert.Equal("InProgress", updated.GetProperty("LastUpdateStatus").GetString());
        Assert.Equal(512, updated.GetProperty("MemorySize").GetInt32());
        Assert.Equal(0, (await Aws("lambda", "wait", "function-updated-v2", "--function-name", name)).ExitCode);

        var zip2 = Bodies.Zip("v2");
        var newCode = (await Aws("lambda", "update-function-code", "--function-name", name,
            "--zip-file", $"fileb://{WriteFile("code2.zip", zip2)}", "--architectures", "arm64")).Json;
        Assert.Equal("InProgress", newCode.GetProperty("LastUpdateStatus").GetString());
        Assert.Equal(Convert.ToBase64String(SHA256.HashData(zip2)), newCode.GetProperty("CodeSha256").GetString());
        Assert.Equal("arm64", newCode.GetProperty("Architectures")[0].GetString());
        Assert.Equal(0, (await Aws("lambda", "wait", "function-updated-v2", "--function-name", name)).ExitCode);

        var version = (await Aws("lambda", "publish-version", "--function-name", name, "--description", "first")).Json;
        Assert.Equal("1", version.GetProperty("Version").GetString());
        Assert.Equal($"{Bodies.Arn(name)}:1", version.GetProperty("FunctionArn").GetString());

        Assert.Equal(0, (await Aws("lambda", "tag-resource", "--resource", Bodies.Arn(name), "--tags", "team=platform")).ExitCode);
        var tags = (await Aws("lambda", "list-tags", "--resource", Bodies.Arn(name))).Json.GetProperty("Tags");
        Assert.Equal("cli", tags.GetProperty("owner").GetString());
        Assert.Equal("platform", tags.GetProperty("team").GetString());

        Assert.Equal(0, (await Aws("lambda", "untag-resource", "--resource", Bodies.Arn(name), "--tag-keys", "owner")).ExitCode);
        Assert.False(Plane.Functions[name].Tags.ContainsKey("owner"));

        // Every CLI request was signed by botocore's client signer and accepted by the verifier.
        var requests = RequestsFor(name).ToList();
        Assert.All(requests, r => Assert.InRange(r.StatusCode, 200, 299));
        Assert.All(requests, r => Assert.Contains($"Credential={Options.AccessKeyId}/", r.Headers["Authorization"], StringComparison.Ordinal));
        Assert.Equal(
            new[] { "CreateFunction", "GetFunction", "GetFunctionConfiguration", "ListTags", "PublishVersion", "TagResource", "UntagResource", "UpdateFunctionCode", "UpdateFunctionConfiguration" },
            requests.Select(r => r.Operation).Distinct().Order(StringComparer.Ordinal));

        var state = Plane.Functions[name];
        Assert.Equal(2, state.UpdateCount);
        Assert.Single(state.Versions);
        Assert.Equal(zip2, state.ZipFile);
        Assert.Equal("platform", state.Tags["team"]);
    }
}

/// <summary>The service's errors, signature rejection and retries, as the real AWS CLI experiences them.</summary>
public sealed class AwsCliErrorTests(PlaneFixture fixture) : CliTestBase(fixture), IClassFixture<PlaneFixture>
{
    [Fact]
    public async Task Cli_reports_the_services_errors()
    {
        var missing = await Aws("lambda", "get-function-configuration", "--function-name", "cli-missing");
        Assert.NotEqual(0, missing.ExitCode);
        Assert.Contains("ResourceNotFoundException", missing.StdErr, StringComparison.Ordinal);
        Assert.Contains($"Function not found: {Bodies.Arn("cli-missing")}", missing.StdErr, StringComparison.Ordinal);

        var zipPath = WriteFile("dup.zip", Bodies.Zip());
        string[] create = ["lambda", "create-function", "--function-name", "cli-dup", "--runtime", "python3.12", "--role", Bodies.Role,
            "--handler", "app.handler", "--zip-file", $"fileb://{zipPath}"];
        Assert.Equal(0, (await Aws(create)).ExitCode);
        var duplicate = await Aws(create);
        Assert.NotEqual(0, duplicate.ExitCode);
        Assert.Contains("ResourceConflictException", duplicate.StdErr, StringComparison.Ordinal);
        Assert.Contains("Function already exist: cli-dup", duplicate.StdErr, StringComparison.Ordinal);

        // botocore only checks minimums client-side, so an oversized value reaches the server's validation.
        var tooBig = await Aws(["lambda", "create-function", "--function-name", "cli-big", "--runtime", "python3.12", "--role", Bodies.Role,
            "--handler", "app.handler", "--zip-file", $"fileb://{zipPath}", "--memory-size", "99999"]);
        Assert.NotEqual(0, tooBig.ExitCode);
        Assert.Contains("ValidationException", tooBig.StdErr, StringComparison.Ordinal);
        Assert.Contains("1 validation error detected: Value '99999' at 'memorySize' failed to satisfy constraint: Member must have value less than or equal to 10240",
            tooBig.StdErr, StringComparison.Ordinal);
        Assert.False(Plane.Functions.ContainsKey("cli-big"));
    }

    [Fact]
    public async Task Cli_with_the_wrong_secret_is_rejected_by_the_signature_check()
    {
        var result = await AwsCli.RunAsync(Target with { SecretAccessKey = "not-the-secret" }, "lambda", "get-function-configuration", "--function-name", "anything");
        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("InvalidSignatureException", result.StdErr, StringComparison.Ordinal);
        Assert.Contains("The request signature we calculated does not match the signature you provided", result.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_captured_cli_request_verifies_when_resent_and_fails_with_one_body_byte_changed()
    {
        const string name = "cli-resend";
        Plane.SeedFunction(name);
        Assert.Equal(0, (await Aws("lambda", "tag-resource", "--resource", Bodies.Arn(name), "--tags", "k=v")).ExitCode);
        var captured = Plane.Requests.Last(r => r.Operation == "TagResource" && Uri.UnescapeDataString(r.Path).EndsWith(name, StringComparison.Ordinal));
        Assert.Equal(204, captured.StatusCode);

        using var http = new HttpClient();
        async Task<HttpResponseMessage> Resend(string body)
        {
            var request = new HttpRequestMessage(new HttpMethod(captured.Method),
                new Uri(Plane.Endpoint.GetLeftPart(UriPartial.Authority) + captured.Path + (captured.Query.Length > 0 ? "?" + captured.Query : "")))
            {
                Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body)),
            };
            foreach (var (k, v) in captured.Headers)
            {
                if (k.Equals("Content-Type", StringComparison.OrdinalIgnoreCase))
                {
                    request.Content.Headers.TryAddWithoutValidation(k, v);
                }
                else if (!k.Equals("Content-Length", StringComparison.OrdinalIgnoreCase) && !k.Equals("Host", StringComparison.OrdinalIgnoreCase)
                         && !k.Equals("Connection", StringComparison.OrdinalIgnoreCase) && !k.Equals("Expect", StringComparison.OrdinalIgnoreCase))
                {
                    request.Headers.TryAddWithoutValidation(k, v);
                }
            }

            return await http.SendAsync(request);
        }

        // Untouched replay (within the 15 minute window): the signature still verifies.
        using (var replay = await Resend(captured.Body))
        {
            Assert.Equal(HttpStatusCode.NoContent, replay.StatusCode);
        }

        var tampered = captured.Body.Replace("\"v\"", "\"w\"", StringComparison.Ordinal);
        Assert.NotEqual(captured.Body, tampered);
        using var rejected = await Resend(tampered);
        Assert.Equal(HttpStatusCode.Forbidden, rejected.StatusCode);
        Assert.Equal("InvalidSignatureException", rejected.Headers.GetValues("x-amzn-ErrorType").Single());
        Assert.Equal("v", Plane.Functions[name].Tags["k"]);
    }

    [Fact]
    public async Task Cli_retries_through_injected_server_errors_and_throttles()
    {
        const string name = "cli-retry";
        Plane.SeedFunction(name);
        Plane.Faults.ServerError("GetFunctionConfiguration", 1, name);
        Plane.Faults.Throttle("GetFunctionConfiguration", 1, retryAfterSeconds: 1, functionName: name);

        var result = await Aws("lambda", "get-function-configuration", "--function-name", name);

        Assert.Equal("Active", result.Json.GetProperty("State").GetString());
        var statuses = Plane.Requests.Where(r => r.Operation == "GetFunctionConfiguration" && r.Path.Contains(name, StringComparison.Ordinal))
            .Select(r => r.StatusCode).ToList();
        Assert.Equal([500, 429, 200], statuses);
    }
}

/// <summary>
/// The AWS CLI's own S3 client (botocore's S3 signer, path-style addressing for an IP endpoint) uploads to the plane's
/// S3 endpoint, and the CLI's Lambda client deploys from the object: an independent check of both halves.
/// </summary>
public sealed class AwsCliS3Tests(PlaneFixture fixture) : CliTestBase(fixture), IClassFixture<PlaneFixture>
{
    private Task<AwsCliResult> S3Api(params string[] args) =>
        AwsCli.RunAsync(Target with { EndpointUrl = Plane.S3Endpoint.ToString() }, ["s3api", .. args]);

    [Fact]
    public async Task Cli_puts_an_object_and_creates_a_function_from_it_with_the_objects_hash()
    {
        Plane.CreateBucket("cli-packages");
        var zip = Bodies.Zip("uploaded by the CLI");
        var file = WriteFile("app.zip", zip);

        var put = (await S3Api("put-object", "--bucket", "cli-packages", "--key", "builds/app 1.zip", "--body", file)).Json;
        Assert.Equal($"\"{Convert.ToHexStringLower(MD5.HashData(zip))}\"", put.GetProperty("ETag").GetString());
        Assert.Equal(zip, Plane.S3Objects["cli-packages/builds/app 1.zip"].Content);

        var created = (await Aws("lambda", "create-function", "--function-name", "cli-from-s3", "--runtime", "dotnet8", "--role", Bodies.Role,
            "--handler", "App::App.Function::Handler", "--code", "S3Bucket=cli-packages,S3Key=builds/app 1.zip")).Json;
        Assert.Equal(Convert.ToBase64String(SHA256.HashData(zip)), created.GetProperty("CodeSha256").GetString());
        Assert.Equal(zip.Length, created.GetProperty("CodeSize").GetInt64());
    }

    [Fact]
    public async Task Cli_reports_S3s_and_Lambdas_errors_for_missing_buckets_and_keys()
    {
        var noBucket = await S3Api("put-object", "--bucket", "cli-no-bucket", "--key", "k.zip", "--body", WriteFile("k.zip", Bodies.Zip()));
        Assert.NotEqual(0, noBucket.ExitCode);
        Assert.Contains("An error occurred (NoSuchBucket) when calling the PutObject operation: The specified bucket does not exist", noBucket.StdErr, StringComparison.Ordinal);

        Plane.CreateBucket("cli-empty");
        var noKey = await Aws("lambda", "create-function", "--function-name", "cli-no-key", "--runtime", "dotnet8", "--role", Bodies.Role,
            "--handler", "App::App.Function::Handler", "--code", "S3Bucket=cli-empty,S3Key=absent.zip");
        Assert.NotEqual(0, noKey.ExitCode);
        Assert.Contains("InvalidParameterValueException", noKey.StdErr, StringComparison.Ordinal);
        Assert.Contains("S3 Error Code: NoSuchKey", noKey.StdErr, StringComparison.Ordinal);
    }
}
