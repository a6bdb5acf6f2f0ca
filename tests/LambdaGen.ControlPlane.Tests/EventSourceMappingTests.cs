using System.Net;
using System.Text.Json;

namespace LambdaGen.ControlPlane.Tests;

/// <summary>
/// The five event source mapping operations over raw signed HTTP: response shapes, the state machine (advanced here by reads,
/// so nothing depends on timing), the 400 ResourceInUseException of an unsettled mapping, the 409 of a duplicate, list filters
/// and paging, and the source rules.
/// </summary>
public sealed class EventSourceMappingTests : IAsyncLifetime
{
    private const string Queue = "arn:aws:sqs:us-east-1:123456789012:orders";
    private const string Stream = "arn:aws:kinesis:us-east-1:123456789012:stream/clicks";

    private readonly LambdaControlPlaneOptions _options = new();
    private LambdaControlPlane _plane = null!;
    private LambdaHttp _http = null!;

    public async Task InitializeAsync()
    {
        // Each transition ends on the second read: the first Get still shows it.
        _options.EventSourceMappings.SettleAfterReads = 2;
        _plane = await LambdaControlPlane.StartAsync(_options);
        _http = new LambdaHttp(_plane, _options);
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _plane.DisposeAsync();
    }

    private Task<LambdaResponse> Create(string json) => _http.SendAsync(HttpMethod.Post, "2015-03-31/event-source-mappings/", json);

    private Task<LambdaResponse> Get(string uuid) => _http.SendAsync(HttpMethod.Get, $"2015-03-31/event-source-mappings/{uuid}");

    private Task<LambdaResponse> Update(string uuid, string json) => _http.SendAsync(HttpMethod.Put, $"2015-03-31/event-source-mappings/{uuid}", json);

    private Task<LambdaResponse> Delete(string uuid) => _http.SendAsync(HttpMethod.Delete, $"2015-03-31/event-source-mappings/{uuid}");

    private Task<LambdaResponse> List(string query = "") => _http.SendAsync(HttpMethod.Get, "2015-03-31/event-source-mappings/" + query);

    private static string Uuid(LambdaResponse r) => r.Json.GetProperty("UUID").GetString()!;

    private async Task<string> Settled(string json)
    {
        var uuid = Uuid(await Create(json));
        await Get(uuid);
        Assert.NotEqual("Creating", (await Get(uuid)).Json.GetProperty("State").GetString());
        return uuid;
    }

    [Fact]
    public async Task Create_answers_202_Creating_with_the_service_defaults_and_settles_to_Enabled()
    {
        _plane.SeedFunction("esm-sqs");
        var before = DateTimeOffset.UtcNow.ToUnixTimeSeconds();

        var r = await Create($$$"""{"FunctionName":"esm-sqs","EventSourceArn":"{{{Queue}}}","FilterCriteria":{"Filters":[{"Pattern":"{\"body\":{\"type\":[\"order\"]}}"}]}}""");

        Assert.Equal(HttpStatusCode.Accepted, r.Status);
        var c = r.Json;
        Assert.Matches("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$", c.GetProperty("UUID").GetString());
        Assert.Equal("Creating", c.GetProperty("State").GetString());
        Assert.Equal("USER_INITIATED", c.GetProperty("StateTransitionReason").GetString());
        Assert.Equal(10, c.GetProperty("BatchSize").GetInt32());
        Assert.Equal(0, c.GetProperty("MaximumBatchingWindowInSeconds").GetInt32());
        Assert.Equal(Queue, c.GetProperty("EventSourceArn").GetString());
        Assert.Equal(Bodies.Arn("esm-sqs"), c.GetProperty("FunctionArn").GetString());
        Assert.Equal(JsonValueKind.Number, c.GetProperty("LastModified").ValueKind);
        Assert.InRange(c.GetProperty("LastModified").GetDouble(), before - 1, before + 60);
        Assert.Equal($"arn:aws:lambda:us-east-1:123456789012:event-source-mapping:{Uuid(r)}", c.GetProperty("EventSourceMappingArn").GetString());
        Assert.Equal("{\"body\":{\"type\":[\"order\"]}}", c.GetProperty("FilterCriteria").GetProperty("Filters")[0].GetProperty("Pattern").GetString());
        Assert.False(c.TryGetProperty("StartingPosition", out _));

        Assert.Equal("Creating", (await Get(Uuid(r))).Json.GetProperty("State").GetString());
        Assert.Equal("Enabled", (await Get(Uuid(r))).Json.GetProperty("State").GetString());
        Assert.Equal("Enabled", _plane.EventSourceMappings.Single(m => m.Uuid == Uuid(r)).State);
    }

    [Fact]
    public async Task A_stream_mapping_reports_the_stream_defaults_and_Enabled_false_settles_to_Disabled()
    {
        _plane.SeedFunction("esm-kinesis");
        var r = await Create($$"""{"FunctionName":"esm-kinesis","EventSourceArn":"{{Stream}}","StartingPosition":"LATEST","Enabled":false}""");

        var c = r.Json;
        Assert.Equal(100, c.GetProperty("BatchSize").GetInt32());
        Assert.Equal(1, c.GetProperty("ParallelizationFactor").GetInt32());
        Assert.Equal(-1, c.GetProperty("MaximumRetryAttempts").GetInt32());
        Assert.Equal(-1, c.GetProperty("MaximumRecordAgeInSeconds").GetInt32());
        Assert.False(c.GetProperty("BisectBatchOnFunctionError").GetBoolean());
        Assert.Equal("{\"OnFailure\":{}}", c.GetProperty("DestinationConfig").GetRawText());
        Assert.Equal("LATEST", c.GetProperty("StartingPosition").GetString());
        await Get(Uuid(r));
        Assert.Equal("Disabled", (await Get(Uuid(r))).Json.GetProperty("State").GetString());
    }

    [Fact]
    public async Task Update_and_delete_of_an_unsettled_mapping_are_400_ResourceInUseException_not_409()
    {
        _plane.SeedFunction("esm-busy");
        var uuid = Uuid(await Create($$"""{"FunctionName":"esm-busy","EventSourceArn":"{{Queue}}"}"""));

        var update = await Update(uuid, """{"BatchSize":5}""");
        Assert.Equal(HttpStatusCode.BadRequest, update.Status);
        Assert.Equal("ResourceInUseException", update.ErrorType);
        Assert.Contains("Creating", update.Message, StringComparison.Ordinal);
        var delete = await Delete(uuid);
        Assert.Equal(HttpStatusCode.BadRequest, delete.Status);
        Assert.Equal("ResourceInUseException", delete.ErrorType);

        await Get(uuid);
        await Get(uuid);
        var updated = await Update(uuid, """{"BatchSize":5}""");
        Assert.Equal(HttpStatusCode.Accepted, updated.Status);
        Assert.Equal("Updating", updated.Json.GetProperty("State").GetString());
        Assert.Equal(5, updated.Json.GetProperty("BatchSize").GetInt32());
        Assert.Equal("ResourceInUseException", (await Update(uuid, """{"BatchSize":6}""")).ErrorType);
        Assert.Equal(5, JsonDocument.Parse(_plane.EventSourceMappings.Single(m => m.Uuid == uuid).Json).RootElement.GetProperty("BatchSize").GetInt32());
    }

    [Fact]
    public async Task Enabled_changes_go_through_Disabling_and_Enabling()
    {
        _plane.SeedFunction("esm-toggle");
        var uuid = await Settled($$"""{"FunctionName":"esm-toggle","EventSourceArn":"{{Queue}}"}""");

        Assert.Equal("Disabling", (await Update(uuid, """{"Enabled":false}""")).Json.GetProperty("State").GetString());
        await Get(uuid);
        Assert.Equal("Disabled", (await Get(uuid)).Json.GetProperty("State").GetString());
        Assert.Equal("Enabling", (await Update(uuid, """{"Enabled":true}""")).Json.GetProperty("State").GetString());
        await Get(uuid);
        Assert.Equal("Enabled", (await Get(uuid)).Json.GetProperty("State").GetString());
    }

    [Fact]
    public async Task Delete_answers_Deleting_and_the_mapping_is_gone_once_it_settles()
    {
        _plane.SeedFunction("esm-delete");
        var uuid = await Settled($$"""{"FunctionName":"esm-delete","EventSourceArn":"{{Queue}}"}""");

        var deleted = await Delete(uuid);
        Assert.Equal(HttpStatusCode.Accepted, deleted.Status);
        Assert.Equal("Deleting", deleted.Json.GetProperty("State").GetString());
        Assert.Equal("Deleting", (await Get(uuid)).Json.GetProperty("State").GetString());
        var gone = await Get(uuid);
        Assert.Equal(HttpStatusCode.NotFound, gone.Status);
        Assert.Equal("ResourceNotFoundException", gone.ErrorType);
        Assert.Equal("The resource you requested does not exist.", gone.Message);
        Assert.DoesNotContain(_plane.EventSourceMappings, m => m.Uuid == uuid);
    }

    [Fact]
    public async Task A_second_mapping_of_the_same_function_and_source_is_409_with_the_services_message()
    {
        _plane.SeedFunction("esm-dup");
        _plane.SeedFunction("esm-dup-other");
        var uuid = Uuid(await Create($$"""{"FunctionName":"esm-dup","EventSourceArn":"{{Queue}}"}"""));

        var again = await Create($$"""{"FunctionName":"esm-dup","EventSourceArn":"{{Queue}}","BatchSize":5}""");
        Assert.Equal(HttpStatusCode.Conflict, again.Status);
        Assert.Equal("ResourceConflictException", again.ErrorType);
        Assert.Equal($"The event source arn (\" {Queue} \") and function (\" esm-dup \") provided mapping already exists. Please update or delete the existing mapping with UUID {uuid}", again.Message);
        Assert.Equal(HttpStatusCode.Accepted, (await Create($$"""{"FunctionName":"esm-dup-other","EventSourceArn":"{{Queue}}"}""")).Status);
    }

    [Fact]
    public async Task List_filters_by_function_and_source_and_pages_with_Marker()
    {
        _plane.SeedFunction("esm-list");
        _plane.SeedFunction("esm-list-other");
        for (var i = 0; i < 3; i++)
        {
            await Create($$"""{"FunctionName":"esm-list","EventSourceArn":"{{Queue}}-{{i}}"}""");
        }

        await Create($$"""{"FunctionName":"esm-list-other","EventSourceArn":"{{Queue}}-0"}""");

        var mine = (await List("?FunctionName=esm-list")).Json.GetProperty("EventSourceMappings");
        Assert.Equal(3, mine.GetArrayLength());
        Assert.All(mine.EnumerateArray(), m => Assert.Equal(Bodies.Arn("esm-list"), m.GetProperty("FunctionArn").GetString()));
        Assert.Equal(2, (await List($"?EventSourceArn={Uri.EscapeDataString(Queue + "-0")}")).Json.GetProperty("EventSourceMappings").GetArrayLength());

        var first = (await List("?FunctionName=esm-list&MaxItems=2")).Json;
        Assert.Equal(2, first.GetProperty("EventSourceMappings").GetArrayLength());
        var next = first.GetProperty("NextMarker").GetString()!;
        var second = (await List($"?FunctionName=esm-list&MaxItems=2&Marker={next}")).Json;
        Assert.Equal(1, second.GetProperty("EventSourceMappings").GetArrayLength());
        Assert.False(second.TryGetProperty("NextMarker", out _));
        Assert.Equal("ValidationException", (await List("?MaxItems=0")).ErrorType);
    }

    [Fact]
    public async Task Update_removes_a_setting_given_as_an_empty_structure_and_keeps_the_rest()
    {
        _plane.SeedFunction("esm-reset");
        var uuid = await Settled($$$"""{"FunctionName":"esm-reset","EventSourceArn":"{{{Queue}}}","BatchSize":5,"ScalingConfig":{"MaximumConcurrency":10},"FilterCriteria":{"Filters":[{"Pattern":"{}"}]}}""");

        var c = (await Update(uuid, """{"FilterCriteria":{},"ScalingConfig":{}}""")).Json;
        Assert.False(c.TryGetProperty("FilterCriteria", out _));
        Assert.False(c.TryGetProperty("ScalingConfig", out _));
        Assert.Equal(5, c.GetProperty("BatchSize").GetInt32());
    }

    [Theory]
    [InlineData("""{"FunctionName":"esm-rules","EventSourceArn":"arn:aws:kinesis:us-east-1:123456789012:stream/clicks"}""", "InvalidParameterValueException", "StartingPosition is required for Kinesis event sources.")]
    [InlineData("""{"FunctionName":"esm-rules","EventSourceArn":"arn:aws:sqs:us-east-1:123456789012:q","StartingPosition":"LATEST"}""", "InvalidParameterValueException", "StartingPosition is not valid for Amazon SQS event sources.")]
    [InlineData("""{"FunctionName":"esm-rules","EventSourceArn":"arn:aws:sqs:us-east-1:123456789012:q","BatchSize":100}""", "InvalidParameterValueException", "Maximum batch window in seconds must be greater than 0 if maximum batch size is greater than 10")]
    [InlineData("""{"FunctionName":"esm-rules","EventSourceArn":"arn:aws:sqs:us-east-1:123456789012:q.fifo","BatchSize":11,"MaximumBatchingWindowInSeconds":1}""", "InvalidParameterValueException", "BatchSize must be less than or equal to 10 for FIFO queues.")]
    [InlineData("""{"FunctionName":"esm-rules","EventSourceArn":"arn:aws:sqs:us-east-1:123456789012:q","ParallelizationFactor":2}""", "InvalidParameterValueException", "Unsupported parameter for Amazon SQS event sources: ParallelizationFactor.")]
    [InlineData("""{"FunctionName":"esm-rules","EventSourceArn":"arn:aws:kafka:us-east-1:123456789012:cluster/events/1","StartingPosition":"LATEST"}""", "InvalidParameterValueException", "Topics must name exactly one topic for Amazon MSK event sources.")]
    [InlineData("""{"FunctionName":"esm-rules","EventSourceArn":"arn:aws:sqs:us-east-1:123456789012:q","BatchSize":0}""", "ValidationException", "1 validation error detected: Value '0' at 'batchSize' failed to satisfy constraint: Member must have value greater than or equal to 1")]
    [InlineData("""{"FunctionName":"esm-missing","EventSourceArn":"arn:aws:sqs:us-east-1:123456789012:q"}""", "ResourceNotFoundException", "Function not found: arn:aws:lambda:us-east-1:123456789012:function:esm-missing")]
    [InlineData("""{"FunctionName":"esm-rules","EventSourceArn":"arn:aws:sqs:us-east-1:123456789012:q","Bogus":1}""", "SerializationException", "Unrecognized field \"Bogus\" in CreateEventSourceMappingRequest: it is not a member of CreateEventSourceMappingRequest (API 2015-03-31).")]
    public async Task Create_refuses_what_the_source_does_not_take(string body, string errorType, string message)
    {
        _plane.SeedFunction("esm-rules");
        var r = await Create(body);
        Assert.Equal(errorType, r.ErrorType);
        Assert.Equal(message, r.Message);
        Assert.Empty(_plane.EventSourceMappings);
    }

    [Fact]
    public async Task Self_managed_Kafka_is_identified_by_its_bootstrap_servers_and_topic()
    {
        _plane.SeedFunction("esm-smk");
        const string Body = """{"FunctionName":"esm-smk","SelfManagedEventSource":{"Endpoints":{"KAFKA_BOOTSTRAP_SERVERS":["b1.example.com:9092"]}},"Topics":["orders"],"StartingPosition":"TRIM_HORIZON"}""";
        var created = (await Create(Body)).Json;
        Assert.False(created.TryGetProperty("EventSourceArn", out _));
        Assert.Equal(created.GetProperty("UUID").GetString(), created.GetProperty("SelfManagedKafkaEventSourceConfig").GetProperty("ConsumerGroupId").GetString());

        Assert.Equal("ResourceConflictException", (await Create(Body)).ErrorType);
        Assert.Equal(HttpStatusCode.Accepted, (await Create(Body.Replace("\"orders\"", "\"refunds\"", StringComparison.Ordinal))).Status);
    }
}
