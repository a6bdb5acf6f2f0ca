using System.Text.Json.Nodes;
using LambdaGen.Deploy.Manifests;
using LambdaGen.Deploy.Planning;

namespace LambdaGen.Deploy.Tests;

/// <summary>The mapping plan on its own (no HTTP): what is compared, what is reset, what is owned.</summary>
public sealed class EventSourceMappingPlanTests
{
    private const string Queue = "arn:aws:sqs:us-east-1:123456789012:orders";
    private const string Fn = "arn:aws:lambda:us-east-1:123456789012:function:fn";

    private static OperationManifest Declared(string json)
    {
        var body = JsonNode.Parse(json)!.AsObject();
        return new OperationManifest(EventSourceMappingManifest.Operation, null, "/out/lambda/fn.esm.x.json", body) { MappingKey = EventSourceMappingManifest.KeyOf(body) };
    }

    /// <summary>A deployed SQS mapping as the service reports it: the request's members plus its defaults and bookkeeping.</summary>
    private static JsonObject Deployed(string extra = "", string functionArn = Fn, string state = "Enabled") => JsonNode.Parse($$"""
        {"UUID":"11111111-2222-3333-4444-555555555555","BatchSize":10,"MaximumBatchingWindowInSeconds":0,"EventSourceArn":"{{Queue}}",
         "FunctionArn":"{{functionArn}}","LastModified":1767225600.0,"State":"{{state}}","StateTransitionReason":"USER_INITIATED",
         "FunctionResponseTypes":[]{{extra}}}
        """)!.AsObject();

    [Fact]
    public void A_manifest_that_declares_only_the_source_matches_the_services_defaults()
    {
        var action = Assert.Single(EventSourceMappingPlan.Plan([Declared($$"""{"FunctionName":"fn","EventSourceArn":"{{Queue}}"}""")], [Deployed()]));

        Assert.Equal(MappingActionKind.NoChange, action.Kind);
        Assert.Empty(action.Changes);
    }

    [Fact]
    public void Filters_compare_as_a_set()
    {
        const string Filters = """ "FilterCriteria":{"Filters":[{"Pattern":"{\"a\":[1]}"},{"Pattern":"{\"b\":[2]}"}]}""";
        const string Reversed = """ "FilterCriteria":{"Filters":[{"Pattern":"{\"b\":[2]}"},{"Pattern":"{\"a\":[1]}"}]}""";

        var action = Assert.Single(EventSourceMappingPlan.Plan([Declared($$"""{"FunctionName":"fn","EventSourceArn":"{{Queue}}",{{Filters}}}""")], [Deployed("," + Reversed)]));

        Assert.Equal(MappingActionKind.NoChange, action.Kind);
    }

    [Fact]
    public void An_update_carries_only_the_members_that_differ_and_the_resets()
    {
        var action = Assert.Single(EventSourceMappingPlan.Plan(
            [Declared($$"""{"FunctionName":"fn","EventSourceArn":"{{Queue}}","BatchSize":20,"MaximumBatchingWindowInSeconds":1}""")],
            [Deployed(""","ScalingConfig":{"MaximumConcurrency":5}""")]));

        Assert.Equal(MappingActionKind.Update, action.Kind);
        Assert.Equal("""{"BatchSize":20,"ScalingConfig":{},"MaximumBatchingWindowInSeconds":1}""", action.Body!.ToJsonString());
        Assert.Equal(
            ["BatchSize: 10 -> 20", "ScalingConfig: {\"MaximumConcurrency\":5} -> {} (not in the manifest: reset to the service default)", "MaximumBatchingWindowInSeconds: 0 -> 1"],
            action.Changes.Select(c => c.ToString()));
    }

    [Fact]
    public void A_disabled_mapping_is_enabled_again_when_the_manifest_does_not_say_Enabled_false()
    {
        var action = Assert.Single(EventSourceMappingPlan.Plan([Declared($$"""{"FunctionName":"fn","EventSourceArn":"{{Queue}}"}""")], [Deployed(state: "Disabled")]));

        Assert.Equal("""{"Enabled":true}""", action.Body!.ToJsonString());
    }

    [Fact]
    public void Mappings_of_an_alias_are_not_the_functions_own_and_are_never_deleted()
    {
        var actions = EventSourceMappingPlan.Plan([], [Deployed(functionArn: Fn + ":live"), Deployed()]);

        var delete = Assert.Single(actions);
        Assert.Equal((MappingActionKind.Delete, Fn), (delete.Kind, delete.Deployed!.GetString("FunctionArn")));
    }

    [Fact]
    public void A_create_sends_the_manifest_with_an_ISO_timestamp_as_epoch_seconds()
    {
        var declared = Declared("""{"FunctionName":"fn","EventSourceArn":"arn:aws:kinesis:us-east-1:123456789012:stream/s","StartingPosition":"AT_TIMESTAMP","StartingPositionTimestamp":"2026-01-01T00:00:00Z"}""");

        var action = Assert.Single(EventSourceMappingPlan.Plan([declared], []));

        Assert.Equal(MappingActionKind.Create, action.Kind);
        Assert.Equal("""{"FunctionName":"fn","EventSourceArn":"arn:aws:kinesis:us-east-1:123456789012:stream/s","StartingPosition":"AT_TIMESTAMP","StartingPositionTimestamp":1767225600}""", action.Body!.ToJsonString());
    }

    [Fact]
    public void A_starting_position_declared_differently_is_a_conflict_not_a_change()
    {
        var declared = Declared("""{"FunctionName":"fn","EventSourceArn":"arn:aws:kinesis:us-east-1:123456789012:stream/s","StartingPosition":"TRIM_HORIZON","BatchSize":100}""");
        var deployed = JsonNode.Parse($$$"""{"UUID":"u","EventSourceArn":"arn:aws:kinesis:us-east-1:123456789012:stream/s","FunctionArn":"{{{Fn}}}","State":"Enabled","StartingPosition":"LATEST","BatchSize":100,"ParallelizationFactor":1,"MaximumRetryAttempts":-1,"MaximumRecordAgeInSeconds":-1,"BisectBatchOnFunctionError":false,"TumblingWindowInSeconds":0,"DestinationConfig":{"OnFailure":{}},"MaximumBatchingWindowInSeconds":0,"FunctionResponseTypes":[]}""")!.AsObject();

        var action = Assert.Single(EventSourceMappingPlan.Plan([declared], [deployed]));

        Assert.Equal(MappingActionKind.NoChange, action.Kind);
        Assert.Equal("StartingPosition: \"LATEST\" -> \"TRIM_HORIZON\"", Assert.Single(action.Conflicts).ToString());
    }
}
