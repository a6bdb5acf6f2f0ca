using System.Net;

namespace LambdaGen.ControlPlane.Tests;

/// <summary>Put (replace), Update (merge), Get, Delete and List of asynchronous invocation configs over raw signed HTTP.</summary>
public sealed class EventInvokeConfigTests : IClassFixture<PlaneFixture>, IDisposable
{
    private const string Queue = "arn:aws:sqs:us-east-1:123456789012:failures";
    private const string Topic = "arn:aws:sns:us-east-1:123456789012:done";

    private readonly LambdaControlPlane _plane;
    private readonly LambdaHttp _http;

    public EventInvokeConfigTests(PlaneFixture fixture)
    {
        _plane = fixture.Plane;
        _http = new LambdaHttp(fixture.Plane, fixture.Options);
    }

    public void Dispose() => _http.Dispose();

    [Fact]
    public async Task Put_answers_the_config_with_LastModified_in_epoch_seconds()
    {
        _plane.SeedFunction("eic");
        var before = DateTimeOffset.UtcNow.ToUnixTimeSeconds();

        var r = await _http.PutEventInvokeAsync("eic", $$$$"""{"MaximumRetryAttempts":1,"MaximumEventAgeInSeconds":3600,"DestinationConfig":{"OnFailure":{"Destination":"{{{{Queue}}}}"}}}""");

        Assert.Equal(HttpStatusCode.OK, r.Status);
        var c = r.Json;
        Assert.Equal(System.Text.Json.JsonValueKind.Number, c.GetProperty("LastModified").ValueKind);
        Assert.InRange(c.GetProperty("LastModified").GetDouble(), before - 1, before + 60);
        Assert.Equal($"{Bodies.Arn("eic")}:$LATEST", c.GetProperty("FunctionArn").GetString());
        Assert.Equal(1, c.GetProperty("MaximumRetryAttempts").GetInt32());
        Assert.Equal(3600, c.GetProperty("MaximumEventAgeInSeconds").GetInt32());
        Assert.Equal(Queue, c.GetProperty("DestinationConfig").GetProperty("OnFailure").GetProperty("Destination").GetString());
        Assert.Equal("{}", c.GetProperty("DestinationConfig").GetProperty("OnSuccess").GetRawText());
        Assert.Equal(c.GetRawText(), (await _http.GetEventInvokeAsync("eic")).Json.GetRawText());
        Assert.Equal(c.GetRawText(), _plane.ResourcesOf("eic")!.EventInvokeConfigs["$LATEST"]);
    }

    [Fact]
    public async Task Put_replaces_the_whole_config_and_Update_merges()
    {
        _plane.SeedFunction("eic-merge");
        await _http.PutEventInvokeAsync("eic-merge", $$$$"""{"MaximumRetryAttempts":0,"DestinationConfig":{"OnSuccess":{"Destination":"{{{{Topic}}}}"}}}""");

        var merged = (await _http.UpdateEventInvokeAsync("eic-merge", """{"MaximumEventAgeInSeconds":60}""")).Json;
        Assert.Equal(0, merged.GetProperty("MaximumRetryAttempts").GetInt32());
        Assert.Equal(60, merged.GetProperty("MaximumEventAgeInSeconds").GetInt32());
        Assert.Equal(Topic, merged.GetProperty("DestinationConfig").GetProperty("OnSuccess").GetProperty("Destination").GetString());

        var replaced = (await _http.PutEventInvokeAsync("eic-merge", """{"MaximumEventAgeInSeconds":120}""")).Json;
        Assert.False(replaced.TryGetProperty("MaximumRetryAttempts", out _));
        Assert.Equal("{}", replaced.GetProperty("DestinationConfig").GetProperty("OnSuccess").GetRawText());
        Assert.Equal(["PutFunctionEventInvokeConfig", "UpdateFunctionEventInvokeConfig", "PutFunctionEventInvokeConfig"],
            _plane.Requests.Where(q => q.Path.Contains("eic-merge", StringComparison.Ordinal)).Select(q => q.Operation));
        Assert.Equal("POST", _plane.Requests.Single(q => q.Operation == "UpdateFunctionEventInvokeConfig" && q.Path.Contains("eic-merge", StringComparison.Ordinal)).Method);
    }

    [Fact]
    public async Task Update_without_a_config_and_Get_or_Delete_of_a_missing_one_are_404()
    {
        _plane.SeedFunction("eic-missing");
        var message = $"The function {Bodies.Arn("eic-missing")}:$LATEST doesn't have an EventInvokeConfig";

        var update = await _http.UpdateEventInvokeAsync("eic-missing", """{"MaximumRetryAttempts":1}""");
        Assert.Equal(HttpStatusCode.NotFound, update.Status);
        Assert.Equal("ResourceNotFoundException", update.ErrorType);
        Assert.Equal(message, update.Message);
        Assert.Equal(message, (await _http.GetEventInvokeAsync("eic-missing")).Message);
        Assert.Equal(message, (await _http.DeleteEventInvokeAsync("eic-missing")).Message);

        await _http.PutEventInvokeAsync("eic-missing", """{"MaximumRetryAttempts":1}""");
        Assert.Equal(HttpStatusCode.NoContent, (await _http.DeleteEventInvokeAsync("eic-missing")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await _http.GetEventInvokeAsync("eic-missing")).Status);

        var noFunction = await _http.PutEventInvokeAsync("eic-nofunction", """{"MaximumRetryAttempts":1}""");
        Assert.Equal(HttpStatusCode.NotFound, noFunction.Status);
        Assert.Equal("The function doesn't exist.", noFunction.Message);

        var noAlias = await _http.PutEventInvokeAsync("eic-missing", """{"MaximumRetryAttempts":1}""", "ghost");
        Assert.Equal("The function doesn't exist.", noAlias.Message);
    }

    [Fact]
    public async Task Configs_are_per_qualifier()
    {
        _plane.SeedFunction("eic-qualified");
        await _http.PublishAsync("eic-qualified");
        await _http.CreateAliasAsync("eic-qualified", """{"Name":"live","FunctionVersion":"1"}""");

        var onAlias = (await _http.PutEventInvokeAsync("eic-qualified", """{"MaximumRetryAttempts":2}""", "live")).Json;
        var onVersion = (await _http.PutEventInvokeAsync("eic-qualified:1", """{"MaximumRetryAttempts":0}""")).Json;

        Assert.Equal($"{Bodies.Arn("eic-qualified")}:live", onAlias.GetProperty("FunctionArn").GetString());
        Assert.Equal($"{Bodies.Arn("eic-qualified")}:1", onVersion.GetProperty("FunctionArn").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await _http.GetEventInvokeAsync("eic-qualified")).Status);
        var list = await _http.SendAsync(HttpMethod.Get, "2019-09-25/functions/eic-qualified/event-invoke-config/list");
        Assert.Equal("ListFunctionEventInvokeConfigs", _plane.Requests.Last().Operation);
        Assert.Equal(2, list.Json.GetProperty("FunctionEventInvokeConfigs").GetArrayLength());
    }

    [Fact]
    public async Task Empty_requests_ranges_and_destination_patterns_are_rejected()
    {
        _plane.SeedFunction("eic-validate");

        var empty = await _http.PutEventInvokeAsync("eic-validate", "{}");
        Assert.Equal(HttpStatusCode.BadRequest, empty.Status);
        Assert.Equal("InvalidParameterValueException", empty.ErrorType);
        Assert.Equal("You must specify at least one of error handling or destination setting.", empty.Message);

        var ranges = await _http.PutEventInvokeAsync("eic-validate", """{"MaximumRetryAttempts":3,"MaximumEventAgeInSeconds":59}""");
        Assert.Equal("ValidationException", ranges.ErrorType);
        Assert.Equal("2 validation errors detected: "
            + "Value '3' at 'maximumRetryAttempts' failed to satisfy constraint: Member must have value less than or equal to 2; "
            + "Value '59' at 'maximumEventAgeInSeconds' failed to satisfy constraint: Member must have value greater than or equal to 60", ranges.Message);

        var pattern = await _http.PutEventInvokeAsync("eic-validate", """{"DestinationConfig":{"OnFailure":{"Destination":"not-an-arn"}}}""");
        Assert.Equal(HttpStatusCode.BadRequest, pattern.Status);
        Assert.Equal("1 validation error detected: Value 'not-an-arn' at 'destinationConfig.onFailure.destination' failed to satisfy constraint: "
            + "Member must satisfy regular expression pattern: $|kafka://([^.]([a-zA-Z0-9\\-_.]{0,248}))|arn:(aws[a-zA-Z0-9-]*):([a-zA-Z0-9\\-])+:((eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1})?:(\\d{12})?:(.*)", pattern.Message);
    }

    [Fact]
    public async Task Destinations_must_be_services_that_receive_records()
    {
        _plane.SeedFunction("eic-dest");

        var dynamo = await _http.PutEventInvokeAsync("eic-dest", """{"DestinationConfig":{"OnSuccess":{"Destination":"arn:aws:dynamodb:us-east-1:123456789012:table/t"}}}""");
        Assert.Equal(HttpStatusCode.BadRequest, dynamo.Status);
        Assert.Equal("InvalidParameterValueException", dynamo.ErrorType);
        Assert.Equal("The provided destination config DestinationConfig(onSuccess=OnSuccess(destination=arn:aws:dynamodb:us-east-1:123456789012:table/t), onFailure=null) is invalid.", dynamo.Message);

        var s3Success = await _http.PutEventInvokeAsync("eic-dest", """{"DestinationConfig":{"OnSuccess":{"Destination":"arn:aws:s3:::records"}}}""");
        Assert.Equal(HttpStatusCode.BadRequest, s3Success.Status);
        var s3Failure = await _http.PutEventInvokeAsync("eic-dest", """{"DestinationConfig":{"OnFailure":{"Destination":"arn:aws:s3:::records"}}}""");
        Assert.Equal(HttpStatusCode.OK, s3Failure.Status);

        var self = await _http.PutEventInvokeAsync("eic-dest", $$$$"""{"DestinationConfig":{"OnFailure":{"Destination":"{{{{Bodies.Arn("eic-dest")}}}}"}}}""");
        Assert.Equal("You can't specify the function as a destination for itself.", self.Message);

        var other = await _http.PutEventInvokeAsync("eic-dest", """{"DestinationConfig":{"OnSuccess":{"Destination":"arn:aws:events:us-east-1:123456789012:event-bus/default"},"OnFailure":{"Destination":"arn:aws:lambda:us-east-1:123456789012:function:handler"}}}""");
        Assert.Equal(HttpStatusCode.OK, other.Status);
    }
}
