using System.Collections.Immutable;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text;
using System.Text.Json.Nodes;
using LambdaGen.Analyzers.Diagnostics;
using LambdaGen.ControlPlane;
using LambdaGen.Generator.Tests.Harness;
using LambdaGen.Testing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LambdaGen.Generator.Tests;

/// <summary>
/// The manifests of the operations beyond CreateFunction, as the generator records them
/// (<c>[assembly: AssemblyMetadata("LambdaGen.Operation:&lt;function&gt;|&lt;operation&gt;[|&lt;alias&gt;]", json)]</c>), read from the
/// compiled assembly with System.Reflection.Metadata as the build task reads them, and sent by the real AWS CLI
/// (<c>aws lambda &lt;operation&gt; --cli-input-json file://…</c>) to the control plane. The input is samples/OrdersApi itself,
/// which declares every new attribute. Each request must carry the manifest unchanged (FunctionName in the path,
/// Qualifier in the query, the rest as the body), and the plane must hold what the manifest says.
/// </summary>
public sealed class OperationManifestCliTests : IAsyncLifetime
{
    private const string EmptyZipBase64 = "UEsFBgAAAAAAAAAAAAAAAAAAAAAAAA==";
    private const string OperationKeyPrefix = "LambdaGen.Operation:";

    private readonly LambdaControlPlaneOptions _options = new()
    {
        SettleDelay = TimeSpan.FromMilliseconds(50),
        ProvisionedConcurrencyDelay = TimeSpan.FromMilliseconds(50),
    };
    private readonly string _dir = Directory.CreateTempSubdirectory("lambdagen-operation-cli-").FullName;
    private LambdaControlPlane _plane = null!;

    public async Task InitializeAsync() => _plane = await LambdaControlPlane.StartAsync(_options);

    public async Task DisposeAsync()
    {
        await _plane.DisposeAsync();
        Directory.Delete(_dir, recursive: true);
    }

    /// <summary>samples/OrdersApi/OrdersApi.cs with its project's MSBuild properties and implicit usings.</summary>
    internal static GeneratorInput OrdersApiSample()
    {
        var properties = GeneratorHarness.DefaultProperties("OrdersApi");
        properties["build_property.LambdaRole"] = "arn:aws:iam::123456789012:role/orders-api";
        properties["build_property.LambdaRuntime"] = "dotnet10";
        properties["build_property.LambdaReservedConcurrentExecutions"] = "10";
        return new GeneratorInput
        {
            Sources = new[]
            {
                ("OrdersApi.cs", File.ReadAllText(Path.Combine(RepoRoot(), "samples", "OrdersApi", "OrdersApi.cs"))),
                ("GlobalUsings.cs", "global using System;\nglobal using System.IO;\n"),
            },
            Properties = properties,
            AssemblyName = "OrdersApi",
        };
    }

    private static readonly string[] ExpectedKeys =
    [
        "orders-api|CreateAlias|canary",
        "orders-api|CreateAlias|live",
        "orders-api|CreateFunctionUrlConfig",
        "orders-api|PutFunctionConcurrency",
        "orders-api|PutFunctionEventInvokeConfig",
        "orders-api|PutProvisionedConcurrencyConfig|live",
        "orders-events|PutFunctionConcurrency",
        "orders-events|PutFunctionEventInvokeConfig",
    ];

    [Fact]
    public async Task The_OrdersApi_sample_has_no_LambdaGen_diagnostic()
    {
        var input = OrdersApiSample();
        var compilation = GeneratorHarness.CreateCompilation(input);
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
        var diagnostics = await AnalyzerRunner.GetDiagnosticsAsync(compilation, new TestOptions(input.Properties),
            ImmutableArray.Create<DiagnosticAnalyzer>(new LambdaFunctionAnalyzer()));
        // The sample builds with TreatWarningsAsErrors, so not even a warning.
        Assert.True(diagnostics.All(d => d.Severity < DiagnosticSeverity.Warning),
            "samples/OrdersApi has LambdaGen diagnostics:\n" + string.Join("\n", diagnostics.Select(d => d.ToString())));
    }

    [Fact]
    public void The_generator_records_one_operation_manifest_per_declared_configuration()
    {
        var operations = OperationManifests(Generate(OrdersApiSample()), OperationKeyPrefix);

        Assert.Equal(ExpectedKeys, operations.Keys.Order(StringComparer.Ordinal));
        // The function-level settings, as the issue's example has them (CreateAlias leaves FunctionVersion out: it is
        // the version the deploy publishes, passed with --function-version).
        Assert.Equal("""{"FunctionName":"orders-api","ReservedConcurrentExecutions":50}""", operations["orders-api|PutFunctionConcurrency"]);
        Assert.Equal("""{"FunctionName":"orders-events","ReservedConcurrentExecutions":10}""", operations["orders-events|PutFunctionConcurrency"]);
        Assert.Equal("""{"FunctionName":"orders-api","Qualifier":"live","ProvisionedConcurrentExecutions":5}""", operations["orders-api|PutProvisionedConcurrencyConfig|live"]);
        Assert.Equal("""{"FunctionName":"orders-api","Name":"live","Description":"production traffic"}""", operations["orders-api|CreateAlias|live"]);
        Assert.Equal("""{"FunctionName":"orders-api","Qualifier":"live","AuthType":"AWS_IAM","Cors":{"AllowCredentials":true,"AllowHeaders":["content-type"],"AllowMethods":["GET","POST"],"AllowOrigins":["https://shop.example.com"],"ExposeHeaders":["x-request-id"],"MaxAge":300},"InvokeMode":"BUFFERED"}""",
            operations["orders-api|CreateFunctionUrlConfig"]);
        Assert.Equal("""{"FunctionName":"orders-events","MaximumRetryAttempts":1,"DestinationConfig":{"OnFailure":{"Destination":"arn:aws:s3:::orders-api-failed-events"}}}""",
            operations["orders-events|PutFunctionEventInvokeConfig"]);
        Assert.DoesNotContain("FunctionVersion", operations["orders-api|CreateAlias|live"], StringComparison.Ordinal);
        Assert.DoesNotContain("Qualifier", operations["orders-api|CreateAlias|live"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_AWS_CLI_accepts_every_operation_manifest_and_sends_it_unchanged_and_the_plane_holds_it()
    {
        var output = Generate(OrdersApiSample());
        // Each function's entry names its class; the class's ManifestJson constant is the manifest the build task writes.
        var functions = OperationManifests(output, "LambdaGen.ManifestClass:").ToDictionary(p => p.Key, p => GeneratorResult.ManifestOfClass(output, p.Value)!);
        var operations = OperationManifests(output, OperationKeyPrefix);
        Assert.Equal(["orders-api", "orders-events"], functions.Keys.Order(StringComparer.Ordinal));

        // The functions, from their CreateFunction manifests; orders-api has Publish = true, so this is version 1.
        foreach (var (name, manifest) in functions)
        {
            var created = await Cli("create-function", manifest, "--zip-file", "fileb://" + Zip());
            Assert.Equal(name == "orders-api" ? "1" : "$LATEST", created.Json.GetProperty("Version").GetString());
        }
        await WaitUntilActive(functions.Keys);

        // In the order a deploy needs: reserved before provisioned (provisioned may not exceed it), aliases before what
        // is scoped to them (the URL on live, live's provisioned concurrency).
        string[] order =
        [
            "orders-api|PutFunctionConcurrency",
            "orders-events|PutFunctionConcurrency",
            "orders-api|CreateAlias|live",
            "orders-api|CreateAlias|canary",
            "orders-api|PutProvisionedConcurrencyConfig|live",
            "orders-api|CreateFunctionUrlConfig",
            "orders-api|PutFunctionEventInvokeConfig",
            "orders-events|PutFunctionEventInvokeConfig",
        ];
        Assert.Equal(ExpectedKeys, order.Order(StringComparer.Ordinal));
        foreach (var key in order)
        {
            var parts = key.Split('|');
            var (function, operation) = (parts[0], parts[1]);
            var manifest = operations[key];
            string[] extra = operation == "CreateAlias" ? ["--function-version", "1"] : [];

            _plane.ClearRequests();
            var result = await Cli(Command(operation), manifest, extra);
            Assert.True(result.ExitCode == 0, $"aws lambda {Command(operation)} rejected {key} (exit {result.ExitCode}):\n{result.StdErr}\nmanifest: {manifest}");

            var request = Assert.Single(_plane.Requests);
            Assert.Equal(operation, request.Operation);
            Assert.InRange(request.StatusCode, 200, 299);
            AssertSentUnchanged(manifest, operation == "CreateAlias" ? new JsonObject { ["FunctionVersion"] = "1" } : null, request, key);
        }

        // What the plane now holds is what the manifests say.
        var api = _plane.ResourcesOf("orders-api")!;
        Assert.Equal(50, api.ReservedConcurrency);
        Assert.Equal(
            [("canary", "1", "the same version, without warm capacity"), ("live", "1", "production traffic")],
            api.Aliases.Select(a => (a.Name, a.FunctionVersion, a.Description)).Order());
        var provisioned = Assert.Single(api.ProvisionedConcurrency);
        Assert.Equal(("live", 5), (provisioned.Key, provisioned.Value.Requested));
        var url = Assert.Single(api.FunctionUrlConfigs);
        Assert.Equal("live", url.Key);
        AssertHolds(operations["orders-api|CreateFunctionUrlConfig"], url.Value, "orders-api's URL config", "FunctionName", "Qualifier");
        Assert.Equal("live", Body(operations["orders-api|CreateFunctionUrlConfig"])["Qualifier"]!.GetValue<string>());
        var apiAsync = Assert.Single(api.EventInvokeConfigs);
        Assert.Equal("$LATEST", apiAsync.Key);
        AssertHolds(operations["orders-api|PutFunctionEventInvokeConfig"], apiAsync.Value, "orders-api's event invoke config", "FunctionName");

        var events = _plane.ResourcesOf("orders-events")!;
        Assert.Equal(10, events.ReservedConcurrency);
        Assert.Empty(events.Aliases);
        Assert.Empty(events.FunctionUrlConfigs);
        var eventsAsync = Assert.Single(events.EventInvokeConfigs);
        AssertHolds(operations["orders-events|PutFunctionEventInvokeConfig"], eventsAsync.Value, "orders-events' event invoke config", "FunctionName");
        Assert.Equal("arn:aws:s3:::orders-api-failed-events",
            JsonNode.Parse(eventsAsync.Value)!["DestinationConfig"]!["OnFailure"]!["Destination"]!.GetValue<string>());

        // Provisioned concurrency settles to READY (read through the CLI, as a deploy would wait for it).
        await Task.Delay(_options.ProvisionedConcurrencyDelay * 2);
        var status = await Aws("lambda", "get-provisioned-concurrency-config", "--function-name", "orders-api", "--qualifier", "live");
        Assert.Equal("READY", status.Json.GetProperty("Status").GetString());
        Assert.Equal(5, status.Json.GetProperty("RequestedProvisionedConcurrentExecutions").GetInt32());
    }

    /// <summary>The CLI validates the input against its service model before sending; a mistyped member never reaches the plane.</summary>
    [Fact]
    public async Task The_CLI_rejects_a_mistyped_operation_manifest_so_the_check_has_teeth()
    {
        _plane.ClearRequests();
        var result = await Cli("put-function-concurrency", """{"FunctionName":"f","ReservedConcurrentExecutions":"fifty"}""");
        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("ReservedConcurrentExecutions", result.StdErr, StringComparison.Ordinal);
        Assert.Empty(_plane.Requests);

        result = await Cli("create-function-url-config", """{"FunctionName":"f","AuthType":"AWS_IAM","Cors":{"AllowOrigin":["*"]}}""");
        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("AllowOrigin", result.StdErr, StringComparison.Ordinal);
        Assert.Empty(_plane.Requests);
    }

    // ---------------------------------------------------------------- helpers

    private static string Command(string operation) =>
        string.Concat(operation.Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));

    private static JsonObject Body(string json) => JsonNode.Parse(json)!.AsObject();

    /// <summary>FunctionName is the path's function label and Qualifier the query's; the rest is the body, member for member.</summary>
    private static void AssertSentUnchanged(string manifest, JsonObject? added, RecordedRequest request, string what)
    {
        var expected = Body(manifest);
        var function = expected["FunctionName"]!.GetValue<string>();
        expected.Remove("FunctionName");
        var segments = request.Path.Split('/');
        Assert.True(segments.Length >= 4 && Uri.UnescapeDataString(segments[3]) == function, $"{what}: the request path {request.Path} does not name {function}");
        if (expected["Qualifier"] is { } qualifier)
        {
            expected.Remove("Qualifier");
            Assert.Contains("Qualifier=" + Uri.EscapeDataString(qualifier.GetValue<string>()), request.Query.Split('&'));
        }
        else
        {
            Assert.DoesNotContain(request.Query.Split('&'), p => p.StartsWith("Qualifier=", StringComparison.Ordinal));
        }
        foreach (var (key, value) in added ?? new JsonObject())
        {
            expected[key] = value?.DeepClone();
        }

        JsonNode? actual = request.Body.Length == 0 ? new JsonObject() : JsonNode.Parse(request.Body);
        JsonCompare.AssertEqual(expected, actual, $"the body the CLI sent for {what}");
    }

    /// <summary>Every member of the manifest (but <paramref name="inPath"/>) has the same value in what the plane reports, at any
    /// depth; the report may have more (a Get answer has ARNs and timestamps, and DestinationConfig always has both
    /// OnSuccess and OnFailure, empty when not set).</summary>
    private static void AssertHolds(string manifest, string reported, string what, params string[] inPath)
    {
        var wanted = Body(manifest);
        var held = Body(reported);
        foreach (var key in inPath)
        {
            wanted.Remove(key);
        }

        AssertSubset(wanted, held, what + ": $");
    }

    private static void AssertSubset(JsonNode? wanted, JsonNode? held, string path)
    {
        if (wanted is JsonObject w)
        {
            Assert.True(held is JsonObject, $"{path}: expected an object, the plane has {held?.ToJsonString() ?? "nothing"}");
            foreach (var (key, value) in w)
            {
                AssertSubset(value, held![key], path + "." + key);
            }

            return;
        }
        JsonCompare.AssertEqual(wanted, held, path);
    }

    private async Task WaitUntilActive(IEnumerable<string> functions)
    {
        foreach (var function in functions)
        {
            var state = await Aws("lambda", "get-function-configuration", "--function-name", function);
            for (int i = 0; i < 50 && state.Json.GetProperty("State").GetString() != "Active"; i++)
            {
                await Task.Delay(_options.SettleDelay);
                state = await Aws("lambda", "get-function-configuration", "--function-name", function);
            }
            Assert.Equal("Active", state.Json.GetProperty("State").GetString());
        }
    }

    private AwsCliTarget Target => new(_plane.Endpoint.ToString(), _options.AccessKeyId, _options.SecretAccessKey, _options.Region) { MaxAttempts = 1 };

    private Task<AwsCliResult> Aws(params string[] args) => AwsCli.RunAsync(Target, args);

    private async Task<AwsCliResult> Cli(string command, string manifest, params string[] extra)
    {
        var input = Path.Combine(_dir, Guid.NewGuid().ToString("n") + ".json");
        await File.WriteAllTextAsync(input, manifest, new UTF8Encoding(false));
        return await Aws(["lambda", command, "--cli-input-json", "file://" + input, .. extra]);
    }

    private string Zip()
    {
        var path = Path.Combine(_dir, "code.zip");
        File.WriteAllBytes(path, Convert.FromBase64String(EmptyZipBase64));
        return path;
    }

    private static Compilation Generate(GeneratorInput input) => GeneratorHarness.Run(input).Output;

    /// <summary>
    /// The compiled assembly's <c>AssemblyMetadata</c> entries whose key starts with <paramref name="prefix"/>, keyed by the
    /// rest, read with System.Reflection.Metadata (as src/LambdaGen.Build/AssemblyMetadataReader.cs does: the assembly is
    /// never loaded).
    /// </summary>
    internal static IReadOnlyDictionary<string, string> OperationManifests(Compilation output, string prefix)
    {
        using var image = new MemoryStream();
        var emit = output.Emit(image);
        Assert.True(emit.Success, "The output compilation does not emit:\n" + string.Join("\n", emit.Diagnostics));
        image.Position = 0;
        using var pe = new PEReader(image);
        var metadata = pe.GetMetadataReader();
        var entries = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var handle in metadata.GetAssemblyDefinition().GetCustomAttributes())
        {
            var attribute = metadata.GetCustomAttribute(handle);
            if (attribute.Constructor.Kind != HandleKind.MemberReference)
            {
                continue;
            }

            var parent = metadata.GetMemberReference((MemberReferenceHandle)attribute.Constructor).Parent;
            if (parent.Kind != HandleKind.TypeReference || metadata.GetString(metadata.GetTypeReference((TypeReferenceHandle)parent).Name) != "AssemblyMetadataAttribute")
            {
                continue;
            }

            var value = attribute.DecodeValue(StringArguments.Instance);
            if (value.FixedArguments is [{ Value: string key }, { Value: string json }] && key.StartsWith(prefix, StringComparison.Ordinal))
            {
                Assert.True(entries.TryAdd(key[prefix.Length..], json), $"{key} is recorded twice");
            }
        }
        return entries;
    }

    private sealed class StringArguments : ICustomAttributeTypeProvider<string>
    {
        public static readonly StringArguments Instance = new();

        public string GetPrimitiveType(PrimitiveTypeCode typeCode) => typeCode.ToString();
        public string GetSystemType() => "System.Type";
        public string GetSZArrayType(string elementType) => elementType + "[]";
        public string GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind) => reader.GetString(reader.GetTypeDefinition(handle).Name);
        public string GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind) => reader.GetString(reader.GetTypeReference(handle).Name);
        public string GetTypeFromSerializedName(string name) => name;
        public PrimitiveTypeCode GetUnderlyingEnumType(string type) => throw new BadImageFormatException("unexpected enum argument " + type);
        public bool IsSystemType(string type) => type == "System.Type";
    }

    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "eng", "Version.props")) && Directory.Exists(Path.Combine(dir.FullName, "samples")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Cannot find the repository root (eng/Version.props and samples/) above " + AppContext.BaseDirectory);
    }
}
