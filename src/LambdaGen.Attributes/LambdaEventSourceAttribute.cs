using System;

namespace LambdaGen;

/// <summary>
/// An event source mapping of the handler's function (Lambda's CreateEventSourceMapping): Lambda polls the source and
/// invokes the function with batches of its records. Repeatable, one per source. The source is told from the ARN (an SQS
/// queue, a Kinesis or DynamoDB stream, an Amazon MSK cluster, an Amazon MQ broker, a DocumentDB cluster); a
/// self-managed Kafka cluster has no ARN and is named by <see cref="KafkaBootstrapServers"/>. Property names are the
/// request's leaf members.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true, Inherited = false)]
public sealed class LambdaEventSourceAttribute : Attribute
{
    /// <summary>Reads the source with ARN <paramref name="eventSourceArn"/>.</summary>
    public LambdaEventSourceAttribute(string eventSourceArn) => EventSourceArn = eventSourceArn;

    /// <summary>Reads a self-managed Kafka cluster: set <see cref="KafkaBootstrapServers"/> and <see cref="Topics"/>.</summary>
    public LambdaEventSourceAttribute() { }

    /// <summary>The source's ARN; null for self-managed Kafka.</summary>
    public string? EventSourceArn { get; }
    /// <summary>False creates the mapping paused (Lambda's default true).</summary>
    public bool Enabled { get; set; }
    /// <summary>Records per batch: 1–10000 (1–10 for an SQS FIFO queue).</summary>
    public int BatchSize { get; set; }
    /// <summary>Seconds to gather records before invoking (0–300); SQS needs at least 1 when BatchSize is above 10.</summary>
    public int MaximumBatchingWindowInSeconds { get; set; }
    /// <summary>Event filter patterns (<c>FilterCriteria.Filters[].Pattern</c>), each a JSON object; up to 5 (10 with a quota increase).</summary>
    public string[]? FilterPatterns { get; set; }
    /// <summary>The KMS key that encrypts the filter criteria.</summary>
    public string? KMSKeyArn { get; set; }
    /// <summary>The function reports failed items of a batch (<c>FunctionResponseTypes: ["ReportBatchItemFailures"]</c>).</summary>
    public bool ReportBatchItemFailures { get; set; }
    /// <summary>SQS only: the most concurrent invocations the source starts (2–1000; <c>ScalingConfig</c>).</summary>
    public int MaximumConcurrency { get; set; }
    /// <summary>Where a stream or Kafka mapping starts: <see cref="LambdaStartingPosition"/>.</summary>
    public string? StartingPosition { get; set; }
    /// <summary>With <c>AT_TIMESTAMP</c>: the ISO 8601 date and time to start reading at.</summary>
    public string? StartingPositionTimestamp { get; set; }
    /// <summary>Streams only: batches processed at once per shard (1–10).</summary>
    public int ParallelizationFactor { get; set; }
    /// <summary>Streams and Kafka: retries of a failed batch (-1 for infinite, up to 10000).</summary>
    public int MaximumRetryAttempts { get; set; }
    /// <summary>Streams and Kafka: records older than this are discarded (-1 for infinite, or 60–604800).</summary>
    public int MaximumRecordAgeInSeconds { get; set; }
    /// <summary>Streams and Kafka: split a failed batch in two and retry.</summary>
    public bool BisectBatchOnFunctionError { get; set; }
    /// <summary>Streams only: the tumbling window in seconds (0–900).</summary>
    public int TumblingWindowInSeconds { get; set; }
    /// <summary>Streams and Kafka: where discarded records go (<c>DestinationConfig.OnFailure.Destination</c>).</summary>
    public string? OnFailure { get; set; }
    /// <summary>Kafka: the one topic to read.</summary>
    public string[]? Topics { get; set; }
    /// <summary>Amazon MQ: the one queue to read.</summary>
    public string[]? Queues { get; set; }
    /// <summary>Kafka: the consumer group (Amazon MSK's or the self-managed cluster's config).</summary>
    public string? ConsumerGroupId { get; set; }
    /// <summary>Self-managed Kafka: <c>host:port</c> bootstrap servers (<c>SelfManagedEventSource.Endpoints</c>).</summary>
    public string[]? KafkaBootstrapServers { get; set; }
    /// <summary>Authentication and network items as <c>TYPE=URI</c> (<c>BASIC_AUTH=arn:aws:secretsmanager:…</c>,
    /// <c>VPC_SUBNET=subnet:subnet-…</c>), each written as <c>{Type, URI}</c>.</summary>
    public string[]? SourceAccessConfigurations { get; set; }
    /// <summary>DocumentDB: the database to read.</summary>
    public string? DatabaseName { get; set; }
    /// <summary>DocumentDB: the collection to read (default every collection of the database).</summary>
    public string? CollectionName { get; set; }
    /// <summary>DocumentDB: <c>UpdateLookup</c> or <c>Default</c>.</summary>
    public string? FullDocument { get; set; }
    /// <summary>Provisioned mode: the minimum event pollers (1–200).</summary>
    public int MinimumPollers { get; set; }
    /// <summary>Provisioned mode: the maximum event pollers (1–10000).</summary>
    public int MaximumPollers { get; set; }
    /// <summary>Provisioned mode: pollers shared by mappings of the same group name.</summary>
    public string? PollerGroupName { get; set; }
    /// <summary>Metrics to publish: <c>EventCount</c>, <c>ErrorCount</c>, <c>KafkaMetrics</c>.</summary>
    public string[]? Metrics { get; set; }
    /// <summary>The mapping's system log level: <c>DEBUG</c>, <c>INFO</c> or <c>WARN</c>.</summary>
    public string? SystemLogLevel { get; set; }
}

/// <summary>Where a stream or Kafka event source mapping starts reading.</summary>
public static class LambdaStartingPosition
{
    /// <summary>The oldest record still in the stream or topic.</summary>
    public const string TrimHorizon = "TRIM_HORIZON";
    /// <summary>Only records added after the mapping is created.</summary>
    public const string Latest = "LATEST";
    /// <summary>From StartingPositionTimestamp (Kinesis, DocumentDB, Amazon MSK and self-managed Kafka).</summary>
    public const string AtTimestamp = "AT_TIMESTAMP";
}
