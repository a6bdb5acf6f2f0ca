using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using LambdaGen.Core.Fields;
using LambdaGen.Core.Manifest;
using LambdaGen.Core.Model;

namespace LambdaGen.Core.Rules;

/// <summary>Event source mappings ([LambdaEventSource], CreateEventSourceMapping): what each source takes and needs,
/// LG0117 and LG0120–LG0127, LG0129. The model's own ranges and patterns are the generic check's (SpecValidator.Model).</summary>
public static partial class SpecValidator
{
    private const EventSourceKind Sqs = EventSourceKind.SqsStandard;
    private const EventSourceKind Fifo = EventSourceKind.SqsFifo;
    private const EventSourceKind Kinesis = EventSourceKind.Kinesis;
    private const EventSourceKind DynamoDB = EventSourceKind.DynamoDBStream;
    private const EventSourceKind Msk = EventSourceKind.AmazonMsk;
    private const EventSourceKind Kafka = EventSourceKind.SelfManagedKafka;
    private const EventSourceKind Mq = EventSourceKind.AmazonMq;
    private const EventSourceKind DocDB = EventSourceKind.DocumentDB;

    /// <summary>The sources that take each member; a row not listed is taken by every source. From the per-source parameter
    /// pages (SQS, Kinesis, DynamoDB, MSK, self-managed Kafka, MQ, DocumentDB) and the API reference.</summary>
    private static readonly Dictionary<Field, EventSourceKind[]> SupportedBy = new()
    {
        [FieldTable.EsmMaximumBatchingWindowInSeconds] = new[] { Sqs, Kinesis, DynamoDB, Msk, Kafka, Mq, DocDB },
        [FieldTable.EsmFilterPatterns] = new[] { Sqs, Fifo, Kinesis, DynamoDB, Msk, Kafka, Mq },
        [FieldTable.EsmReportBatchItemFailures] = new[] { Sqs, Fifo, Kinesis, DynamoDB, Msk, Kafka },
        [FieldTable.EsmMaximumConcurrency] = new[] { Sqs, Fifo },
        [FieldTable.EsmStartingPosition] = new[] { Kinesis, DynamoDB, Msk, Kafka, DocDB },
        [FieldTable.EsmStartingPositionTimestamp] = new[] { Kinesis, Msk, Kafka, DocDB },
        [FieldTable.EsmParallelizationFactor] = new[] { Kinesis, DynamoDB },
        [FieldTable.EsmTumblingWindowInSeconds] = new[] { Kinesis, DynamoDB },
        [FieldTable.EsmMaximumRetryAttempts] = new[] { Kinesis, DynamoDB, Msk, Kafka },
        [FieldTable.EsmMaximumRecordAgeInSeconds] = new[] { Kinesis, DynamoDB, Msk, Kafka },
        [FieldTable.EsmBisectBatchOnFunctionError] = new[] { Kinesis, DynamoDB, Msk, Kafka },
        [FieldTable.EsmOnFailure] = new[] { Kinesis, DynamoDB, Msk, Kafka },
        [FieldTable.EsmTopics] = new[] { Msk, Kafka },
        [FieldTable.EsmConsumerGroupId] = new[] { Msk },
        [FieldTable.EsmSelfManagedConsumerGroupId] = new[] { Kafka },
        [FieldTable.EsmKafkaBootstrapServers] = new[] { Kafka },
        [FieldTable.EsmQueues] = new[] { Mq },
        [FieldTable.EsmSourceAccessConfigurations] = new[] { Msk, Kafka, Mq, DocDB },
        [FieldTable.EsmDatabaseName] = new[] { DocDB },
        [FieldTable.EsmCollectionName] = new[] { DocDB },
        [FieldTable.EsmFullDocument] = new[] { DocDB },
        [FieldTable.EsmMinimumPollers] = new[] { Sqs, Fifo, Msk, Kafka },
        [FieldTable.EsmMaximumPollers] = new[] { Sqs, Fifo, Msk, Kafka },
        [FieldTable.EsmPollerGroupName] = new[] { Msk, Kafka },
    };

    /// <summary>The members each source requires besides its ARN.</summary>
    private static readonly (Field Field, EventSourceKind[] Sources)[] RequiredBy =
    {
        (FieldTable.EsmStartingPosition, new[] { Kinesis, DynamoDB, Msk, Kafka }),
        (FieldTable.EsmTopics, new[] { Msk, Kafka }),
        (FieldTable.EsmQueues, new[] { Mq }),
        (FieldTable.EsmDatabaseName, new[] { DocDB }),
    };

    private const int FifoMaxBatchSize = 10;
    private const int DefaultMaxFilters = 5;
    private const int QuotaMaxFilters = 10;

    private static void CheckEventSources(Run run)
    {
        var sources = OperationInstance.Declared(run.Spec).Where(o => o.Operation == Operations.CreateEventSourceMapping).ToList();
        var seen = new Dictionary<string, OperationInstance>(System.StringComparer.Ordinal);
        foreach (var source in sources)
        {
            var settings = source.Settings;
            var kind = EventSources.KindOf(settings);
            var subject = "Event source " + Text.Quote(source.Source);
            if (!CheckSourceKnown(run, source, kind, subject))
            {
                continue;
            }

            foreach (var field in FieldTable.Of(Operations.CreateEventSourceMapping))
            {
                if (settings[field] is ISetting setting && SupportedBy.TryGetValue(field, out var takers) && !takers.Contains(kind))
                {
                    run.Report(RuleCatalog.EventSourceSettingUnsupported, field.Key(source.Position), setting.Origin,
                        $"{subject} is {EventSources.Describe(kind)}, which does not take {field.Name}; " + Takers(field, takers));
                }
            }
            foreach (var (field, needers) in RequiredBy)
            {
                if (needers.Contains(kind) && settings[field] is null)
                {
                    run.Report(RuleCatalog.EventSourceSettingRequired, FieldTable.EsmEventSourceArn.Key(source.Position), ValueOrigin.Method,
                        $"{subject} is {EventSources.Describe(kind)}, which needs {field.Name}" + (field == FieldTable.EsmTopics ? " (exactly one topic)" : ""));
                }
            }

            CheckBatchSize(run, source, kind, subject);
            CheckStartingTimestamp(run, source, kind, subject);
            CheckRecordAge(run, source, subject);
            CheckFilterPatterns(run, source, subject);
            CheckSourceAccess(run, source, subject);

            var identity = Identity(settings, kind);
            if (seen.TryGetValue(identity, out var first))
            {
                run.Report(RuleCatalog.EventSourceDuplicate, FieldTable.EsmEventSourceArn.Key(source.Position), ValueOrigin.Method,
                    $"{subject} reads the same source as event source {Text.Quote(first.Source)} of this function; the second mapping would replace the first");
            }
            else
            {
                seen[identity] = source;
            }
        }
    }

    /// <summary>What identifies a mapping for the deploy: the ARN, or a self-managed cluster's servers and topic.</summary>
    private static string Identity(SettingTable settings, EventSourceKind kind) =>
        kind == EventSourceKind.SelfManagedKafka
            ? "kafka|" + string.Join(",", settings.Get(FieldTable.EsmKafkaBootstrapServers)?.Value.OrderBy(s => s, System.StringComparer.Ordinal) ?? Enumerable.Empty<string?>())
              + "|" + string.Join(",", settings.Get(FieldTable.EsmTopics)?.Value ?? default)
            : settings.Get(FieldTable.EsmEventSourceArn)?.Value ?? "";

    private static bool CheckSourceKnown(Run run, OperationInstance source, EventSourceKind kind, string subject)
    {
        var arnField = FieldTable.EsmEventSourceArn;
        var arn = source.Settings.Get(arnField);
        if (kind != EventSourceKind.Unknown)
        {
            if (kind == EventSourceKind.SelfManagedKafka || source.Settings.Get(FieldTable.EsmKafkaBootstrapServers) is not { } servers)
            {
                return true;
            }

            run.Report(RuleCatalog.EventSourceSettingUnsupported, FieldTable.EsmKafkaBootstrapServers.Key(source.Position), servers.Origin,
                $"{subject} has an ARN and KafkaBootstrapServers; bootstrap servers name a self-managed Kafka cluster, which has no ARN");
            return false;
        }
        if (arn is not { Value: { Length: > 0 } value })
        {
            run.Report(RuleCatalog.EventSourceUnknown, arnField.Key(source.Position), ValueOrigin.Method,
                $"{subject} has no EventSourceArn and no KafkaBootstrapServers; name the source by its ARN, or a self-managed Kafka cluster by its bootstrap servers");
            return false;
        }
        // A value the model's pattern rejects is LG0116's.
        if (!Matches(arnField, value))
        {
            return false;
        }

        var (service, resource) = EventSources.Split(value);
        var hint = service switch
        {
            "dynamodb" => "; a DynamoDB table is read through its stream: arn:aws:dynamodb:<region>:<account>:table/<table>/stream/<label>",
            "sns" => "; an SNS topic invokes a function through a subscription, not an event source mapping",
            "s3" => "; an S3 bucket invokes a function through a bucket notification, not an event source mapping",
            _ => "",
        };
        run.Report(RuleCatalog.EventSourceUnknown, arnField.Key(source.Position), arn.Value.Origin,
            $"{subject} {Text.Quote(value)} is not a source Lambda polls (an SQS queue, a Kinesis or DynamoDB stream, an Amazon MSK cluster, an Amazon MQ broker or a DocumentDB cluster){hint}");
        return false;
    }

    private static string Takers(Field field, EventSourceKind[] takers) =>
        field.Name + " is for " + string.Join(", ", takers.Where(k => k != Fifo || !takers.Contains(Sqs)).Select(Plural)) + "; remove it";

    private static string Plural(EventSourceKind kind) => kind switch
    {
        EventSourceKind.SqsStandard => "SQS queues",
        EventSourceKind.SqsFifo => "SQS FIFO queues",
        EventSourceKind.Kinesis => "Kinesis streams",
        EventSourceKind.DynamoDBStream => "DynamoDB streams",
        EventSourceKind.AmazonMsk => "Amazon MSK",
        EventSourceKind.SelfManagedKafka => "self-managed Kafka",
        EventSourceKind.AmazonMq => "Amazon MQ",
        EventSourceKind.DocumentDB => "DocumentDB",
        _ => "",
    };

    private static void CheckBatchSize(Run run, OperationInstance source, EventSourceKind kind, string subject)
    {
        if (source.Settings.Get(FieldTable.EsmBatchSize) is not { } batch || batch.Value < 1 || batch.Value > 10000)
        {
            return; // outside 1–10000 is the generic check's
        }

        var key = FieldTable.EsmBatchSize.Key(source.Position);
        if (kind == Fifo && batch.Value > FifoMaxBatchSize)
        {
            run.Report(RuleCatalog.EventSourceBatchSizeOutOfRange, key, batch.Origin,
                $"{subject} BatchSize {Text.Number(batch.Value)} is above the maximum of 10 for an SQS FIFO queue", Text.Number(FifoMaxBatchSize));
            return;
        }
        if (kind == Sqs && batch.Value > 10 && source.Settings.Get(FieldTable.EsmMaximumBatchingWindowInSeconds) is not { Value: >= 1 })
        {
            run.Report(RuleCatalog.EventSourceBatchingWindowRequired, key, batch.Origin,
                $"{subject} BatchSize {Text.Number(batch.Value)} is above 10, which for an SQS queue needs MaximumBatchingWindowInSeconds of at least 1", "1");
        }
    }

    private static void CheckStartingTimestamp(Run run, OperationInstance source, EventSourceKind kind, string subject)
    {
        var position = source.Settings.Get(FieldTable.EsmStartingPosition);
        var timestamp = source.Settings.Get(FieldTable.EsmStartingPositionTimestamp);
        bool atTimestamp = position?.Value == "AT_TIMESTAMP";
        if (atTimestamp && kind == DynamoDB)
        {
            run.Report(RuleCatalog.EventSourceStartingTimestamp, FieldTable.EsmStartingPosition.Key(source.Position), position!.Value.Origin,
                $"{subject} is a DynamoDB stream, which does not support StartingPosition AT_TIMESTAMP; use TRIM_HORIZON or LATEST");
            return;
        }
        if (atTimestamp && timestamp is null)
        {
            run.Report(RuleCatalog.EventSourceStartingTimestamp, FieldTable.EsmStartingPosition.Key(source.Position), position!.Value.Origin,
                $"{subject} StartingPosition AT_TIMESTAMP needs StartingPositionTimestamp, the date and time to start reading at");
        }
        else if (timestamp is { } stamp && !atTimestamp && SupportedBy[FieldTable.EsmStartingPositionTimestamp].Contains(kind))
        {
            run.Report(RuleCatalog.EventSourceStartingTimestamp, FieldTable.EsmStartingPositionTimestamp.Key(source.Position), stamp.Origin,
                $"{subject} StartingPositionTimestamp is only valid with StartingPosition AT_TIMESTAMP");
        }
        else if (timestamp is { Value: { } text } value && !IsIsoTimestamp(text))
        {
            run.Report(RuleCatalog.EventSourceStartingTimestamp, FieldTable.EsmStartingPositionTimestamp.Key(source.Position), value.Origin,
                $"{subject} StartingPositionTimestamp {Text.Quote(text)} is not an ISO 8601 date and time (2026-12-01T00:00:00Z)");
        }
    }

    private static bool IsIsoTimestamp(string text) =>
        text.Length >= 10 && text[4] == '-' && System.DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out _);

    private static void CheckRecordAge(Run run, OperationInstance source, string subject)
    {
        if (source.Settings.Get(FieldTable.EsmMaximumRecordAgeInSeconds) is { Value: >= 0 and < 60 } age)
        {
            run.Report(RuleCatalog.EventSourceRecordAgeGap, FieldTable.EsmMaximumRecordAgeInSeconds.Key(source.Position), age.Origin,
                $"{subject} MaximumRecordAgeInSeconds {Text.Number(age.Value)} is below the minimum of 60; use -1 for infinite or 60–604800", "60");
        }
    }

    private static void CheckFilterPatterns(Run run, OperationInstance source, string subject)
    {
        if (source.Settings.Get(FieldTable.EsmFilterPatterns) is not { } patterns)
        {
            return;
        }

        var key = FieldTable.EsmFilterPatterns.Key(source.Position);
        if (patterns.Value.Count > DefaultMaxFilters)
        {
            run.Report(RuleCatalog.EventSourceTooManyFilters, key, patterns.Origin,
                patterns.Value.Count > QuotaMaxFilters
                    ? $"{subject} has {Text.Number(patterns.Value.Count)} filter patterns; Lambda allows at most 10, even with a quota increase"
                    : $"{subject} has {Text.Number(patterns.Value.Count)} filter patterns; the default quota is 5 per mapping (up to 10 with an increase)");
        }

        for (int i = 0; i < patterns.Value.Count; i++)
        {
            if (patterns.Value[i] is not { } pattern || Text.CodePoints(pattern) > 4096)
            {
                continue; // null is LG0113's, too long the model check's
            }

            if (FilterPatterns.Problem(pattern) is { } problem)
            {
                run.Report(RuleCatalog.EventSourceFilterPatternInvalid, FieldKeys.Item(key, i), patterns.Origin,
                    $"{subject} filter pattern {Text.Quote(pattern)} {problem}");
            }
        }
    }

    private static void CheckSourceAccess(Run run, OperationInstance source, string subject)
    {
        var field = FieldTable.EsmSourceAccessConfigurations;
        if (source.Settings.Get(field) is not { } items)
        {
            return;
        }

        var key = field.Key(source.Position);
        if (items.Value.Count > field.Model.MaxItems)
        {
            run.Report(RuleCatalog.EventSourceValueInvalid, key, items.Origin, $"{subject} SourceAccessConfigurations has {Text.Number(items.Value.Count)} items; it must have at most 23");
            return;
        }
        for (int i = 0; i < items.Value.Count; i++)
        {
            if (items.Value[i] is not { } item)
            {
                continue;
            }

            var (type, uri) = ManifestWriter.SplitKeyedItem(item);
            var at = FieldKeys.Item(key, i);
            if (!field.Model.ItemKeys.Contains(type))
            {
                run.Report(RuleCatalog.EventSourceValueInvalid, at, items.Origin,
                    $"{subject} SourceAccessConfigurations item {Text.Quote(item)} is not TYPE=URI with TYPE one of {string.Join(", ", field.Model.ItemKeys)}");
            }
            else if (uri.Length == 0 || Text.CodePoints(uri) > 200 || !Matches(field, uri))
            {
                run.Report(RuleCatalog.EventSourceValueInvalid, at, items.Origin,
                    $"{subject} SourceAccessConfigurations {type} URI {Text.Quote(uri)} must be 1–200 characters matching the model's pattern {field.Model.Pattern}");
            }
        }
    }
}
