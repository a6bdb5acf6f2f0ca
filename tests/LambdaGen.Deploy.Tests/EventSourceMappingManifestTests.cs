using System.Text.Json.Nodes;
using LambdaGen.Deploy.Manifests;
using LambdaGen.Deploy.Tests.Support;

namespace LambdaGen.Deploy.Tests;

/// <summary>Reading the event source mapping entries of functions.json: the EventSourceArn of the entry, the manifest's source,
/// the self-managed Kafka identity, one mapping per source, and the short labels of the plan.</summary>
public sealed class EventSourceMappingManifestTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private string Write(string entryArn, params (string File, string Json)[] manifests)
    {
        File.WriteAllText(Path.Combine(_dir.Path, "fn.json"), """{"FunctionName":"fn","Runtime":"dotnet8","Handler":"A::B::C","Role":"arn:aws:iam::123456789012:role/r"}""");
        var ops = new JsonArray();
        foreach (var (file, json) in manifests)
        {
            File.WriteAllText(Path.Combine(_dir.Path, file), json);
            ops.Add(new JsonObject { ["Operation"] = "CreateEventSourceMapping", ["EventSourceArn"] = entryArn, ["Manifest"] = file });
        }
        File.WriteAllText(Path.Combine(_dir.Path, "functions.json"),
            new JsonObject { ["Functions"] = new JsonArray(new JsonObject { ["FunctionName"] = "fn", ["Manifest"] = "fn.json", ["Operations"] = ops }) }.ToJsonString());
        return _dir.Path;
    }

    [Fact]
    public void An_entry_is_read_with_its_source_as_the_mapping_key()
    {
        var dir = Write("arn:aws:sqs:us-east-1:123456789012:orders", ("fn.esm.orders.json", """{"FunctionName":"fn","EventSourceArn":"arn:aws:sqs:us-east-1:123456789012:orders","BatchSize":5}"""));

        var op = Assert.Single(Assert.Single(ManifestLoader.Load(dir)).Operations);

        Assert.Equal(("CreateEventSourceMapping", "arn:aws:sqs:us-east-1:123456789012:orders", "fn.esm.orders.json"), (op.Operation, op.MappingKey, op.FileName));
    }

    [Fact]
    public void A_self_managed_Kafka_mapping_is_keyed_by_its_sorted_servers_and_topic()
    {
        var dir = Write("", ("fn.esm.kafka.json", """{"FunctionName":"fn","SelfManagedEventSource":{"Endpoints":{"KAFKA_BOOTSTRAP_SERVERS":["b2:9092","b1:9092"]}},"Topics":["t"]}"""));

        var op = Assert.Single(Assert.Single(ManifestLoader.Load(dir)).Operations);

        Assert.Equal("kafka://b1:9092,b2:9092/t", op.MappingKey);
        Assert.Equal("self-managed Kafka topic t on b1:9092,b2:9092", EventSourceMappingManifest.Describe(op.MappingKey!));
        Assert.Equal("kafka:t", EventSourceMappingManifest.Label(op.MappingKey!));
    }

    [Fact]
    public void An_entry_without_EventSourceArn_is_LGD011()
    {
        var dir = Write("x", ("fn.esm.q.json", """{"FunctionName":"fn","EventSourceArn":"x"}"""));
        File.WriteAllText(Path.Combine(dir, "functions.json"), File.ReadAllText(Path.Combine(dir, "functions.json")).Replace(",\"EventSourceArn\":\"x\"", "", StringComparison.Ordinal));

        var e = Assert.Throws<DeployException>(() => ManifestLoader.Load(dir));

        Assert.Equal("LGD011", e.Code);
        Assert.Contains("needs an EventSourceArn (empty for self-managed Kafka)", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_manifest_for_another_source_than_its_entry_is_LGD013()
    {
        var dir = Write("arn:aws:sqs:us-east-1:123456789012:a", ("fn.esm.a.json", """{"FunctionName":"fn","EventSourceArn":"arn:aws:sqs:us-east-1:123456789012:b"}"""));

        var e = Assert.Throws<DeployException>(() => ManifestLoader.Load(dir));

        Assert.Equal("LGD013", e.Code);
        Assert.Equal("EventSourceArn 'arn:aws:sqs:us-east-1:123456789012:b' in the CreateEventSourceMapping manifest does not match 'arn:aws:sqs:us-east-1:123456789012:a' for function 'fn' in functions.json; rebuild the project.", e.Message);
        Assert.EndsWith("fn.esm.a.json", e.File, StringComparison.Ordinal);
    }

    [Fact]
    public void Self_managed_Kafka_without_a_topic_is_LGD011()
    {
        var dir = Write("", ("fn.esm.k.json", """{"FunctionName":"fn","SelfManagedEventSource":{"Endpoints":{"KAFKA_BOOTSTRAP_SERVERS":["b1:9092"]}}}"""));

        var e = Assert.Throws<DeployException>(() => ManifestLoader.Load(dir));

        Assert.Equal("LGD011", e.Code);
        Assert.Contains("SelfManagedEventSource.Endpoints.KAFKA_BOOTSTRAP_SERVERS (host:port, 1 to 10) and Topics (exactly one) are required", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_manifests_for_one_source_are_LGD014()
    {
        const string Arn = "arn:aws:sqs:us-east-1:123456789012:a";
        var dir = Write(Arn, ("fn.esm.a.json", $$"""{"FunctionName":"fn","EventSourceArn":"{{Arn}}"}"""), ("fn.esm.a2.json", $$"""{"FunctionName":"fn","EventSourceArn":"{{Arn}}","BatchSize":2}"""));

        var e = Assert.Throws<DeployException>(() => ManifestLoader.Load(dir));

        Assert.Equal("LGD014", e.Code);
        Assert.Contains($"two CreateEventSourceMapping manifests for the event source {Arn}", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("arn:aws:sqs:us-east-1:123456789012:orders.fifo", "sqs:orders.fifo")]
    [InlineData("arn:aws:kinesis:us-east-1:123456789012:stream/clicks", "kinesis:clicks")]
    [InlineData("arn:aws:dynamodb:us-east-1:123456789012:table/orders/stream/2026-01-01T00:00:00.000", "dynamodb:orders")]
    [InlineData("arn:aws:kafka:us-east-1:123456789012:cluster/events/1a2b", "kafka:events")]
    [InlineData("arn:aws:mq:us-east-1:123456789012:broker:b1:b-1234", "mq:b1")]
    [InlineData("arn:aws:rds:us-east-1:123456789012:cluster:docs", "rds:docs")]
    public void The_plan_labels_a_source_by_service_and_name(string arn, string label) =>
        Assert.Equal(label, EventSourceMappingManifest.Label(arn));
}

/// <summary>The deploy's re-check of mapping manifests (ManifestCheck over the field-table rows of CreateEventSourceMapping).</summary>
public sealed class EventSourceMappingManifestCheckTests
{
    private const string Function = """{"FunctionName":"fn","Runtime":"dotnet10","Handler":"App::App.F::H","Role":"arn:aws:iam::123456789012:role/r","PackageType":"Zip"}""";

    private static OperationManifest Esm(string file, string json)
    {
        var body = JsonNode.Parse(json)!.AsObject();
        return new OperationManifest(EventSourceMappingManifest.Operation, null, "/out/lambda/" + file, body) { MappingKey = EventSourceMappingManifest.KeyOf(body) };
    }

    private static IReadOnlyList<ManifestProblem> Check(params OperationManifest[] operations) =>
        ManifestCheck.Check(new FunctionManifest("/out/lambda/fn.json", JsonNode.Parse(Function)!.AsObject()) { Operations = operations }, null);

    [Fact]
    public void Manifests_in_the_builds_form_read_back_without_problems()
    {
        var problems = Check(
            Esm("fn.esm.orders.json", """{"FunctionName":"fn","EventSourceArn":"arn:aws:sqs:us-east-1:123456789012:orders","BatchSize":100,"MaximumBatchingWindowInSeconds":5,"FilterCriteria":{"Filters":[{"Pattern":"{\"a\":[1]}"}]},"FunctionResponseTypes":["ReportBatchItemFailures"],"ScalingConfig":{"MaximumConcurrency":10}}"""),
            Esm("fn.esm.kafka.json", """{"FunctionName":"fn","SelfManagedEventSource":{"Endpoints":{"KAFKA_BOOTSTRAP_SERVERS":["b1:9092"]}},"Topics":["orders"],"StartingPosition":"LATEST","SourceAccessConfigurations":[{"Type":"VPC_SUBNET","URI":"subnet:subnet-1"}]}"""));

        Assert.Empty(problems);
    }

    [Fact]
    public void A_value_out_of_range_is_reported_in_the_manifest_of_its_own_mapping()
    {
        var first = Esm("fn.esm.a.json", """{"FunctionName":"fn","EventSourceArn":"arn:aws:sqs:us-east-1:123456789012:a","BatchSize":5}""");
        var second = Esm("fn.esm.b.json", """{"FunctionName":"fn","EventSourceArn":"arn:aws:sqs:us-east-1:123456789012:b","BatchSize":0}""");

        var problem = Assert.Single(Check(first, second), p => p.IsError);

        Assert.Equal("LG0117", problem.Code);
        Assert.Equal(second.ManifestPath, problem.File);
    }

    [Theory]
    [InlineData("""{"FunctionName":"fn","EventSourceArn":"arn:aws:sqs:us-east-1:123456789012:a","FunctionResponseTypes":["Other"]}""", "FunctionResponseTypes is [\"Other\"]; it must be [] or [\"ReportBatchItemFailures\"]")]
    [InlineData("""{"FunctionName":"fn","EventSourceArn":"arn:aws:sqs:us-east-1:123456789012:a","FilterCriteria":{"Filters":["{}"]}}""", "FilterCriteria.Filters is \"{}\"; it must be an array of {\"Pattern\": string}")]
    public void An_item_in_the_wrong_shape_is_LGD016(string json, string message)
    {
        // A bad item reads as a null item, which the rules report too (LG0113); the shape error says what was found.
        var problem = Assert.Single(Check(Esm("fn.esm.a.json", json)), p => p.Code == "LGD016");

        Assert.True(problem.IsError);
        Assert.StartsWith(message, problem.Message, StringComparison.Ordinal);
    }
}
