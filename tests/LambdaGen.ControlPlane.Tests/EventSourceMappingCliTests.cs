using System.Text;

namespace LambdaGen.ControlPlane.Tests;

/// <summary>The real AWS CLI (botocore's serializers and signer) against the event source mapping operations.</summary>
public sealed class EventSourceMappingCliTests(PlaneFixture fixture) : CliTestBase(fixture), IClassFixture<PlaneFixture>
{
    [Fact]
    public async Task Cli_creates_lists_updates_and_deletes_a_mapping()
    {
        const string name = "cli-esm";
        const string queue = "arn:aws:sqs:us-east-1:123456789012:cli-orders";
        Plane.SeedFunction(name);
        var input = WriteFile("esm.json", Encoding.UTF8.GetBytes($$$"""
            {"FunctionName":"{{{name}}}","EventSourceArn":"{{{queue}}}","BatchSize":100,"MaximumBatchingWindowInSeconds":5,
             "FilterCriteria":{"Filters":[{"Pattern":"{\"body\":{\"type\":[\"order\"]}}"}]},
             "FunctionResponseTypes":["ReportBatchItemFailures"],"ScalingConfig":{"MaximumConcurrency":10}}
            """));

        var created = await Aws("lambda", "create-event-source-mapping", "--cli-input-json", "file://" + input);
        Assert.True(created.ExitCode == 0, created.StdErr);
        var uuid = created.Json.GetProperty("UUID").GetString()!;
        Assert.Equal("Creating", created.Json.GetProperty("State").GetString());
        Assert.Equal(100, created.Json.GetProperty("BatchSize").GetInt32());

        var duplicate = await Aws("lambda", "create-event-source-mapping", "--function-name", name, "--event-source-arn", queue);
        Assert.NotEqual(0, duplicate.ExitCode);
        Assert.Contains("ResourceConflictException", duplicate.StdErr, StringComparison.Ordinal);

        var listed = (await Aws("lambda", "list-event-source-mappings", "--function-name", name)).Json.GetProperty("EventSourceMappings");
        Assert.Equal(uuid, Assert.Single(listed.EnumerateArray()).GetProperty("UUID").GetString());

        await WaitForSettledAsync(uuid);
        var updated = await Aws("lambda", "update-event-source-mapping", "--uuid", uuid, "--batch-size", "50");
        Assert.True(updated.ExitCode == 0, updated.StdErr);
        Assert.Equal("Updating", updated.Json.GetProperty("State").GetString());
        Assert.Equal(50, updated.Json.GetProperty("BatchSize").GetInt32());

        await WaitForSettledAsync(uuid);
        var got = (await Aws("lambda", "get-event-source-mapping", "--uuid", uuid)).Json;
        Assert.Equal("Enabled", got.GetProperty("State").GetString());
        Assert.Equal(10, got.GetProperty("ScalingConfig").GetProperty("MaximumConcurrency").GetInt32());

        var deleted = await Aws("lambda", "delete-event-source-mapping", "--uuid", uuid);
        Assert.True(deleted.ExitCode == 0, deleted.StdErr);
        Assert.Equal("Deleting", deleted.Json.GetProperty("State").GetString());

        var requests = Plane.Requests.Where(r => r.Path.Contains("event-source-mappings", StringComparison.Ordinal)).ToList();
        Assert.All(requests, r => Assert.Contains($"Credential={Options.AccessKeyId}/", r.Headers["Authorization"], StringComparison.Ordinal));
        Assert.Equal(
            ["CreateEventSourceMapping", "DeleteEventSourceMapping", "GetEventSourceMapping", "ListEventSourceMappings", "UpdateEventSourceMapping"],
            requests.Select(r => r.Operation).Distinct().Order(StringComparer.Ordinal));
        Assert.DoesNotContain(requests, r => r.StatusCode == 403);
    }

    /// <summary>The plane's snapshot applies transitions whose delay has passed (the fixture's 300 ms).</summary>
    private async Task WaitForSettledAsync(string uuid)
    {
        for (var i = 0; i < 100 && Plane.EventSourceMappings.Single(m => m.Uuid == uuid).State is not ("Enabled" or "Disabled"); i++)
        {
            await Task.Delay(50);
        }
    }
}
