using System.Text.Json;
using System.Text.Json.Nodes;
using LambdaGen.Deploy.Tests.Support;

namespace LambdaGen.Deploy.Tests;

/// <summary>
/// Event source mappings through the real engine and the control plane, with hand-written manifests in the build's form
/// (<c>orders.esm.&lt;source&gt;.json</c>, listed with their EventSourceArn): create, no-op, update of only what differs, reset of
/// what is no longer declared, delete of a source no longer declared, dry run, waiting out ResourceInUseException, and the
/// failures (a value the service refuses, a create-only member changed).
/// </summary>
public sealed class EventSourceMappingDeployTests
{
    private const string Esm = DeployScenario.EventSourceMappingOperation;
    private const string QueueArn = "arn:aws:sqs:us-east-1:123456789012:orders";
    private const string StreamArn = "arn:aws:kinesis:us-east-1:123456789012:stream/clicks";

    private static string Sqs(int batchSize = 100) =>
        $$$"""{"EventSourceArn":"{{{QueueArn}}}","BatchSize":{{{batchSize}}},"MaximumBatchingWindowInSeconds":5,"FilterCriteria":{"Filters":[{"Pattern":"{\"body\":{\"type\":[\"order\"]}}"}]},"FunctionResponseTypes":["ReportBatchItemFailures"],"ScalingConfig":{"MaximumConcurrency":10}}""";

    private static string Kinesis(string extra = "") =>
        $$$"""{"EventSourceArn":"{{{StreamArn}}}","StartingPosition":"LATEST","BatchSize":500,"ParallelizationFactor":4,"MaximumRetryAttempts":3{{{extra}}}}""";

    private const string Kafka = """{"SelfManagedEventSource":{"Endpoints":{"KAFKA_BOOTSTRAP_SERVERS":["b1.example.com:9092","b2.example.com:9092"]}},"Topics":["orders"],"StartingPosition":"TRIM_HORIZON","SelfManagedKafkaEventSourceConfig":{"ConsumerGroupId":"orders-fn"}}""";

    private static (string, string?, string)[] Sources(string? sqs = null, string? kinesis = null) =>
    [
        (Esm, "orders", sqs ?? Sqs()),
        (Esm, "clicks", kinesis ?? Kinesis()),
        (Esm, "kafka-orders", Kafka),
    ];

    private static async Task<DeployScenario> Deployed(Action<ControlPlane.LambdaControlPlaneOptions>? configure = null)
    {
        var s = await DeployScenario.StartAsync(o =>
        {
            o.EventSourceMappings.SettleAfterReads = 2;
            configure?.Invoke(o);
        });
        s.AddFunction("orders");
        s.SetOperations("orders", Sources());
        var (result, log) = await s.RunAsync();
        Assert.True(result.ExitCode == 0, log.Text);
        return s;
    }

    private static string Json(string function, string manifest)
    {
        var body = new JsonObject { ["FunctionName"] = function };
        foreach (var (k, v) in JsonNode.Parse(manifest)!.AsObject())
        {
            body[k] = v?.DeepClone();
        }
        return body.ToJsonString();
    }

    private static JsonElement Mapping(DeployScenario s, string? arn) =>
        JsonDocument.Parse(s.Plane.EventSourceMappings.Single(m => m.EventSourceArn == arn).Json).RootElement;

    [Fact]
    public async Task The_first_deploy_creates_every_mapping_with_its_manifest_as_the_body_and_waits_until_each_is_Enabled()
    {
        await using var s = await DeployScenario.StartAsync(o => o.EventSourceMappings.SettleAfterReads = 3);
        s.AddFunction("orders");
        s.SetOperations("orders", Sources());

        var (result, log) = await s.RunAsync();

        Assert.True(result.ExitCode == 0, log.Text);
        Assert.Equal(FunctionResult.Created, Assert.Single(result.Functions).Action);
        var writes = s.Writes();
        Assert.Equal(["CreateFunction", Esm, Esm, Esm], writes.Select(w => w.Operation));
        // The manifest files as written, member for member (the deploy's encoder writes a quote as \" where the file has \u0022).
        string[] files = ["orders.esm.orders.json", "orders.esm.clicks.json", "orders.esm.kafka-orders.json"];
        Assert.All(files.Zip(writes.Skip(1)), p => Assert.True(
            JsonNode.DeepEquals(JsonNode.Parse(File.ReadAllText(Path.Combine(s.ManifestsDir, p.First))), JsonNode.Parse(p.Second.Body)), p.Second.Body));
        Assert.Equal(JsonNode.Parse(Json("orders", Sqs()))!.ToJsonString(), JsonNode.Parse(writes[1].Body)!.ToJsonString());
        Assert.All(writes.Skip(1), w => Assert.Equal(("POST", "/2015-03-31/event-source-mappings/"), (w.Method, w.Path)));
        Assert.All(s.Plane.EventSourceMappings, m => Assert.Equal("Enabled", m.State));
        Assert.Equal(3, s.Plane.EventSourceMappings.Count);
        // Each create is followed by GetEventSourceMapping polls until the third read shows Enabled.
        Assert.Equal(9, s.Operations().Count(o => o == "GetEventSourceMapping"));
        Assert.DoesNotContain("ListEventSourceMappings", s.Operations()); // a new function has no mappings to read
        Assert.Contains(log.Lines, l => l.Contains($"orders: creating the event source mapping for {QueueArn} (orders.esm.orders.json)", StringComparison.Ordinal));
        Assert.Contains(log.Lines, l => l.Contains("for self-managed Kafka topic orders on b1.example.com:9092,b2.example.com:9092 is Enabled", StringComparison.Ordinal));
        Assert.Contains(log.Lines, l => l.Contains("esm:sqs:orders,esm:kinesis:clicks,esm:kafka:orders", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_second_deploy_lists_the_mappings_and_makes_no_write_call()
    {
        await using var s = await Deployed();

        var (again, log) = await s.RunAsync();

        Assert.True(again.ExitCode == 0, log.Text);
        Assert.Equal(FunctionResult.NoChange, Assert.Single(again.Functions).Action);
        Assert.Empty(s.Writes());
        Assert.Equal(1, s.Operations().Count(o => o == "ListEventSourceMappings"));
        Assert.Contains("FunctionName=orders", s.Plane.Requests.Single(r => r.Operation == "ListEventSourceMappings").Query, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Changing_the_batch_size_sends_one_update_with_only_BatchSize()
    {
        await using var s = await Deployed();
        string uuid = s.Plane.EventSourceMappings.Single(m => m.EventSourceArn == QueueArn).Uuid;
        s.SetOperations("orders", Sources(sqs: Sqs(batchSize: 50)));

        var (run, log) = await s.RunAsync();

        Assert.True(run.ExitCode == 0, log.Text);
        Assert.Equal(FunctionResult.Updated, Assert.Single(run.Functions).Action);
        var write = Assert.Single(s.Writes());
        Assert.Equal(("UpdateEventSourceMapping", "PUT", $"/2015-03-31/event-source-mappings/{uuid}", """{"BatchSize":50}"""), (write.Operation, write.Method, write.Path, write.Body));
        Assert.Equal(50, Mapping(s, QueueArn).GetProperty("BatchSize").GetInt32());
        Assert.Equal("Enabled", Mapping(s, QueueArn).GetProperty("State").GetString());
        Assert.Contains(log.Lines, l => l.Contains($"updating the event source mapping {uuid} for {QueueArn}: BatchSize: 100 -> 50", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Removing_a_source_deletes_its_mapping_and_waits_until_it_is_gone()
    {
        await using var s = await Deployed();
        string uuid = s.Plane.EventSourceMappings.Single(m => m.EventSourceArn == StreamArn).Uuid;
        s.SetOperations("orders", (Esm, "orders", Sqs()), (Esm, "kafka-orders", Kafka));

        var (run, log) = await s.RunAsync();

        Assert.True(run.ExitCode == 0, log.Text);
        var write = Assert.Single(s.Writes());
        Assert.Equal(("DeleteEventSourceMapping", $"/2015-03-31/event-source-mappings/{uuid}"), (write.Operation, write.Path));
        Assert.DoesNotContain(s.Plane.EventSourceMappings, m => m.Uuid == uuid);
        Assert.Equal(2, s.Plane.EventSourceMappings.Count);
        Assert.Contains(log.Lines, l => l.Contains($"deleting the event source mapping {uuid} for {StreamArn} (no [LambdaEventSource] for it any more)", StringComparison.Ordinal));
        Assert.Contains(log.Lines, l => l.Contains("-esm:kinesis:clicks", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_setting_no_longer_declared_goes_back_to_the_service_default()
    {
        await using var s = await Deployed();
        s.SetOperations("orders",
            (Esm, "orders", $$$"""{"EventSourceArn":"{{{QueueArn}}}","BatchSize":100,"MaximumBatchingWindowInSeconds":5}"""),
            (Esm, "clicks", $$$"""{"EventSourceArn":"{{{StreamArn}}}","StartingPosition":"LATEST","BatchSize":500}"""),
            (Esm, "kafka-orders", Kafka));

        var (run, log) = await s.RunAsync();

        Assert.True(run.ExitCode == 0, log.Text);
        var writes = s.Writes();
        Assert.Equal(["UpdateEventSourceMapping", "UpdateEventSourceMapping"], writes.Select(w => w.Operation));
        Assert.Equal("""{"FilterCriteria":{"Filters":[]},"ScalingConfig":{},"FunctionResponseTypes":[]}""", writes[0].Body);
        Assert.Equal("""{"ParallelizationFactor":1,"MaximumRetryAttempts":-1}""", writes[1].Body);
        Assert.False(Mapping(s, QueueArn).TryGetProperty("FilterCriteria", out _));
        Assert.Equal(-1, Mapping(s, StreamArn).GetProperty("MaximumRetryAttempts").GetInt32());
        Assert.Contains(log.Lines, l => l.Contains("MaximumRetryAttempts: 3 -> -1 (not in the manifest: reset to the service default)", StringComparison.Ordinal));

        var (again, _) = await s.RunAsync();
        Assert.Equal(FunctionResult.NoChange, Assert.Single(again.Functions).Action);
        Assert.Empty(s.Writes());
    }

    [Fact]
    public async Task Enabled_false_disables_the_mapping_through_Disabling()
    {
        await using var s = await Deployed();
        s.SetOperations("orders", Sources(kinesis: Kinesis(",\"Enabled\":false")));

        var (run, log) = await s.RunAsync();

        Assert.True(run.ExitCode == 0, log.Text);
        Assert.Equal("""{"Enabled":false}""", Assert.Single(s.Writes()).Body);
        Assert.Equal("Disabled", s.Plane.EventSourceMappings.Single(m => m.EventSourceArn == StreamArn).State);
        Assert.Contains(log.Lines, l => l.Contains("Enabled: true -> false", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_dry_run_prints_the_plan_and_only_reads()
    {
        await using var s = await Deployed();
        s.SetOperations("orders", (Esm, "orders", Sqs(batchSize: 20)), (Esm, "kafka-orders", Kafka),
            (Esm, "other", """{"EventSourceArn":"arn:aws:sqs:us-east-1:123456789012:other"}"""));

        var (run, log) = await s.RunAsync(s.Options(dryRun: true));

        Assert.True(run.ExitCode == 0, log.Text);
        Assert.Equal(FunctionResult.WouldUpdate, Assert.Single(run.Functions).Action);
        Assert.Empty(s.Writes());
        Assert.Contains(log.Lines, l => l.Contains("plan: updating the event source mapping", StringComparison.Ordinal) && l.Contains("BatchSize: 100 -> 20", StringComparison.Ordinal));
        Assert.Contains(log.Lines, l => l.Contains("plan: creating the event source mapping for arn:aws:sqs:us-east-1:123456789012:other (orders.esm.other.json)", StringComparison.Ordinal));
        Assert.Contains(log.Lines, l => l.Contains($"plan: deleting the event source mapping", StringComparison.Ordinal) && l.Contains(StreamArn, StringComparison.Ordinal));
        Assert.Equal(3, s.Plane.EventSourceMappings.Count);
    }

    [Fact]
    public async Task ResourceInUseException_waits_for_the_mapping_state_and_calls_again_instead_of_a_409_retry()
    {
        await using var s = await Deployed();
        s.SetOperations("orders", Sources(sqs: Sqs(batchSize: 50)));
        s.Plane.Faults.Error("UpdateEventSourceMapping", 2, 400, "ResourceInUseException", "The event source mapping is currently in the following state: Updating");

        var (run, log) = await s.RunAsync();

        Assert.True(run.ExitCode == 0, log.Text);
        var ops = s.Operations().Where(o => o is "UpdateEventSourceMapping" or "GetEventSourceMapping").ToList();
        Assert.Equal(["UpdateEventSourceMapping", "GetEventSourceMapping", "UpdateEventSourceMapping", "GetEventSourceMapping", "UpdateEventSourceMapping"], ops.Take(5));
        Assert.Equal(2, log.Lines.Count(l => l.Contains("UpdateEventSourceMapping: event source mapping", StringComparison.Ordinal) && l.Contains("is in use", StringComparison.Ordinal)));
        Assert.DoesNotContain(log.Lines, l => l.Contains("blocked by an update in progress", StringComparison.Ordinal));
        Assert.Equal(50, Mapping(s, QueueArn).GetProperty("BatchSize").GetInt32());
    }

    [Fact]
    public async Task A_mapping_that_is_still_settling_is_waited_for_before_it_is_compared()
    {
        await using var s = await Deployed();
        s.SetOperations("orders", Sources(sqs: Sqs(batchSize: 50)));
        // Someone else updates the queue's mapping just before the deploy: it is Updating when listed.
        string uuid = s.Plane.EventSourceMappings.Single(m => m.EventSourceArn == QueueArn).Uuid;
        s.Plane.BeginEventSourceMappingUpdate(uuid, """{"BatchSize":30}""");

        var (run, log) = await s.RunAsync();

        Assert.True(run.ExitCode == 0, log.Text);
        Assert.Contains(log.Lines, l => l.Contains($"event source mapping {uuid} is Updating; waiting for it to settle before comparing", StringComparison.Ordinal));
        Assert.Equal("""{"BatchSize":50}""", Assert.Single(s.Writes()).Body);
        Assert.Contains(log.Lines, l => l.Contains("BatchSize: 30 -> 50", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_mapping_being_deleted_is_waited_out_and_its_source_created_anew()
    {
        await using var s = await Deployed();
        string uuid = s.Plane.EventSourceMappings.Single(m => m.EventSourceArn == QueueArn).Uuid;
        s.Plane.BeginEventSourceMappingDelete(uuid);

        var (run, log) = await s.RunAsync();

        Assert.True(run.ExitCode == 0, log.Text);
        Assert.Contains(log.Lines, l => l.Contains($"event source mapping {uuid} is Deleting; waiting for it to be deleted before comparing", StringComparison.Ordinal));
        var write = Assert.Single(s.Writes());
        Assert.Equal(Esm, write.Operation);
        var queue = s.Plane.EventSourceMappings.Single(m => m.EventSourceArn == QueueArn);
        Assert.NotEqual(uuid, queue.Uuid);
        Assert.Equal("Enabled", queue.State);
    }

    [Fact]
    public async Task A_call_the_service_refuses_fails_that_mapping_with_its_file_and_the_others_are_still_created()
    {
        await using var s = await DeployScenario.StartAsync();
        s.AddFunction("orders");
        s.SetOperations("orders", (Esm, "orders", Sqs()), (Esm, "clicks", Kinesis()));
        // What no build can check: the role may not read the queue (the service's wording).
        s.Plane.Faults.Error(Esm, 1, 400, "InvalidParameterValueException", "The provided execution role does not have permissions to call ReceiveMessage on SQS");

        var (run, log) = await s.RunAsync();

        Assert.NotEqual(0, run.ExitCode);
        var function = Assert.Single(run.Functions);
        Assert.Equal(FunctionResult.Failed, function.Action);
        Assert.Contains("CreateEventSourceMapping failed: InvalidParameterValueException: The provided execution role does not have permissions to call ReceiveMessage on SQS (the request from orders.esm.orders.json; the mapping was not created)", function.Error, StringComparison.Ordinal);
        Assert.Contains("(the rest of the function is deployed)", function.Error, StringComparison.Ordinal);
        Assert.Equal(StreamArn, Assert.Single(s.Plane.EventSourceMappings).EventSourceArn);
    }

    [Fact]
    public async Task A_value_the_rules_refuse_stops_the_function_before_any_call_and_names_the_mapping_manifest()
    {
        await using var s = await DeployScenario.StartAsync();
        s.AddFunction("orders");
        // An SQS batch over 10 records needs a batching window: the deploy's re-check runs the build's rules on the manifest.
        s.SetOperations("orders", (Esm, "orders", $$$"""{"EventSourceArn":"{{{QueueArn}}}","BatchSize":100}"""), (Esm, "clicks", Kinesis()));

        var (run, log) = await s.RunAsync();

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains(log.Errors, e => e.Contains("orders.esm.orders.json : error LG", StringComparison.Ordinal) && e.Contains("MaximumBatchingWindowInSeconds", StringComparison.Ordinal));
        Assert.Empty(s.Writes());
        Assert.Empty(s.Plane.EventSourceMappings);
    }

    [Fact]
    public async Task A_changed_starting_position_is_create_only_and_changes_nothing_on_that_mapping()
    {
        await using var s = await Deployed();
        string uuid = s.Plane.EventSourceMappings.Single(m => m.EventSourceArn == StreamArn).Uuid;
        s.SetOperations("orders", Sources(kinesis: $$$"""{"EventSourceArn":"{{{StreamArn}}}","StartingPosition":"TRIM_HORIZON","BatchSize":200,"ParallelizationFactor":4,"MaximumRetryAttempts":3}"""));

        var (run, log) = await s.RunAsync();

        var function = Assert.Single(run.Functions);
        Assert.Equal(FunctionResult.Failed, function.Action);
        Assert.Contains($"StartingPosition is \"TRIM_HORIZON\" in orders.esm.clicks.json but the deployed mapping has \"LATEST\". Lambda sets StartingPosition only when it creates a mapping, so the deploy changed nothing on mapping {uuid}", function.Error, StringComparison.Ordinal);
        Assert.Contains($"aws lambda delete-event-source-mapping --uuid {uuid}", function.Error, StringComparison.Ordinal);
        var error = Assert.Single(log.Errors, e => !e.Contains("LGD051", StringComparison.Ordinal)); // LGD051: the run's summary
        Assert.Contains("orders.esm.clicks.json : error LGD043: orders: StartingPosition is \"TRIM_HORIZON\"", error, StringComparison.Ordinal);
        Assert.Empty(s.Writes());
        Assert.Equal(500, Mapping(s, StreamArn).GetProperty("BatchSize").GetInt32());
    }

    [Fact]
    public async Task Mappings_of_another_function_are_left_alone()
    {
        await using var s = await Deployed();
        s.Plane.SeedFunction("other");
        s.Plane.SeedEventSourceMapping($$$"""{"FunctionName":"other","EventSourceArn":"{{{QueueArn}}}"}""");

        var (run, log) = await s.RunAsync();

        Assert.True(run.ExitCode == 0, log.Text);
        Assert.Empty(s.Writes());
        Assert.Equal(4, s.Plane.EventSourceMappings.Count);
    }
}
