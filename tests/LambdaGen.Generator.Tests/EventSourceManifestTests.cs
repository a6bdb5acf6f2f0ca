using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using LambdaGen.Generator.Tests.Harness;
using LambdaGen.Testing;

namespace LambdaGen.Generator.Tests;

/// <summary>
/// The CreateEventSourceMapping manifests the generator records for <c>[LambdaEventSource]</c>
/// (<c>LambdaGen.Operation:&lt;function&gt;|CreateEventSourceMapping|&lt;source&gt;</c>), one per source of every kind, and the
/// real AWS CLI's acceptance of each: <c>aws lambda create-event-source-mapping --cli-input-json</c> validates the input
/// against its model and must send it unchanged (the whole request is the body), which a listener on 127.0.0.1 records.
/// </summary>
public sealed class EventSourceManifestTests
{
    internal const string Source = """
        using System.IO;
        using LambdaGen;
        [assembly: LambdaDefaults(Role = "arn:aws:iam::123456789012:role/app")]
        public class Handlers
        {
            [LambdaFunction(FunctionName = "orders")]
            [LambdaEventSource("arn:aws:sqs:us-east-1:123456789012:orders", BatchSize = 100, MaximumBatchingWindowInSeconds = 5, Enabled = true,
                FilterPatterns = new[] { "{\"body\":{\"type\":[\"order\"]}}" }, ReportBatchItemFailures = true, MaximumConcurrency = 10)]
            [LambdaEventSource("arn:aws:sqs:us-east-1:123456789012:orders.fifo", BatchSize = 10)]
            [LambdaEventSource("arn:aws:kinesis:us-east-1:123456789012:stream/clicks",
                StartingPosition = LambdaStartingPosition.Latest, BatchSize = 500, ParallelizationFactor = 4,
                MaximumRetryAttempts = 3, MaximumRecordAgeInSeconds = 3600, BisectBatchOnFunctionError = true,
                TumblingWindowInSeconds = 60, OnFailure = "arn:aws:sqs:us-east-1:123456789012:clicks-dlq", Metrics = new[] { "EventCount" })]
            [LambdaEventSource("arn:aws:kafka:us-east-1:123456789012:cluster/events/1a2b3c4d-1234-5678-9abc-def012345678-1", Topics = new[] { "orders" },
                StartingPosition = LambdaStartingPosition.TrimHorizon, ConsumerGroupId = "orders-fn", MinimumPollers = 1, MaximumPollers = 3)]
            [LambdaEventSource(KafkaBootstrapServers = new[] { "b-1.kafka.example.com:9092", "b-2.kafka.example.com:9092" }, Topics = new[] { "payments" },
                StartingPosition = LambdaStartingPosition.Latest, ConsumerGroupId = "payments-fn",
                SourceAccessConfigurations = new[] { "SASL_SCRAM_512_AUTH=arn:aws:secretsmanager:us-east-1:123456789012:secret:kafka" })]
            [LambdaEventSource("arn:aws:mq:us-east-1:123456789012:broker:orders-broker:b-1234a5b6-78cd-901e-2fgh-3i45j6k178l9", Queues = new[] { "orders" },
                SourceAccessConfigurations = new[] { "BASIC_AUTH=arn:aws:secretsmanager:us-east-1:123456789012:secret:mq" })]
            [LambdaEventSource("arn:aws:rds:us-east-1:123456789012:cluster:docs", DatabaseName = "shop", CollectionName = "orders", FullDocument = "UpdateLookup",
                StartingPosition = LambdaStartingPosition.Latest)]
            [LambdaEventSource("arn:aws:dynamodb:us-east-1:123456789012:table/orders/stream/2026-01-01T00:00:00.000", StartingPosition = LambdaStartingPosition.TrimHorizon)]
            public static Stream Handle(Stream input) => input;
        }
        """;

    internal static readonly Dictionary<string, string> Expected = new(StringComparer.Ordinal)
    {
        ["orders|CreateEventSourceMapping|orders"] =
            """{"FunctionName":"orders","EventSourceArn":"arn:aws:sqs:us-east-1:123456789012:orders","Enabled":true,"BatchSize":100,"FilterCriteria":{"Filters":[{"Pattern":"{\"body\":{\"type\":[\"order\"]}}"}]},"ScalingConfig":{"MaximumConcurrency":10},"MaximumBatchingWindowInSeconds":5,"FunctionResponseTypes":["ReportBatchItemFailures"]}""",
        ["orders|CreateEventSourceMapping|orders-fifo"] =
            """{"FunctionName":"orders","EventSourceArn":"arn:aws:sqs:us-east-1:123456789012:orders.fifo","BatchSize":10}""",
        ["orders|CreateEventSourceMapping|clicks"] =
            """{"FunctionName":"orders","EventSourceArn":"arn:aws:kinesis:us-east-1:123456789012:stream/clicks","BatchSize":500,"MetricsConfig":{"Metrics":["EventCount"]},"ParallelizationFactor":4,"StartingPosition":"LATEST","DestinationConfig":{"OnFailure":{"Destination":"arn:aws:sqs:us-east-1:123456789012:clicks-dlq"}},"MaximumRecordAgeInSeconds":3600,"BisectBatchOnFunctionError":true,"MaximumRetryAttempts":3,"TumblingWindowInSeconds":60}""",
        ["orders|CreateEventSourceMapping|events"] =
            """{"FunctionName":"orders","EventSourceArn":"arn:aws:kafka:us-east-1:123456789012:cluster/events/1a2b3c4d-1234-5678-9abc-def012345678-1","StartingPosition":"TRIM_HORIZON","Topics":["orders"],"AmazonManagedKafkaEventSourceConfig":{"ConsumerGroupId":"orders-fn"},"ProvisionedPollerConfig":{"MinimumPollers":1,"MaximumPollers":3}}""",
        ["orders|CreateEventSourceMapping|payments"] =
            """{"FunctionName":"orders","StartingPosition":"LATEST","Topics":["payments"],"SourceAccessConfigurations":[{"Type":"SASL_SCRAM_512_AUTH","URI":"arn:aws:secretsmanager:us-east-1:123456789012:secret:kafka"}],"SelfManagedEventSource":{"Endpoints":{"KAFKA_BOOTSTRAP_SERVERS":["b-1.kafka.example.com:9092","b-2.kafka.example.com:9092"]}},"SelfManagedKafkaEventSourceConfig":{"ConsumerGroupId":"payments-fn"}}""",
        ["orders|CreateEventSourceMapping|orders-broker"] =
            """{"FunctionName":"orders","EventSourceArn":"arn:aws:mq:us-east-1:123456789012:broker:orders-broker:b-1234a5b6-78cd-901e-2fgh-3i45j6k178l9","Queues":["orders"],"SourceAccessConfigurations":[{"Type":"BASIC_AUTH","URI":"arn:aws:secretsmanager:us-east-1:123456789012:secret:mq"}]}""",
        ["orders|CreateEventSourceMapping|docs"] =
            """{"FunctionName":"orders","EventSourceArn":"arn:aws:rds:us-east-1:123456789012:cluster:docs","StartingPosition":"LATEST","DocumentDBEventSourceConfig":{"DatabaseName":"shop","CollectionName":"orders","FullDocument":"UpdateLookup"}}""",
        ["orders|CreateEventSourceMapping|orders-2"] =
            """{"FunctionName":"orders","EventSourceArn":"arn:aws:dynamodb:us-east-1:123456789012:table/orders/stream/2026-01-01T00:00:00.000","StartingPosition":"TRIM_HORIZON"}""",
    };

    [Fact]
    public void Every_source_gets_its_CreateEventSourceMapping_manifest_under_a_unique_file_safe_name()
    {
        var operations = GeneratorHarness.Run(GeneratorInput.Of(Source)).OperationManifests;
        Assert.Equal(Expected.Keys.Order(StringComparer.Ordinal), operations.Keys.Order(StringComparer.Ordinal));
        foreach (var (key, json) in Expected)
        {
            Assert.Equal(json, operations[key]);
        }
    }

    [Fact]
    public async Task The_AWS_CLI_accepts_every_mapping_manifest_and_sends_it_unchanged()
    {
        var manifests = GeneratorHarness.Run(GeneratorInput.Of(Source)).OperationManifests;
        using var listener = new RecordingListener();
        var target = new AwsCliTarget(listener.Endpoint, "AKIDEXAMPLE", "secret", "us-east-1") { MaxAttempts = 1 };
        var directory = Directory.CreateTempSubdirectory("lambdagen-esm-cli-");
        try
        {
            foreach (var (key, json) in manifests.OrderBy(m => m.Key, StringComparer.Ordinal))
            {
                var file = Path.Combine(directory.FullName, key.Replace('|', '.') + ".json");
                await File.WriteAllTextAsync(file, json);
                var result = await AwsCli.RunAsync(target, "lambda", "create-event-source-mapping", "--cli-input-json", "file://" + file);
                Assert.True(result.ExitCode == 0, $"{key}: the AWS CLI refused the manifest (exit {result.ExitCode}):\n{result.StdErr}");
                var (method, path, body) = listener.Last ?? throw new InvalidOperationException(key + ": nothing was sent");
                Assert.Equal("POST", method);
                Assert.Equal("/2015-03-31/event-source-mappings", path.TrimEnd('/'));
                Assert.True(JsonNode.DeepEquals(JsonNode.Parse(json), JsonNode.Parse(body)), $"{key}: sent\n{body}\ninstead of\n{json}");
            }
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    /// <summary>Answers every request as CreateEventSourceMapping does (202, a mapping in state Creating) and records the last one.</summary>
    private sealed class RecordingListener : IDisposable
    {
        private readonly HttpListener _listener = new();
        private readonly Task _loop;

        public RecordingListener()
        {
            for (int attempt = 0; ; attempt++)
            {
                int port = Random.Shared.Next(20000, 60000);
                try
                {
                    _listener.Prefixes.Clear();
                    _listener.Prefixes.Add($"http://127.0.0.1:{port}/");
                    _listener.Start();
                    Endpoint = $"http://127.0.0.1:{port}";
                    break;
                }
                catch (HttpListenerException) when (attempt < 20)
                {
                }
            }
            _loop = Task.Run(Serve);
        }

        public string Endpoint { get; } = "";
        public (string Method, string Path, string Body)? Last { get; private set; }

        private async Task Serve()
        {
            while (_listener.IsListening)
            {
                HttpListenerContext context;
                try
                {
                    context = await _listener.GetContextAsync();
                }
                catch (Exception) when (!_listener.IsListening)
                {
                    return;
                }
                using (var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8))
                {
                    Last = (context.Request.HttpMethod, context.Request.Url!.AbsolutePath, await reader.ReadToEndAsync());
                }

                var response = Encoding.UTF8.GetBytes("""{"UUID":"a1b2c3d4-0000-0000-0000-000000000000","State":"Creating"}""");
                context.Response.StatusCode = 202;
                context.Response.ContentType = "application/json";
                await context.Response.OutputStream.WriteAsync(response);
                context.Response.Close();
            }
        }

        public void Dispose()
        {
            _listener.Stop();
            _listener.Close();
            try
            {
                _loop.Wait(TimeSpan.FromSeconds(5));
            }
            catch (AggregateException)
            {
            }
        }
    }
}
