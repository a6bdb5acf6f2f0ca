using System.Text.Json.Nodes;
using LambdaGen.ControlPlane;

namespace LambdaGen.EndToEnd.Tests;

/// <summary>A user's project with one function reading an SQS queue, a Kinesis stream and an Amazon MSK topic, and the control
/// plane the steps of <see cref="EventSourceMappingDeployOnPublishTests"/> share.</summary>
public sealed class EventSourcesDeployment : IAsyncLifetime
{
    public LambdaControlPlaneOptions Options { get; } = new() { SettleDelay = TimeSpan.FromMilliseconds(100) };

    public LambdaControlPlane Plane { get; private set; } = null!;

    public int CompletedSteps { get; private set; }

    private UserProject? _project;

    public UserProject Project(PackageFixture package)
    {
        if (_project is null)
        {
            _project = package.CreateProject("Streams");
            _project.WriteProject("<LambdaRole>arn:aws:iam::123456789012:role/streams</LambdaRole>");
            _project.Write("Streams.cs", EventSourceMappingDeployOnPublishTests.Source);
        }
        return _project;
    }

    public void Require(int step) =>
        Assert.True(CompletedSteps == step - 1, $"Step {step} builds on steps 1..{step - 1}, but only {CompletedSteps} passed; see the first failing step.");

    public void Passed(int step) => CompletedSteps = step;

    public async Task InitializeAsync()
    {
        Options.EventSourceMappings.SettleDelay = TimeSpan.FromMilliseconds(100);
        Plane = await LambdaControlPlane.StartAsync(Options);
    }

    public async Task DisposeAsync() => await Plane.DisposeAsync();
}

/// <summary>
/// `dotnet publish -p:LambdaDeploy=true` of a project with three <c>[LambdaEventSource]</c>s: the first deploy creates the three
/// mappings with the build's manifests as the request bodies, a second deploy makes no write call, changing one batch size sends one UpdateEventSourceMapping with only BatchSize, and
/// removing a source sends one DeleteEventSourceMapping. Each edit is a new assembly, so UpdateFunctionCode goes with it.
/// </summary>
[Collection(PackageCollection.Name)]
[TestCaseOrderer(StepOrderer.TypeName, StepOrderer.AssemblyName)]
public sealed class EventSourceMappingDeployOnPublishTests : IClassFixture<EventSourcesDeployment>
{
    private const string Function = "orders-events";
    private const string Queue = "arn:aws:sqs:us-east-1:123456789012:orders";
    private const string Stream = "arn:aws:kinesis:us-east-1:123456789012:stream/clicks";
    private const string Cluster = "arn:aws:kafka:us-east-1:123456789012:cluster/events/1a2b3c4d-5e6f-7a8b-9c0d-1e2f3a4b5c6d-1";

    internal const string KafkaSource = """
            [LambdaEventSource("arn:aws:kafka:us-east-1:123456789012:cluster/events/1a2b3c4d-5e6f-7a8b-9c0d-1e2f3a4b5c6d-1",
                Topics = new[] { "orders" }, StartingPosition = LambdaStartingPosition.TrimHorizon, ConsumerGroupId = "orders-fn")]

        """;

    internal const string Source = """
        using System.IO;
        using LambdaGen;

        public class Streams
        {
            [LambdaFunction(FunctionName = "orders-events", MemorySize = 256, Timeout = 30)]
            [LambdaEventSource("arn:aws:sqs:us-east-1:123456789012:orders",
                BatchSize = 100, MaximumBatchingWindowInSeconds = 5,
                FilterPatterns = new[] { "{\"body\":{\"type\":[\"order\"]}}" },
                ReportBatchItemFailures = true, MaximumConcurrency = 10)]
            [LambdaEventSource("arn:aws:kinesis:us-east-1:123456789012:stream/clicks",
                StartingPosition = LambdaStartingPosition.Latest, BatchSize = 500, ParallelizationFactor = 4,
                MaximumRetryAttempts = 3, BisectBatchOnFunctionError = true)]
        """ + KafkaSource + """
            public static Stream Handle(Stream input) => input;
        }
        """;

    private readonly PackageFixture _package;
    private readonly EventSourcesDeployment _deployment;
    private readonly ITestOutputHelper _log;

    public EventSourceMappingDeployOnPublishTests(PackageFixture package, EventSourcesDeployment deployment, ITestOutputHelper log)
    {
        _package = package;
        _deployment = deployment;
        _log = log;
    }

    private LambdaControlPlane Plane => _deployment.Plane;

    private UserProject Project => _deployment.Project(_package);

    private CommandResult Publish(params string[] extra)
    {
        Plane.ClearRequests();
        var result = LocalDeploy.Publish(Project, Plane, _deployment.Options, extra);
        _log.WriteLine(result.ToString());
        _log.WriteLine("requests:\n  " + string.Join("\n  ", Plane.Requests.Select(r => $"{r.Method} {r.Path}?{r.Query} -> {r.StatusCode} {r.Body}")));
        return result;
    }

    private static void Succeeded(CommandResult result) => Assert.True(result.ExitCode == 0, "The publish with deploy failed:\n" + result);

    private void EditSource(string from, string to)
    {
        var path = Path.Combine(Project.Directory, "Streams.cs");
        var source = File.ReadAllText(path);
        Assert.True(source.Contains(from, StringComparison.Ordinal), $"Streams.cs no longer contains:\n{from}");
        File.WriteAllText(path, source.Replace(from, to, StringComparison.Ordinal));
    }

    /// <summary>Every write but the code update, as "Operation status".</summary>
    private List<RecordedRequest> MappingWrites() =>
        Plane.Requests.Where(r => r.Method != "GET" && r.Operation.Contains("EventSourceMapping", StringComparison.Ordinal)).ToList();

    private List<string> OtherWrites() =>
        Plane.Requests.Where(r => r.Method != "GET" && !r.Operation.Contains("EventSourceMapping", StringComparison.Ordinal)).Select(r => r.Operation).ToList();

    private EventSourceMappingState MappingOf(string arn) => Plane.EventSourceMappings.Single(m => m.EventSourceArn == arn);

    private static JsonObject Parse(string json) => JsonNode.Parse(json)!.AsObject();

    /// <summary>The build's mapping manifests (<c>orders-events.esm.*.json</c>) by their EventSourceArn.</summary>
    private Dictionary<string, (string File, JsonObject Body)> Manifests() =>
        Directory.GetFiles(Project.ReleaseManifestDirectory, Function + ".esm.*.json")
            .Select(f => (File: f, Body: Parse(File.ReadAllText(f))))
            .ToDictionary(m => m.Body["EventSourceArn"]!.GetValue<string>(), m => m);

    [Fact, Step(1)]
    public void Step1_first_deploy_creates_each_mapping_with_its_manifest_unchanged()
    {
        _deployment.Require(1);

        var result = Publish();

        Succeeded(result);
        Assert.Equal(["CreateFunction"], OtherWrites());
        var creates = MappingWrites();
        Assert.Equal(3, creates.Count);
        Assert.All(creates, r => Assert.Equal(("CreateEventSourceMapping", 202), (r.Operation, r.StatusCode)));
        var manifests = Manifests();
        Assert.Equal([Cluster, Stream, Queue], manifests.Keys.Order(StringComparer.Ordinal));
        var functions = Parse(File.ReadAllText(Path.Combine(Project.ReleaseManifestDirectory, "functions.json")));
        var listed = functions["Functions"]!.AsArray().Single(f => (string?)f!["FunctionName"] == Function)!["Operations"]!.AsArray()
            .Where(o => (string?)o!["Operation"] == "CreateEventSourceMapping").ToList();
        Assert.Equal(manifests.Keys.Order(StringComparer.Ordinal), listed.Select(o => (string)o!["EventSourceArn"]!).Order(StringComparer.Ordinal));

        foreach (var request in creates)
        {
            var sent = Parse(request.Body);
            var (file, manifest) = manifests[(string)sent["EventSourceArn"]!];
            Assert.True(JsonNode.DeepEquals(manifest, sent), $"{Path.GetFileName(file)} was not sent unchanged:\nmanifest: {manifest.ToJsonString()}\nsent:     {request.Body}");
        }
        Assert.All(Plane.EventSourceMappings, m => Assert.Equal(("Enabled", Function), (m.State, m.FunctionName)));
        Assert.Equal(100, (int)Parse(MappingOf(Queue).Json)["BatchSize"]!);

        _deployment.Passed(1);
    }

    [Fact, Step(2)]
    public void Step2_second_deploy_makes_no_write_call()
    {
        _deployment.Require(2);
        var before = Plane.EventSourceMappings.Select(m => m.Json).ToList();

        var result = Publish("--no-restore");

        Succeeded(result);
        Assert.Contains(Plane.Requests, r => r.Operation == "ListEventSourceMappings");
        var writes = Plane.Requests.Where(r => r.Method != "GET").ToList();
        Assert.True(writes.Count == 0, "The second deploy wrote:\n  " + string.Join("\n  ", writes.Select(w => $"{w.Operation} {w.Body}")));
        Assert.Equal(before, Plane.EventSourceMappings.Select(m => m.Json).ToList());
        _deployment.Passed(2);
    }

    [Fact, Step(3)]
    public void Step3_changing_one_batch_size_sends_one_update_with_only_BatchSize()
    {
        _deployment.Require(3);
        var uuid = MappingOf(Stream).Uuid;
        EditSource("BatchSize = 500", "BatchSize = 200");

        var result = Publish("--no-restore");

        Succeeded(result);
        Assert.Equal(["UpdateFunctionCode"], OtherWrites()); // the attribute is in the assembly: new code
        var update = Assert.Single(MappingWrites());
        Assert.Equal(("UpdateEventSourceMapping", "PUT", $"/2015-03-31/event-source-mappings/{uuid}", 202), (update.Operation, update.Method, update.Path, update.StatusCode));
        Assert.Equal("""{"BatchSize":200}""", update.Body);
        Assert.Equal(200, (int)Parse(MappingOf(Stream).Json)["BatchSize"]!);
        Assert.Equal("Enabled", MappingOf(Stream).State);
        Assert.Equal(200, (int)Manifests()[Stream].Body["BatchSize"]!);
        _deployment.Passed(3);
    }

    [Fact, Step(4)]
    public void Step4_removing_a_source_sends_one_delete()
    {
        _deployment.Require(4);
        var uuid = MappingOf(Cluster).Uuid;
        var stale = Manifests()[Cluster].File;
        EditSource(KafkaSource, "");

        var result = Publish("--no-restore");

        Succeeded(result);
        Assert.Equal(["UpdateFunctionCode"], OtherWrites());
        var delete = Assert.Single(MappingWrites());
        Assert.Equal(("DeleteEventSourceMapping", $"/2015-03-31/event-source-mappings/{uuid}", 202), (delete.Operation, delete.Path, delete.StatusCode));
        Assert.DoesNotContain(Plane.EventSourceMappings, m => m.Uuid == uuid);
        Assert.Equal([Stream, Queue], Plane.EventSourceMappings.Select(m => m.EventSourceArn!).Order(StringComparer.Ordinal));
        Assert.False(File.Exists(stale), $"The stale manifest {Path.GetFileName(stale)} was not removed.");
        _deployment.Passed(4);
    }
}
