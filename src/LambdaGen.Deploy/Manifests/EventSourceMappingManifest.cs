using System.Text.Json.Nodes;

namespace LambdaGen.Deploy.Manifests;

/// <summary>
/// An event source mapping's manifest (<c>&lt;function&gt;.esm.&lt;source&gt;.json</c>, the CreateEventSourceMapping request as
/// <c>--cli-input-json</c> takes it), listed in functions.json as
/// <c>{"Operation":"CreateEventSourceMapping","EventSourceArn":"…","Manifest":"…"}</c>. A mapping is identified by its function
/// and its source: the EventSourceArn, or for self-managed Kafka (no ARN) the bootstrap servers and the topic.
/// </summary>
public static class EventSourceMappingManifest
{
    public static readonly string Operation = LambdaGen.Core.Fields.Operations.CreateEventSourceMapping.Name;

    private const string KafkaPrefix = "kafka://";

    /// <summary>The manifest's source must be the entry's, and a self-managed Kafka source must name its servers and topic.</summary>
    internal static OperationManifest Check(OperationManifest manifest, string entryArn, string functionName, string indexFileName)
    {
        string bodyArn = manifest.Body.GetString("EventSourceArn") ?? "";
        if (!string.Equals(bodyArn, entryArn, StringComparison.Ordinal))
        {
            throw new DeployException("LGD013",
                $"EventSourceArn '{(bodyArn.Length == 0 ? "(none)" : bodyArn)}' in the {Operation} manifest does not match '{(entryArn.Length == 0 ? "(none)" : entryArn)}' for function '{functionName}' in {indexFileName}; rebuild the project.",
                manifest.ManifestPath);
        }
        string? key = KeyOf(manifest.Body);
        if (key is null)
        {
            throw new DeployException("LGD011",
                $"The {Operation} manifest has no EventSourceArn, so it must be a self-managed Kafka source: SelfManagedEventSource.Endpoints.KAFKA_BOOTSTRAP_SERVERS (host:port, 1 to 10) and Topics (exactly one) are required; found {manifest.Body.ToJsonString()}.",
                manifest.ManifestPath);
        }
        return manifest with { MappingKey = key };
    }

    /// <summary>What identifies a mapping among its function's (a manifest body or a deployed mapping: same member names): the
    /// EventSourceArn, or <c>kafka://&lt;servers, sorted&gt;/&lt;topic&gt;</c>; null when neither can be read.</summary>
    public static string? KeyOf(JsonObject mapping)
    {
        if (mapping.GetString("EventSourceArn") is { Length: > 0 } arn)
        {
            return arn;
        }
        var servers = (mapping["SelfManagedEventSource"]?["Endpoints"]?["KAFKA_BOOTSTRAP_SERVERS"] as JsonArray)?
            .Select(s => s.AsString()).ToList();
        string? topic = mapping["Topics"] is JsonArray { Count: 1 } topics ? topics[0].AsString() : null;
        if (servers is not { Count: > 0 } || servers.Any(s => s is not { Length: > 0 }) || topic is not { Length: > 0 })
        {
            return null;
        }
        return KafkaPrefix + string.Join(",", servers.Order(StringComparer.Ordinal)) + "/" + topic;
    }

    /// <summary>The source as the plan names it: the ARN, or "self-managed Kafka topic t on host:port,…".</summary>
    public static string Describe(string key)
    {
        if (!key.StartsWith(KafkaPrefix, StringComparison.Ordinal))
        {
            return key;
        }
        string rest = key[KafkaPrefix.Length..];
        int slash = rest.LastIndexOf('/');
        return $"self-managed Kafka topic {rest[(slash + 1)..]} on {rest[..slash]}";
    }

    /// <summary>A short label for the summary's change list: <c>sqs:orders</c>, <c>kinesis:clicks</c>, <c>kafka:orders</c>.</summary>
    public static string Label(string key)
    {
        if (key.StartsWith(KafkaPrefix, StringComparison.Ordinal))
        {
            return "kafka:" + key[(key.LastIndexOf('/') + 1)..];
        }
        string[] parts = key.Split(':');
        string service = parts.Length > 2 ? parts[2] : "source";
        string resource = parts.Length > 5 ? string.Join(":", parts[5..]) : key;
        // Streams and clusters name the resource after a '/' (stream/clicks, table/t/stream/2024-…, cluster/events/uuid); a typed
        // resource after a ':' (broker:name:id, cluster:name) by its second part.
        string[] path = resource.Contains('/', StringComparison.Ordinal) ? resource.Split('/') : resource.Split(':');
        string name = service switch
        {
            "dynamodb" when path.Length > 1 => path[1],
            "kafka" when path.Length > 1 => path[1],
            _ => path.Length > 1 ? path[1] : path[0],
        };
        return $"{service}:{name}";
    }
}
