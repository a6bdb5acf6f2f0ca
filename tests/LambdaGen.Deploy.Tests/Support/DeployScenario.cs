using System.Text.Json.Nodes;
using Amazon.Runtime;
using LambdaGen.ControlPlane;
using LambdaGen.Deploy.Engine;
using RetryPolicy = LambdaGen.Deploy.Retry.RetryPolicy;

namespace LambdaGen.Deploy.Tests.Support;

/// <summary>
/// A build output (functions.json + manifests) and a publish folder on disk, a loopback Lambda control
/// plane, and a way to run the real engine in-process against it with test credentials.
/// </summary>
internal sealed class DeployScenario : IAsyncDisposable
{
    public const string Role = "arn:aws:iam::123456789012:role/lambda-role";

    /// <summary>Operations that change something; a no-change or dry run must make none of them.</summary>
    public static readonly IReadOnlySet<string> WriteOperations = new HashSet<string>
    {
        "CreateFunction", "UpdateFunctionConfiguration", "UpdateFunctionCode", "PublishVersion",
        "TagResource", "UntagResource", "PutFunctionCodeSigningConfig", "DeleteFunctionCodeSigningConfig",
        "PutFunctionConcurrency", "DeleteFunctionConcurrency", "CreateAlias", "UpdateAlias", "DeleteAlias",
        "PutProvisionedConcurrencyConfig", "DeleteProvisionedConcurrencyConfig", "CreateFunctionUrlConfig", "UpdateFunctionUrlConfig",
        "DeleteFunctionUrlConfig", "AddPermission", "RemovePermission", "PutFunctionEventInvokeConfig", "UpdateFunctionEventInvokeConfig",
        "DeleteFunctionEventInvokeConfig", "DeleteFunction",
        "CreateEventSourceMapping", "UpdateEventSourceMapping", "DeleteEventSourceMapping",
    };

    private readonly Dictionary<string, List<(string Operation, string? Alias, JsonObject Body)>> _operations = new(StringComparer.Ordinal);

    /// <summary>The manifest file of an operation, named as the build task names it.</summary>
    /// <summary>The manifest file of an operation, named as the build task names it. For CreateEventSourceMapping the "alias"
    /// is the source's part of the name (<c>orders.esm.&lt;source&gt;.json</c>).</summary>
    public static string OperationFile(string function, string operation, string? alias) =>
        operation == EventSourceMappingOperation
            ? $"{function}.esm.{alias}.json"
            : function + LambdaGen.Core.Fields.Operations.All.Single(o => o.Name == operation).ManifestSuffix + (alias is null ? "" : "." + alias) + ".json";

    public const string EventSourceMappingOperation = "CreateEventSourceMapping";

    /// <summary>Replaces the function's other operations: (operation, alias or null, the manifest JSON without FunctionName, which is added first).</summary>
    public void SetOperations(string name, params (string Operation, string? Alias, string Json)[] operations)
    {
        var list = new List<(string, string?, JsonObject)>();
        foreach (var (operation, alias, json) in operations)
        {
            var body = new JsonObject { ["FunctionName"] = name };
            foreach (var (key, value) in JsonNode.Parse(json)!.AsObject())
            {
                body[key] = value?.DeepClone();
            }
            list.Add((operation, alias, body));
        }
        _operations[name] = list;
        WriteManifests();
    }

    private readonly TempDir _root = new();
    private readonly List<(string Name, JsonObject Body)> _functions = new();

    private DeployScenario(LambdaControlPlane plane)
    {
        Plane = plane;
        ManifestsDir = Path.Combine(_root.Path, "bin", "lambda");
        PublishDir = Path.Combine(_root.Path, "bin", "publish");
        Directory.CreateDirectory(ManifestsDir);
        Directory.CreateDirectory(PublishDir);
        WritePublish("App.dll", "managed code v1");
        WritePublish("App.deps.json", "{}");
    }

    public LambdaControlPlane Plane { get; }
    public string Root => _root.Path;
    public string ManifestsDir { get; }
    public string PublishDir { get; }

    /// <summary>Every wait the engine asked for (retries and polls), in order.</summary>
    public List<TimeSpan> Waits { get; } = new();

    public static async Task<DeployScenario> StartAsync(Action<LambdaControlPlaneOptions>? configure = null)
    {
        var options = new LambdaControlPlaneOptions { SettleDelay = TimeSpan.FromMilliseconds(60) };
        configure?.Invoke(options);
        var plane = await LambdaControlPlane.StartAsync(options);
        return new DeployScenario(plane);
    }

    public void WritePublish(string relative, string content) => File.WriteAllText(Path.Combine(PublishDir, relative), content);

    /// <summary>Adds (or replaces) a function; <paramref name="extra"/> is merged into a minimal valid manifest.</summary>
    public JsonObject AddFunction(string name, string? extra = null)
    {
        var body = new JsonObject
        {
            ["FunctionName"] = name,
            ["Runtime"] = "dotnet8",
            ["Handler"] = $"App::App.Functions::{name.Replace("-", "", StringComparison.Ordinal)}",
            ["Role"] = Role,
            ["MemorySize"] = 256,
            ["Timeout"] = 30,
            ["PackageType"] = "Zip",
        };
        if (extra is not null)
        {
            foreach (var (key, value) in JsonNode.Parse(extra)!.AsObject())
            {
                body[key] = value?.DeepClone();
            }
        }
        _functions.RemoveAll(f => f.Name == name);
        _functions.Add((name, body));
        WriteManifests();
        return body;
    }

    /// <summary>Edits a function's manifest in place.</summary>
    public void Edit(string name, Action<JsonObject> edit)
    {
        edit(_functions.Single(f => f.Name == name).Body);
        WriteManifests();
    }

    public DeployOptions Options(bool dryRun = false, bool pruneTags = false, string? imageUri = null, string? rid = null, long? directUploadLimit = null, long? unzippedLimit = null,
        string? s3Bucket = null, string? s3Endpoint = null, HttpMessageHandler? handler = null) => new()
        {
            S3Bucket = s3Bucket,
            S3Endpoint = s3Endpoint,
            HttpHandler = handler,
            ManifestsDir = ManifestsDir,
            PublishDir = PublishDir,
            Endpoint = Plane.Endpoint.ToString(),
            Credentials = new BasicAWSCredentials("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"),
            DryRun = dryRun,
            PruneTags = pruneTags,
            ImageUri = imageUri,
            RuntimeIdentifier = rid,
            Parallelism = 4,
            PollInterval = TimeSpan.FromMilliseconds(25),
            DirectUploadLimit = directUploadLimit ?? DeployOptions.DefaultDirectUploadLimit,
            UnzippedLimit = unzippedLimit ?? DeployOptions.DefaultUnzippedLimit,
            RetryPolicy = new RetryPolicy(() => 0.5) { BaseDelay = TimeSpan.FromMilliseconds(10), ConflictDelay = TimeSpan.FromMilliseconds(20) },
            // Records every wait, but never sleeps more than a few milliseconds (Retry-After is asserted from the record).
            Delay = (t, ct) =>
            {
                lock (Waits)
                {
                    Waits.Add(t);
                }
                return Task.Delay(t < TimeSpan.FromMilliseconds(30) ? t : TimeSpan.FromMilliseconds(30), ct);
            },
        };

    public async Task<(DeployResult Result, CapturingLog Log)> RunAsync(DeployOptions? options = null)
    {
        Plane.ClearRequests();
        var log = new CapturingLog();
        var result = await new DeployEngine(options ?? Options(), log).RunAsync();
        return (result, log);
    }

    public IReadOnlyList<string> Operations() => Plane.Requests.Select(r => r.Operation).ToList();

    public IReadOnlyList<RecordedRequest> Writes() => Plane.Requests.Where(r => WriteOperations.Contains(r.Operation)).ToList();

    private void WriteManifests()
    {
        var index = new JsonArray();
        foreach (var (name, body) in _functions)
        {
            File.WriteAllText(Path.Combine(ManifestsDir, name + ".json"), body.ToJsonString());
            var entry = new JsonObject { ["FunctionName"] = name, ["Manifest"] = name + ".json", ["PackageType"] = body["PackageType"]?.DeepClone() };
            if (body["Handler"] is { } handler)
            {
                entry["Handler"] = handler.DeepClone();
            }
            if (_operations.TryGetValue(name, out var operations) && operations.Count > 0)
            {
                var list = new JsonArray();
                foreach (var (operation, alias, operationBody) in operations)
                {
                    string file = OperationFile(name, operation, alias);
                    File.WriteAllText(Path.Combine(ManifestsDir, file), operationBody.ToJsonString());
                    var item = new JsonObject { ["Operation"] = operation };
                    if (operation == EventSourceMappingOperation)
                    {
                        item["EventSourceArn"] = operationBody["EventSourceArn"]?.GetValue<string>() ?? "";
                    }
                    else if (alias is not null)
                    {
                        item["Alias"] = alias;
                    }
                    item["Manifest"] = file;
                    list.Add(item);
                }
                entry["Operations"] = list;
            }
            index.Add(entry);
        }
        File.WriteAllText(Path.Combine(ManifestsDir, "functions.json"), new JsonObject { ["Functions"] = index }.ToJsonString());
    }

    public async ValueTask DisposeAsync()
    {
        await Plane.DisposeAsync();
        _root.Dispose();
    }
}
