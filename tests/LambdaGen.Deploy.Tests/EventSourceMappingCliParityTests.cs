using System.Text.Json.Nodes;
using LambdaGen.ControlPlane;
using LambdaGen.Deploy.Tests.Support;
using LambdaGen.Testing;

namespace LambdaGen.Deploy.Tests;

/// <summary>
/// One manifest per kind of source, sent twice: by the deploy, and by the real AWS CLI
/// (<c>aws lambda create-event-source-mapping --cli-input-json file://…</c>) to a second control plane. The CLI must accept
/// the manifest as is, and the two request bodies must be the same JSON: the deploy sends the manifest unchanged (an ISO 8601
/// StartingPositionTimestamp travels as epoch seconds, as the CLI sends it).
/// </summary>
public sealed class EventSourceMappingCliParityTests
{
    public static TheoryData<string, string> Manifests => new()
    {
        { "sqs", """{"EventSourceArn":"arn:aws:sqs:us-east-1:123456789012:orders","BatchSize":100,"MaximumBatchingWindowInSeconds":5,"Enabled":true,"FilterCriteria":{"Filters":[{"Pattern":"{\"body\":{\"type\":[\"order\"]}}"}]},"FunctionResponseTypes":["ReportBatchItemFailures"],"ScalingConfig":{"MaximumConcurrency":10},"MetricsConfig":{"Metrics":["EventCount"]},"Tags":{"team":"orders"}}""" },
        { "fifo", """{"EventSourceArn":"arn:aws:sqs:us-east-1:123456789012:orders.fifo","BatchSize":10}""" },
        { "kinesis", """{"EventSourceArn":"arn:aws:kinesis:us-east-1:123456789012:stream/clicks","StartingPosition":"AT_TIMESTAMP","StartingPositionTimestamp":"2026-01-01T00:00:00Z","BatchSize":500,"ParallelizationFactor":4,"MaximumRetryAttempts":3,"MaximumRecordAgeInSeconds":3600,"BisectBatchOnFunctionError":true,"TumblingWindowInSeconds":60,"DestinationConfig":{"OnFailure":{"Destination":"arn:aws:sqs:us-east-1:123456789012:clicks-dlq"}}}""" },
        { "dynamodb", """{"EventSourceArn":"arn:aws:dynamodb:us-east-1:123456789012:table/orders/stream/2026-01-01T00:00:00.000","StartingPosition":"TRIM_HORIZON","FunctionResponseTypes":["ReportBatchItemFailures"]}""" },
        { "msk", """{"EventSourceArn":"arn:aws:kafka:us-east-1:123456789012:cluster/events/1a2b3c4d-5e6f-7a8b-9c0d-1e2f3a4b5c6d-1","Topics":["orders"],"StartingPosition":"TRIM_HORIZON","AmazonManagedKafkaEventSourceConfig":{"ConsumerGroupId":"orders-fn"},"ProvisionedPollerConfig":{"MinimumPollers":1,"MaximumPollers":3}}""" },
        { "kafka", """{"SelfManagedEventSource":{"Endpoints":{"KAFKA_BOOTSTRAP_SERVERS":["b1.example.com:9092"]}},"Topics":["orders"],"StartingPosition":"LATEST","SelfManagedKafkaEventSourceConfig":{"ConsumerGroupId":"orders-fn"},"SourceAccessConfigurations":[{"Type":"VPC_SUBNET","URI":"subnet:subnet-0123"},{"Type":"VPC_SECURITY_GROUP","URI":"security_group:sg-0123"}]}""" },
        { "mq", """{"EventSourceArn":"arn:aws:mq:us-east-1:123456789012:broker:orders:b-1234","Queues":["orders"],"SourceAccessConfigurations":[{"Type":"BASIC_AUTH","URI":"arn:aws:secretsmanager:us-east-1:123456789012:secret:mq"}]}""" },
        { "docdb", """{"EventSourceArn":"arn:aws:rds:us-east-1:123456789012:cluster:docs","StartingPosition":"LATEST","DocumentDBEventSourceConfig":{"DatabaseName":"shop","CollectionName":"orders","FullDocument":"UpdateLookup"}}""" },
    };

    [Theory]
    [MemberData(nameof(Manifests))]
    public async Task The_deploy_sends_what_the_AWS_CLI_sends_for_the_same_manifest(string source, string manifest)
    {
        await using var s = await DeployScenario.StartAsync();
        s.AddFunction("orders");
        s.SetOperations("orders", (DeployScenario.EventSourceMappingOperation, source, manifest));
        var (result, log) = await s.RunAsync();
        Assert.True(result.ExitCode == 0, log.Text);
        string sent = s.Plane.Requests.Single(r => r.Operation == "CreateEventSourceMapping").Body;

        var options = new LambdaControlPlaneOptions();
        await using var cliPlane = await LambdaControlPlane.StartAsync(options);
        cliPlane.SeedFunction("orders");
        string file = Path.Combine(s.ManifestsDir, $"orders.esm.{source}.json");
        var cli = await AwsCli.RunAsync(new AwsCliTarget(cliPlane.Endpoint.ToString(), options.AccessKeyId, options.SecretAccessKey, options.Region),
            "lambda", "create-event-source-mapping", "--cli-input-json", "file://" + file);
        Assert.True(cli.ExitCode == 0, cli.StdErr);
        string fromCli = cliPlane.Requests.Single(r => r.Operation == "CreateEventSourceMapping").Body;

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(fromCli), JsonNode.Parse(sent)), $"CLI: {fromCli}\ndeploy: {sent}");
        Assert.Equal("Creating", cli.Json.GetProperty("State").GetString());
    }
}
