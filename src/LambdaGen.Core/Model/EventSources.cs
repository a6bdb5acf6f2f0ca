using System;
using System.Collections.Generic;
using LambdaGen.Core.Fields;

namespace LambdaGen.Core.Model;

/// <summary>What an event source mapping reads, as CreateEventSourceMapping's per-source rules tell sources apart.</summary>
public enum EventSourceKind : byte
{
    /// <summary>No ARN and no bootstrap servers, or an ARN of a service Lambda does not poll.</summary>
    Unknown,
    SqsStandard,
    SqsFifo,
    Kinesis,
    DynamoDBStream,
    AmazonMsk,
    SelfManagedKafka,
    AmazonMq,
    DocumentDB,
}

/// <summary>Tells the source of a <c>[LambdaEventSource]</c> from its ARN, and names it for its manifest file.</summary>
public static class EventSources
{
    /// <summary>The source an ARN names (or, without one, self-managed Kafka when bootstrap servers are set).</summary>
    public static EventSourceKind KindOf(string? arn, bool hasBootstrapServers)
    {
        if (string.IsNullOrEmpty(arn))
        {
            return hasBootstrapServers ? EventSourceKind.SelfManagedKafka : EventSourceKind.Unknown;
        }

        var (service, resource) = Split(arn!);
        return service switch
        {
            "sqs" when resource.Length > 0 => resource.EndsWith(".fifo", StringComparison.Ordinal) ? EventSourceKind.SqsFifo : EventSourceKind.SqsStandard,
            "kinesis" when resource.StartsWith("stream/", StringComparison.Ordinal) => EventSourceKind.Kinesis,
            "dynamodb" when resource.StartsWith("table/", StringComparison.Ordinal) && resource.IndexOf("/stream/", StringComparison.Ordinal) > 0 => EventSourceKind.DynamoDBStream,
            "kafka" when resource.StartsWith("cluster/", StringComparison.Ordinal) => EventSourceKind.AmazonMsk,
            "mq" when resource.StartsWith("broker:", StringComparison.Ordinal) => EventSourceKind.AmazonMq,
            "rds" when resource.StartsWith("cluster:", StringComparison.Ordinal) => EventSourceKind.DocumentDB,
            _ => EventSourceKind.Unknown,
        };
    }

    /// <summary>The kind of the source one attribute's settings declare.</summary>
    public static EventSourceKind KindOf(SettingTable settings) =>
        KindOf(settings.Get(FieldTable.EsmEventSourceArn)?.Value, settings.Get(FieldTable.EsmKafkaBootstrapServers) is { Value.Count: > 0 });

    /// <summary>The ARN's service (third field) and resource (everything after the fifth colon).</summary>
    public static (string Service, string Resource) Split(string arn)
    {
        var parts = arn.Split(new[] { ':' }, 6);
        return (parts.Length > 2 ? parts[2] : "", parts.Length > 5 ? parts[5] : "");
    }

    /// <summary>How messages name a kind: "an SQS FIFO queue".</summary>
    public static string Describe(EventSourceKind kind) => kind switch
    {
        EventSourceKind.SqsStandard => "an SQS standard queue",
        EventSourceKind.SqsFifo => "an SQS FIFO queue",
        EventSourceKind.Kinesis => "a Kinesis stream",
        EventSourceKind.DynamoDBStream => "a DynamoDB stream",
        EventSourceKind.AmazonMsk => "an Amazon MSK cluster",
        EventSourceKind.SelfManagedKafka => "a self-managed Kafka cluster",
        EventSourceKind.AmazonMq => "an Amazon MQ broker",
        EventSourceKind.DocumentDB => "a DocumentDB cluster",
        _ => "an unknown source",
    };

    /// <summary>The resource's own name: the queue, stream, table, cluster or broker name; for self-managed Kafka the topic.</summary>
    public static string ResourceName(SettingTable settings)
    {
        var arn = settings.Get(FieldTable.EsmEventSourceArn)?.Value;
        if (string.IsNullOrEmpty(arn))
        {
            return settings.Get(FieldTable.EsmTopics) is { Value.Count: > 0 } topics ? topics.Value[0] ?? "kafka" : "kafka";
        }

        var (_, resource) = Split(arn!);
        if (resource.Length == 0)
        {
            return arn!; // not an ARN (a rule says so); its own text is the most recognisable name
        }

        var segments = resource.Split('/', ':');
        // queue → [name]; stream/name[/consumer/…]; table/name/stream/…; cluster/name/uuid; broker:name:id; cluster:name
        return segments.Length > 1 ? segments[1] : segments[0];
    }

    /// <summary>The file-safe, case-insensitively unique name of each source of one function, in declaration order: the
    /// resource name with every character but letters, digits, <c>-</c> and <c>_</c> replaced by <c>-</c>, and <c>-2</c>,
    /// <c>-3</c>… behind a name an earlier source took.</summary>
    public static string[] FileNames(IReadOnlyList<SettingTable> sources)
    {
        var names = new string[sources.Count];
        var taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (int i = 0; i < sources.Count; i++)
        {
            var stem = Sanitize(ResourceName(sources[i]));
            var name = stem;
            for (int n = 2; !taken.Add(name); n++)
            {
                name = stem + "-" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            names[i] = name;
        }
        return names;
    }

    private static string Sanitize(string name)
    {
        var chars = new char[Math.Min(name.Length, 80)];
        for (int i = 0; i < chars.Length; i++)
        {
            char c = name[i];
            chars[i] = c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9' or '-' or '_' ? c : '-';
        }
        var result = new string(chars);
        return result.Length == 0 ? "source" : result;
    }

    /// <summary>Moves a value the attribute property put in one row to the row the request carries it in for this source:
    /// Kafka's ConsumerGroupId goes to <c>SelfManagedKafkaEventSourceConfig</c> for a self-managed cluster.</summary>
    public static void Place(SettingTable.Builder settings)
    {
        var arn = settings[FieldTable.EsmEventSourceArn] is Setting<string> s ? s.Value : null;
        if (!string.IsNullOrEmpty(arn))
        {
            return;
        }

        foreach (var field in FieldTable.Slotted)
        {
            if (field.SharesPropertyWith is { } from && settings[from] is { } value)
            {
                settings[field] = value;
                settings[from] = null;
            }
        }
    }
}
