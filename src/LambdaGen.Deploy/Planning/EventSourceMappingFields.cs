using System.Text.Json.Nodes;
using LambdaGen.Core.Fields;

namespace LambdaGen.Deploy.Planning;

/// <summary>
/// The members of an event source mapping as the deploy treats them, derived from Core's field-table rows of
/// CreateEventSourceMapping (<see cref="FieldTable.Of"/>) and one fact of the API, the members UpdateEventSourceMapping takes
/// (<see cref="UpdateRequestMembers"/>): a top-level member is updated when the update request has it and none of its rows is
/// create-only (<see cref="Updatable"/>); the rest of the rows' members are fixed at creation (<see cref="CreateOnly"/>). The value
/// an updatable member goes back to when the manifest no longer declares it is its rows' <see cref="Field.ResetJson"/> composed at
/// their paths; where a row has none because the default depends on the source, it is the default the CreateEventSourceMapping
/// reference documents for that source (BatchSize 10 for SQS, 100 for the others; batching window 0 for SQS and streams; the
/// stream settings 1, -1, false, -1, 0; no destination, no scaling, no KMS key, no metrics). Nothing is reset where no default
/// can be set (the 500 ms batching window of Kafka, MQ and DocumentDB; logging, DocumentDB and poller configs).
/// </summary>
internal static class EventSourceMappingFields
{
    /// <summary>The members of UpdateEventSourceMappingRequest besides the UUID and FunctionName (the service model's).</summary>
    public static readonly IReadOnlySet<string> UpdateRequestMembers = new HashSet<string>(StringComparer.Ordinal)
    {
        "Enabled", "BatchSize", "FilterCriteria", "KMSKeyArn", "MetricsConfig", "LoggingConfig", "ScalingConfig", "MaximumBatchingWindowInSeconds",
        "ParallelizationFactor", "DestinationConfig", "MaximumRecordAgeInSeconds", "BisectBatchOnFunctionError", "MaximumRetryAttempts",
        "TumblingWindowInSeconds", "SourceAccessConfigurations", "FunctionResponseTypes", "AmazonManagedKafkaEventSourceConfig",
        "SelfManagedKafkaEventSourceConfig", "DocumentDBEventSourceConfig", "ProvisionedPollerConfig",
    };

    private static readonly IReadOnlyList<Field> Rows = FieldTable.Of(Operations.CreateEventSourceMapping);

    private static readonly ILookup<string, Field> RowsByMember = Rows.ToLookup(row => row.TopLevel, StringComparer.Ordinal);

    /// <summary>The identity of a mapping (its source, compared by <see cref="Manifests.EventSourceMappingManifest.KeyOf"/>) and the
    /// members that are neither compared nor updated: Tags are sent on create only (TagResource on the mapping is not managed).</summary>
    private static readonly IReadOnlySet<string> NotCompared = new HashSet<string>(StringComparer.Ordinal) { "FunctionName", "EventSourceArn", "SelfManagedEventSource", "Tags" };

    /// <summary>The members UpdateEventSourceMapping changes, in the rows' order.</summary>
    public static readonly IReadOnlyList<string> Updatable = RowsByMember
        .Where(g => UpdateRequestMembers.Contains(g.Key) && g.All(row => row.Channel != DeployChannel.CreateOnly))
        .Select(g => g.Key)
        .ToList();

    /// <summary>The members Lambda sets only when it creates a mapping: a create-only row, or not a member of the update request.</summary>
    public static readonly IReadOnlyList<string> CreateOnly = RowsByMember
        .Select(g => g.Key)
        .Where(member => !NotCompared.Contains(member) && !Updatable.Contains(member))
        .ToList();

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

    /// <summary>The value a member goes back to when the manifest no longer declares it, or null: never reset.</summary>
    public static JsonNode? ResetValue(string member, string source) => FromRows(member) ?? SourceDefault(member, source);

    /// <summary>The rows' reset values at their paths under <paramref name="member"/>; null when no row under it has one.</summary>
    private static JsonNode? FromRows(string member)
    {
        var resettable = RowsByMember[member].Where(row => row.ResetJson is not null).ToList();
        if (resettable.Count == 0)
        {
            return null;
        }
        if (resettable.Count == 1 && resettable[0].Segments.Length == 1)
        {
            return JsonNode.Parse(resettable[0].ResetJson!);
        }
        var root = new JsonObject();
        foreach (Field row in resettable)
        {
            JsonObject parent = root;
            for (int i = 1; i < row.Segments.Length - 1; i++)
            {
                if (parent[row.Segments[i]] is not JsonObject child)
                {
                    child = new JsonObject();
                    parent[row.Segments[i]] = child;
                }
                parent = child;
            }
            parent[row.Segments[^1]] = JsonNode.Parse(row.ResetJson!);
        }
        return root;
    }

    private static JsonNode? SourceDefault(string member, string source) => member switch
    {
        "BatchSize" => JsonValue.Create(source == "sqs" ? 10 : 100),
        "MaximumBatchingWindowInSeconds" when source == "sqs" || IsStream(source) => JsonValue.Create(0),
        "ParallelizationFactor" when IsStream(source) => JsonValue.Create(1),
        "MaximumRecordAgeInSeconds" when IsStream(source) => JsonValue.Create(-1),
        "BisectBatchOnFunctionError" when IsStream(source) => JsonValue.Create(false),
        "MaximumRetryAttempts" when IsStream(source) => JsonValue.Create(-1),
        "TumblingWindowInSeconds" when IsStream(source) => JsonValue.Create(0),
        "DestinationConfig" when IsStream(source) || source == "kafka" => new JsonObject { ["OnFailure"] = new JsonObject() },
        "ScalingConfig" when source == "sqs" => new JsonObject(),
        "KMSKeyArn" => JsonValue.Create(""),
        "MetricsConfig" => new JsonObject { ["Metrics"] = new JsonArray() },
        _ => null,
    };

    /// <summary>Lists whose order the service need not keep compare as sets: the rows marked unordered, filters, response types,
    /// source access configurations and metrics.</summary>
    public static CompareAs ModeOf(string path) =>
        Rows.Any(row => row.Unordered && row.ApiPath == path)
        || path is "FilterCriteria.Filters" or "FunctionResponseTypes" or "SourceAccessConfigurations" or "MetricsConfig.Metrics"
            ? CompareAs.Set
            : CompareAs.Declared;

    /// <summary>Enabled as the deployed mapping reports it: its State (Enabled/Enabling, or Disabled/Disabling).</summary>
    public static bool IsEnabled(JsonObject mapping) => mapping.GetString("State") is not ("Disabled" or "Disabling");

    /// <summary>A mapping that is not moving between states.</summary>
    public static bool IsSettled(JsonObject mapping) => mapping.GetString("State") is "Enabled" or "Disabled";
}
