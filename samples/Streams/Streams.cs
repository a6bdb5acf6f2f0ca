using LambdaGen;

namespace Streams;

/// <summary>
/// Handlers that Lambda invokes with batches of records it polls from a queue, a stream or a Kafka topic. The mappings are
/// declared with the handler, checked as you type (a FIFO batch above 10, a starting position on a queue, a stream setting
/// on Kafka are errors before the build) and written to their own manifests.
/// </summary>
public static class Consumers
{
    /// <summary>
    /// New orders from SQS: up to 100 messages per batch, gathered for at most 5 seconds (an SQS batch above 10 needs a
    /// window), only messages whose body has type "order", at most 10 concurrent invocations, and failed messages reported
    /// one by one so that the rest of a batch is not retried.
    /// </summary>
    [LambdaFunction(FunctionName = "orders-queue", MemorySize = 256, Timeout = 30)]
    [LambdaEventSource("arn:aws:sqs:us-east-1:123456789012:orders",
        BatchSize = 100, MaximumBatchingWindowInSeconds = 5, Enabled = true,
        FilterPatterns = new[] { "{\"body\":{\"type\":[\"order\"]}}" },
        ReportBatchItemFailures = true, MaximumConcurrency = 10)]
    public static Stream Orders(Stream batch) => batch;

    /// <summary>
    /// Click events from Kinesis, from the newest record on: four batches per shard at once, three retries with bisection,
    /// records older than an hour dropped to the dead-letter queue, and one-minute tumbling windows for aggregates.
    /// </summary>
    [LambdaFunction(FunctionName = "clicks-stream", MemorySize = 512, Timeout = 60)]
    [LambdaEventSource("arn:aws:kinesis:us-east-1:123456789012:stream/clicks",
        StartingPosition = LambdaStartingPosition.Latest, BatchSize = 500, ParallelizationFactor = 4,
        MaximumRetryAttempts = 3, MaximumRecordAgeInSeconds = 3600, BisectBatchOnFunctionError = true,
        TumblingWindowInSeconds = 60, OnFailure = "arn:aws:sqs:us-east-1:123456789012:clicks-dlq")]
    public static Stream Clicks(Stream batch) => batch;

    /// <summary>Order events from an Amazon MSK topic, from the oldest retained record, in their own consumer group.</summary>
    [LambdaFunction(FunctionName = "orders-kafka", MemorySize = 512, Timeout = 60)]
    [LambdaEventSource("arn:aws:kafka:us-east-1:123456789012:cluster/events/1a2b3c4d-1234-5678-9abc-def012345678-1",
        Topics = new[] { "orders" }, StartingPosition = LambdaStartingPosition.TrimHorizon, ConsumerGroupId = "orders-kafka", BatchSize = 200)]
    public static Stream Kafka(Stream batch) => batch;
}
