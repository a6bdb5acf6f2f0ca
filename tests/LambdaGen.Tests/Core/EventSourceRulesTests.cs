using LambdaGen.Core.Fields;
using LambdaGen.Core.Model;
using LambdaGen.Core.Rules;

namespace LambdaGen.Tests.Core;

/// <summary>
/// Issue 15's per-source rules (SpecValidator.EventSources) at each valid boundary and each violation: what every source
/// takes and needs, the FIFO batch size, the SQS batching window, AT_TIMESTAMP, the 60-second record age, filter patterns,
/// and duplicates. Each test states the whole expected list, so a rule that fires too often fails too.
/// </summary>
public class EventSourceRulesTests : SpecValidatorTestBase
{
    private const string Queue = "arn:aws:sqs:us-east-1:123456789012:orders";
    private const string Fifo = "arn:aws:sqs:us-east-1:123456789012:orders.fifo";
    private const string Stream = "arn:aws:kinesis:us-east-1:123456789012:stream/clicks";
    private const string Table = "arn:aws:dynamodb:us-east-1:123456789012:table/orders/stream/2026-01-01T00:00:00.000";
    private const string Msk = "arn:aws:kafka:us-east-1:123456789012:cluster/events/1a2b3c4d-1234-5678-9abc-def012345678-1";
    private const string Mq = "arn:aws:mq:us-east-1:123456789012:broker:orders-broker:b-1234";
    private const string Docs = "arn:aws:rds:us-east-1:123456789012:cluster:docs";

    /// <summary>A function with one [LambdaEventSource] per entry, each set from (row, value) pairs.</summary>
    private static FunctionSpec With(params (Field Field, object Value)[][] sources) => Valid with
    {
        Attached = sources.Select((pairs, i) => new AttachedSettings(Operations.LambdaEventSourceAttribute, i,
            pairs.Aggregate(new SettingTable(), (table, pair) => table.With(pair.Field, pair.Value)))).ToEquatableArray(),
    };

    private static (Field, object)[] Source(string? arn, params (Field, object)[] more) =>
        (arn is null ? more : more.Prepend((FieldTable.EsmEventSourceArn, M(arn)))).ToArray();

    private static string[] Ids(FunctionSpec spec) => Validate(spec).Select(v => v.Rule.Id).ToArray();

    private static Violation One(FunctionSpec spec, Rule rule) => Assert.Single(Validate(spec), v => v.Rule == rule);

    [Fact]
    public void A_complete_mapping_of_every_kind_breaks_no_rule()
    {
        var spec = With(
            Source(Queue, (FieldTable.EsmBatchSize, M(10000)), (FieldTable.EsmMaximumBatchingWindowInSeconds, M(1)), (FieldTable.EsmMaximumConcurrency, M(2)),
                (FieldTable.EsmReportBatchItemFailures, M(true)), (FieldTable.EsmFilterPatterns, L("{\"body\":{\"type\":[\"order\"]}}")), (FieldTable.EsmMinimumPollers, M(2))),
            Source(Fifo, (FieldTable.EsmBatchSize, M(10)), (FieldTable.EsmMaximumConcurrency, M(1000))),
            Source(Stream, (FieldTable.EsmStartingPosition, M("AT_TIMESTAMP")), (FieldTable.EsmStartingPositionTimestamp, M("2026-12-01T00:00:00Z")),
                (FieldTable.EsmParallelizationFactor, M(10)), (FieldTable.EsmTumblingWindowInSeconds, M(900)), (FieldTable.EsmMaximumRecordAgeInSeconds, M(-1)),
                (FieldTable.EsmMaximumRetryAttempts, M(-1)), (FieldTable.EsmBisectBatchOnFunctionError, M(true)), (FieldTable.EsmOnFailure, M("arn:aws:sqs:us-east-1:123456789012:dlq"))),
            Source(Table, (FieldTable.EsmStartingPosition, M("TRIM_HORIZON")), (FieldTable.EsmMaximumRecordAgeInSeconds, M(60))),
            Source(Msk, (FieldTable.EsmStartingPosition, M("LATEST")), (FieldTable.EsmTopics, L("orders")), (FieldTable.EsmConsumerGroupId, M("g")),
                (FieldTable.EsmMaximumRecordAgeInSeconds, M(604800))),
            Source(null, (FieldTable.EsmKafkaBootstrapServers, L("b-1.example.com:9092")), (FieldTable.EsmTopics, L("payments")), (FieldTable.EsmStartingPosition, M("TRIM_HORIZON")),
                (FieldTable.EsmSelfManagedConsumerGroupId, M("g")), (FieldTable.EsmSourceAccessConfigurations, L("SASL_SCRAM_256_AUTH=arn:aws:secretsmanager:us-east-1:123456789012:secret:k"))),
            Source(Mq, (FieldTable.EsmQueues, L("orders")), (FieldTable.EsmSourceAccessConfigurations, L("BASIC_AUTH=arn:aws:secretsmanager:us-east-1:123456789012:secret:mq"))),
            Source(Docs, (FieldTable.EsmDatabaseName, M("shop")), (FieldTable.EsmStartingPosition, M("AT_TIMESTAMP")), (FieldTable.EsmStartingPositionTimestamp, M("2026-12-01T00:00:00+01:00"))));
        Assert.Empty(Validate(spec));
    }

    [Theory]
    [InlineData(Fifo, 10, new string[0])]
    [InlineData(Fifo, 11, new[] { "LG0117" })]
    [InlineData(Queue, 10, new string[0])]
    [InlineData(Queue, 11, new[] { "LG0123" })]
    [InlineData(Queue, 10001, new[] { "LG0117" })]
    [InlineData(Stream, 10000, new[] { "LG0122" })]
    public void Batch_size_limits_per_source(string arn, int size, string[] expected) =>
        Assert.Equal(expected, Ids(With(Source(arn, (FieldTable.EsmBatchSize, M(size))))));

    [Fact]
    public void The_FIFO_clamp_suggests_10_and_the_window_rule_suggests_1()
    {
        Assert.Equal("10", One(With(Source(Fifo, (FieldTable.EsmBatchSize, M(11)))), RuleCatalog.EventSourceBatchSizeOutOfRange).Fix);
        var window = One(With(Source(Queue, (FieldTable.EsmBatchSize, M(11)), (FieldTable.EsmMaximumBatchingWindowInSeconds, M(0)))), RuleCatalog.EventSourceBatchingWindowRequired);
        Assert.Equal("EventSource#0.BatchSize", window.Field);
        Assert.Empty(Validate(With(Source(Queue, (FieldTable.EsmBatchSize, M(11)), (FieldTable.EsmMaximumBatchingWindowInSeconds, M(1))))));
    }

    [Theory]
    [InlineData(-1, new string[0])]
    [InlineData(0, new[] { "LG0129" })]
    [InlineData(59, new[] { "LG0129" })]
    [InlineData(60, new string[0])]
    [InlineData(604800, new string[0])]
    [InlineData(604801, new[] { "LG0118" })]
    [InlineData(-2, new[] { "LG0118" })]
    public void Record_age_is_minus_one_or_60_to_604800(int age, string[] expected) =>
        Assert.Equal(expected, Ids(With(Source(Stream, (FieldTable.EsmStartingPosition, M("LATEST")), (FieldTable.EsmMaximumRecordAgeInSeconds, M(age))))));

    [Fact]
    public void A_queue_refuses_stream_settings_and_names_who_takes_them()
    {
        var spec = With(Source(Queue, (FieldTable.EsmStartingPosition, M("LATEST")), (FieldTable.EsmTumblingWindowInSeconds, M(60))));
        Assert.Equal(new[] { "EventSource#0.StartingPosition", "EventSource#0.TumblingWindowInSeconds" }, Validate(spec).Select(v => v.Field));
        Assert.All(Validate(spec), v => Assert.Equal("LG0121", v.Rule.Id));
        Assert.Equal("Event source 'orders' is an SQS standard queue, which does not take TumblingWindowInSeconds; TumblingWindowInSeconds is for Kinesis streams, DynamoDB streams; remove it (set on [LambdaEventSource])",
            Validate(spec)[1].Message);
    }

    [Theory]
    [InlineData(Fifo, "MaximumBatchingWindowInSeconds")]
    [InlineData(Stream, "MaximumConcurrency")]
    [InlineData(Msk, "ParallelizationFactor")]
    [InlineData(Mq, "Topics")]
    [InlineData(Docs, "FilterPatterns")]
    [InlineData(Queue, "Queues")]
    [InlineData(Table, "ConsumerGroupId")]
    public void Each_source_refuses_what_it_does_not_take(string arn, string setting)
    {
        var field = FieldTable.ByAttribute(Operations.LambdaEventSourceAttribute, setting)!;
        object value = field.Kind switch
        {
            FieldKind.Int => M(1),
            FieldKind.StringList => L("{\"a\":[1]}"),
            _ => M("x"),
        };
        var violations = Validate(With(Source(arn, (field, value)))).Where(v => v.Rule == RuleCatalog.EventSourceSettingUnsupported).ToList();
        Assert.Equal("EventSource#0." + setting, Assert.Single(violations).Field);
    }

    [Theory]
    [InlineData(Stream, "StartingPosition")]
    [InlineData(Table, "StartingPosition")]
    [InlineData(Mq, "Queues")]
    [InlineData(Docs, "DatabaseName")]
    public void Required_settings_are_named(string arn, string setting) =>
        Assert.EndsWith("which needs " + setting + " (set on [LambdaEventSource])", One(With(Source(arn)), RuleCatalog.EventSourceSettingRequired).Message);

    [Fact]
    public void Kafka_needs_a_starting_position_and_exactly_one_topic()
    {
        Assert.Equal(new[] { "LG0122", "LG0122" }, Ids(With(Source(Msk))));
        Assert.Equal(new[] { "LG0119" }, Ids(With(Source(Msk, (FieldTable.EsmStartingPosition, M("LATEST")), (FieldTable.EsmTopics, L("a", "b"))))));
    }

    [Fact]
    public void AT_TIMESTAMP_needs_a_timestamp_and_is_not_for_DynamoDB()
    {
        Assert.Equal(new[] { "LG0124" }, Ids(With(Source(Stream, (FieldTable.EsmStartingPosition, M("AT_TIMESTAMP"))))));
        // DynamoDB takes no timestamp either: both the position and the timestamp are reported.
        Assert.Equal(new[] { "LG0121", "LG0124" }, Ids(With(Source(Table, (FieldTable.EsmStartingPosition, M("AT_TIMESTAMP")), (FieldTable.EsmStartingPositionTimestamp, M("2026-01-01T00:00:00Z"))))));
        Assert.Equal(new[] { "LG0124" }, Ids(With(Source(Stream, (FieldTable.EsmStartingPosition, M("LATEST")), (FieldTable.EsmStartingPositionTimestamp, M("2026-01-01T00:00:00Z"))))));
        Assert.Equal("Event source 'clicks' StartingPositionTimestamp 'yesterday' is not an ISO 8601 date and time (2026-12-01T00:00:00Z) (set on [LambdaEventSource])",
            One(With(Source(Stream, (FieldTable.EsmStartingPosition, M("AT_TIMESTAMP")), (FieldTable.EsmStartingPositionTimestamp, M("yesterday")))), RuleCatalog.EventSourceStartingTimestamp).Message);
    }

    [Theory]
    [InlineData("{\"body\":{\"type\":[\"order\"]}}")]
    [InlineData("{\"body\":{\"price\":[{\"numeric\":[\">\",10]}],\"note\":[null,{\"exists\":false}]}}")]
    [InlineData("{\"$or\":[{\"a\":[1]},{\"b\":[{\"prefix\":\"x\"}]}]}")]
    [InlineData("{}")]
    public void Valid_filter_patterns_pass(string pattern) =>
        Assert.Null(FilterPatterns.Problem(pattern));

    [Theory]
    [InlineData("{\"a\":", "is not valid JSON: the text ends where a value should be at position 6")]
    [InlineData("[1]", "is not a JSON object; a pattern is an object such as {\"body\":{\"type\":[\"order\"]}}")]
    [InlineData("{\"a\":\"x\"}", "has a plain value at 'a'; each value in a pattern is an array of matchers, such as [\"x\"]")]
    [InlineData("{\"a\":[]}", "has an empty array at 'a', which matches nothing")]
    [InlineData("{\"a\":{\"b\":[{\"startsWith\":\"x\"}]}}", "has an unknown matcher 'startsWith' at 'a.b'; use prefix, suffix, anything-but, numeric, exists, equals-ignore-case, wildcard or cidr")]
    [InlineData("{\"a\":[{\"prefix\":\"x\",\"suffix\":\"y\"}]}", "has a matcher object at 'a' with 2 members; a matcher has exactly one, such as {\"prefix\": \"x\"}")]
    [InlineData("{\"a\":[1],\"a\":[2]}", "is not valid JSON: member 'a' appears twice at position 14")]
    [InlineData("{\"$or\":{\"a\":[1]}}", "has $or at '$or' that is not an array of patterns")]
    public void Invalid_filter_patterns_say_why(string pattern, string problem) =>
        Assert.Equal(problem, FilterPatterns.Problem(pattern));

    [Theory]
    [InlineData(5, new string[0])]
    [InlineData(6, new[] { "LG0126" })]
    [InlineData(10, new[] { "LG0126" })]
    [InlineData(11, new[] { "LG0126" })]
    public void Filter_counts_warn_above_the_default_quota(int count, string[] expected)
    {
        var patterns = Enumerable.Range(0, count).Select(i => (string?)$"{{\"n\":[{i}]}}").ToArray();
        var violations = Validate(With(Source(Queue, (FieldTable.EsmFilterPatterns, L(patterns))))).ToList();
        Assert.Equal(expected, violations.Select(v => v.Rule.Id));
        if (count > 10)
        {
            Assert.Contains("Lambda allows at most 10, even with a quota increase", violations[0].Message);
        }
    }

    [Fact]
    public void The_source_must_be_one_Lambda_polls()
    {
        Assert.Contains("a DynamoDB table is read through its stream", One(With(Source("arn:aws:dynamodb:us-east-1:123456789012:table/orders")), RuleCatalog.EventSourceUnknown).Message);
        Assert.Equal("Event source 'kafka' has no EventSourceArn and no KafkaBootstrapServers; name the source by its ARN, or a self-managed Kafka cluster by its bootstrap servers (set on [LambdaEventSource])",
            One(With(Source(null)), RuleCatalog.EventSourceUnknown).Message);
        Assert.Equal("EventSource#0.KafkaBootstrapServers",
            One(With(Source(Msk, (FieldTable.EsmKafkaBootstrapServers, L("b:9092")))), RuleCatalog.EventSourceSettingUnsupported).Field);
        // A value that is not an ARN at all is the model rule's alone.
        Assert.Equal(new[] { "LG0116" }, Ids(With(Source("orders"))));
    }

    [Fact]
    public void The_same_source_twice_is_an_error_at_the_second()
    {
        var duplicate = One(With(Source(Queue), Source(Fifo), Source(Queue)), RuleCatalog.EventSourceDuplicate);
        Assert.Equal("EventSource#2.EventSourceArn", duplicate.Field);
        Assert.StartsWith("Event source 'orders-2' reads the same source as event source 'orders'", duplicate.Message);
        var kafka = Source(null, (FieldTable.EsmKafkaBootstrapServers, L("b:9092")), (FieldTable.EsmTopics, L("tt")), (FieldTable.EsmStartingPosition, M("LATEST")));
        Assert.Equal(new[] { "LG0127" }, Ids(With(kafka, kafka)));
        var otherTopic = Source(null, (FieldTable.EsmKafkaBootstrapServers, L("b:9092")), (FieldTable.EsmTopics, L("uu")), (FieldTable.EsmStartingPosition, M("LATEST")));
        Assert.Empty(Validate(With(kafka, otherTopic)));
    }

    [Fact]
    public void Source_file_names_are_file_safe_and_unique_ignoring_case()
    {
        var names = EventSources.FileNames(new[] { Queue, "arn:aws:sqs:us-east-1:123456789012:Orders", Fifo, Table }
            .Select(arn => new SettingTable().With(FieldTable.EsmEventSourceArn, M(arn))).ToList());
        Assert.Equal(new[] { "orders", "Orders-2", "orders-fifo", "orders-3" }, names);
    }
}
