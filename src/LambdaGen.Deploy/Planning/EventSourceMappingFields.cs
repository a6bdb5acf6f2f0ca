using System.Text.Json.Nodes;

namespace LambdaGen.Deploy.Planning;

/// <summary>
/// The members of an event source mapping as the deploy treats them: the ones UpdateEventSourceMapping changes
/// (<see cref="Updatable"/>), the ones Lambda fixes at creation (<see cref="CreateOnly"/>: not members of the update request,
/// or — the Kafka configs with their consumer group — replaced rather than updated, as CloudFormation documents), and the
/// value each updatable member goes back to when the manifest no longer declares it (<see cref="ResetValue"/>), per source:
/// the defaults the CreateEventSourceMapping reference documents (BatchSize 10 for SQS, 100 for the others; batching window 0;
/// the stream settings 1, -1, false, -1, 0). No reset for what has no settable default (the 500 ms batching window of Kafka, MQ
/// and DocumentDB; source access, logging, DocumentDB and poller configs).
/// </summary>
internal static class EventSourceMappingFields
{
    public static readonly IReadOnlyList<string> Updatable =
    [
        "Enabled", "BatchSize", "FilterCriteria", "KMSKeyArn", "MetricsConfig", "LoggingConfig", "ScalingConfig", "MaximumBatchingWindowInSeconds",
        "ParallelizationFactor", "DestinationConfig", "MaximumRecordAgeInSeconds", "BisectBatchOnFunctionError", "MaximumRetryAttempts",
        "TumblingWindowInSeconds", "SourceAccessConfigurations", "FunctionResponseTypes", "DocumentDBEventSourceConfig", "ProvisionedPollerConfig",
    ];

    public static readonly IReadOnlyList<string> CreateOnly =
    [
        "StartingPosition", "StartingPositionTimestamp", "Queues", "AmazonManagedKafkaEventSourceConfig", "SelfManagedKafkaEventSourceConfig",
    ];

    /// <summary>Members the deploy neither updates nor compares: the source itself (the mapping's identity), the function, and Tags
    /// (set at creation; TagResource on the mapping's ARN is not managed).</summary>
    public static readonly IReadOnlyList<string> Identity = ["FunctionName", "EventSourceArn", "SelfManagedEventSource", "Topics", "Tags"];

    /// <summary>sqs, kinesis, dynamodb, kafka (Amazon MSK and self-managed), mq, docdb, or the ARN's service.</summary>
    public static string SourceOf(string key)
    {
        if (key.StartsWith("kafka://", StringComparison.Ordinal))
        {
            return "kafka";
        }
        string[] parts = key.Split(':');
        return parts.Length > 2 ? parts[2] switch { "rds" => "docdb", var s => s } : "";
    }

    private static bool IsStream(string source) => source is "kinesis" or "dynamodb";

    public static JsonNode? ResetValue(string member, string source) => member switch
    {
        "Enabled" => JsonValue.Create(true),
        "BatchSize" => JsonValue.Create(source == "sqs" ? 10 : 100),
        "MaximumBatchingWindowInSeconds" when source == "sqs" || IsStream(source) => JsonValue.Create(0),
        "ParallelizationFactor" when IsStream(source) => JsonValue.Create(1),
        "MaximumRecordAgeInSeconds" when IsStream(source) => JsonValue.Create(-1),
        "BisectBatchOnFunctionError" when IsStream(source) => JsonValue.Create(false),
        "MaximumRetryAttempts" when IsStream(source) => JsonValue.Create(-1),
        "TumblingWindowInSeconds" when IsStream(source) => JsonValue.Create(0),
        "DestinationConfig" when IsStream(source) || source == "kafka" => new JsonObject { ["OnFailure"] = new JsonObject() },
        "FilterCriteria" => new JsonObject(),
        "ScalingConfig" when source == "sqs" => new JsonObject(),
        "FunctionResponseTypes" => new JsonArray(),
        "KMSKeyArn" => JsonValue.Create(""),
        "MetricsConfig" => new JsonObject { ["Metrics"] = new JsonArray() },
        _ => null,
    };

    /// <summary>Filters and response types compare as sets (the service need not keep their order).</summary>
    public static CompareAs ModeOf(string path) =>
        path is "FilterCriteria.Filters" or "FunctionResponseTypes" or "SourceAccessConfigurations" or "MetricsConfig.Metrics" ? CompareAs.Set : CompareAs.Declared;

    /// <summary>Enabled as the deployed mapping reports it: its State (Enabled/Enabling, or Disabled/Disabling).</summary>
    public static bool IsEnabled(JsonObject mapping) => mapping.GetString("State") is not ("Disabled" or "Disabling");

    /// <summary>A mapping that is not moving between states.</summary>
    public static bool IsSettled(JsonObject mapping) => mapping.GetString("State") is "Enabled" or "Disabled";
}
