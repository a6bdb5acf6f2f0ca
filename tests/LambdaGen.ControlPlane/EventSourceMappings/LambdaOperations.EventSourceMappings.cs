using System.Text.Json.Nodes;

namespace LambdaGen.ControlPlane;

/// <summary>
/// The event source mapping operations (<c>/2015-03-31/event-source-mappings[/{UUID}]</c>,
/// https://docs.aws.amazon.com/lambda/latest/api/API_CreateEventSourceMapping.html). Create answers 202 <c>Creating</c>; Update
/// answers 202 <c>Updating</c> (<c>Enabling</c>/<c>Disabling</c> when Enabled changes); Delete answers 202 <c>Deleting</c> and
/// the mapping is gone once that settles. An update or delete of a mapping that has not settled is a 400
/// ResourceInUseException (its wording is approximate); a second mapping of one function and source is the service's 409.
/// Answers carry the service's defaults for the source (BatchSize 10 for SQS, 100 otherwise; the stream settings). The source
/// rules checked here are the ones a deploy trips over (StartingPosition, the SQS batching window, FIFO batch size, Kafka topics);
/// their wording is approximate unless marked otherwise.
/// </summary>
internal sealed partial class LambdaOperations
{
    private const string MappingNotFound = "The resource you requested does not exist.";

    private EventSourceMappingStore? _mappings;

    internal EventSourceMappingStore Mappings => _mappings ??= new EventSourceMappingStore(_options.EventSourceMappings);

    private OperationResult? ExecuteEventSourceMapping(RouteMatch route, IReadOnlyList<KeyValuePair<string, string>> query, string body) => route.Operation switch
    {
        "CreateEventSourceMapping" => CreateEventSourceMapping(body, seed: false).Result,
        "GetEventSourceMapping" => GetEventSourceMapping(route.Name!),
        "UpdateEventSourceMapping" => UpdateEventSourceMapping(route.Name!, body),
        "DeleteEventSourceMapping" => DeleteEventSourceMapping(route.Name!),
        "ListEventSourceMappings" => ListEventSourceMappings(query),
        _ => null,
    };

    public (OperationResult Result, EventSourceMappingRecord Record) CreateEventSourceMapping(string body, bool seed)
    {
        var req = ShapeValidator.ParseAndValidate(body, EventSourceMappingShapes.CreateEventSourceMappingRequest);
        var arn = Json.Str(req, "EventSourceArn") is { Length: > 0 } a ? a : null;
        var source = SourceOf(arn, req);
        var now = DateTimeOffset.UtcNow;
        lock (_store.Sync)
        {
            var (functionName, functionArn) = ResolveMappingFunction(Json.Str(req, "FunctionName")!);
            var config = (JsonObject)req.DeepClone();
            config.Remove("FunctionName");
            config.Remove("Tags");
            config.Remove("Enabled");
            ApplyDefaults(config, source);
            CheckSourceRules(config, source, arn, isCreate: true);
            lock (Mappings.Sync)
            {
                var duplicate = Mappings.All(isRead: false).FirstOrDefault(m => m.FunctionArn == functionArn && SameSource(m, arn, config));
                if (duplicate is not null)
                {
                    // The service's wording (quoted in user reports, e.g. aws/serverless-application-model#1320).
                    throw Conflict(arn is null
                        ? $"An event source mapping with the same bootstrap servers, topic and function (\" {functionName} \") already exists. Please update or delete the existing mapping with UUID {duplicate.Uuid}"
                        : $"The event source arn (\" {arn} \") and function (\" {functionName} \") provided mapping already exists. Please update or delete the existing mapping with UUID {duplicate.Uuid}");
                }

                var uuid = Guid.NewGuid().ToString();
                if (source is "kafka" or "self-managed-kafka")
                {
                    // The service fills in a consumer group id (the mapping's UUID) when the request gives none.
                    var member = source == "kafka" ? "AmazonManagedKafkaEventSourceConfig" : "SelfManagedKafkaEventSourceConfig";
                    var kafka = config[member] as JsonObject ?? new JsonObject();
                    kafka["ConsumerGroupId"] ??= uuid;
                    config[member] = kafka;
                }

                var m = new EventSourceMappingRecord
                {
                    Uuid = uuid,
                    FunctionName = functionName,
                    FunctionArn = functionArn,
                    EventSourceArn = arn,
                    Source = source,
                    Config = config,
                };
                foreach (var (k, v) in Json.Map(req, "Tags") ?? new Dictionary<string, string>())
                {
                    m.Tags[k] = v;
                }

                Mappings.Begin(m, "Creating", Json.Bool(req, "Enabled") == false ? "Disabled" : "Enabled", now);
                if (seed)
                {
                    Mappings.SettleNow(m);
                }

                Mappings.Add(m);
                return (new OperationResult(202, RenderMapping(m)), m);
            }
        }
    }

    private OperationResult GetEventSourceMapping(string uuid)
    {
        ShapeValidator.CheckLabel(uuid, EventSourceMappingShapes.Uuid, "uUID");
        lock (Mappings.Sync)
        {
            var m = Mappings.Find(uuid, isRead: true) ?? throw NotFoundWith(MappingNotFound);
            return new OperationResult(200, RenderMapping(m));
        }
    }

    internal OperationResult UpdateEventSourceMapping(string uuid, string body)
    {
        ShapeValidator.CheckLabel(uuid, EventSourceMappingShapes.Uuid, "uUID");
        var req = ShapeValidator.ParseAndValidate(body, EventSourceMappingShapes.UpdateEventSourceMappingRequest);
        var now = DateTimeOffset.UtcNow;
        lock (_store.Sync)
        {
            lock (Mappings.Sync)
            {
                var m = Mappings.Find(uuid, isRead: false) ?? throw NotFoundWith(MappingNotFound);
                EnsureSettled(m);
                var (functionName, functionArn) = Json.Str(req, "FunctionName") is { } target
                    ? ResolveMappingFunction(target)
                    : (m.FunctionName, m.FunctionArn);

                var config = (JsonObject)m.Config.DeepClone();
                foreach (var (name, value) in req)
                {
                    if (name is "FunctionName" or "Enabled")
                    {
                        continue;
                    }

                    // An empty structure or list removes the setting (FilterCriteria {} or {"Filters":[]}, ScalingConfig {},
                    // FunctionResponseTypes []).
                    if (value is JsonObject { Count: 0 } or JsonArray { Count: 0 } || (name == "FilterCriteria" && value?["Filters"] is JsonArray { Count: 0 }))
                    {
                        config.Remove(name);
                    }
                    else
                    {
                        config[name] = value!.DeepClone();
                    }
                }

                ApplyDefaults(config, m.Source);
                CheckSourceRules(config, m.Source, m.EventSourceArn, isCreate: false);
                if (functionArn != m.FunctionArn
                    && Mappings.All(isRead: false).FirstOrDefault(o => o != m && o.FunctionArn == functionArn && SameSource(o, m.EventSourceArn, config)) is { } clash)
                {
                    throw Conflict($"The event source arn (\" {m.EventSourceArn} \") and function (\" {functionName} \") provided mapping already exists. Please update or delete the existing mapping with UUID {clash.Uuid}");
                }

                bool wasEnabled = m.State == "Enabled";
                bool enabled = Json.Bool(req, "Enabled") ?? wasEnabled;
                m.Config = config;
                m.FunctionName = functionName;
                m.FunctionArn = functionArn;
                var transitional = enabled == wasEnabled ? "Updating" : enabled ? "Enabling" : "Disabling";
                Mappings.Begin(m, transitional, enabled ? "Enabled" : "Disabled", now);
                return new OperationResult(202, RenderMapping(m));
            }
        }
    }

    internal OperationResult DeleteEventSourceMapping(string uuid)
    {
        ShapeValidator.CheckLabel(uuid, EventSourceMappingShapes.Uuid, "uUID");
        lock (Mappings.Sync)
        {
            var m = Mappings.Find(uuid, isRead: false) ?? throw NotFoundWith(MappingNotFound);
            EnsureSettled(m);
            Mappings.Begin(m, "Deleting", null, DateTimeOffset.UtcNow);
            return new OperationResult(202, RenderMapping(m));
        }
    }

    /// <summary>Filters by EventSourceArn and FunctionName (an unqualified name lists the mappings of every qualifier: approximate).</summary>
    private OperationResult ListEventSourceMappings(IReadOnlyList<KeyValuePair<string, string>> query)
    {
        var arn = QueryValue(query, "EventSourceArn");
        if (arn is not null)
        {
            ShapeValidator.CheckLabel(arn, EventSourceMappingShapes.EventSourceArn, "eventSourceArn");
        }

        var function = QueryValue(query, "FunctionName");
        FunctionRef? functionRef = null;
        if (function is not null)
        {
            ShapeValidator.CheckLabel(function, ResourceShapes.NamespacedFunctionName, "functionName");
            functionRef = FunctionStore.ParseRef(function);
        }

        lock (Mappings.Sync)
        {
            var all = Mappings.All(isRead: true)
                .Where(m => arn is null || m.EventSourceArn == arn)
                .Where(m => functionRef is null
                            || (m.FunctionName == functionRef.Name
                                && (functionRef.Qualifier is null || m.FunctionArn.EndsWith(":" + functionRef.Qualifier, StringComparison.Ordinal))))
                .Select(m => (JsonNode)RenderMapping(m))
                .ToList();
            var (page, next) = Page(all, query, ResourceShapes.MaxListItems);
            var response = new JsonObject { ["EventSourceMappings"] = new JsonArray(page.ToArray()) };
            if (next is not null)
            {
                response["NextMarker"] = next;
            }

            return new OperationResult(200, response);
        }
    }

    /// <summary>Caller holds the function store's lock. The mapping names the function as given, qualifier included.</summary>
    private (string Name, string Arn) ResolveMappingFunction(string label)
    {
        var r = FunctionStore.ParseRef(label) ?? throw AwsServiceException.NotFound(label);
        var f = _store.Find(r with { Qualifier = null }) ?? throw AwsServiceException.NotFound(_store.NotFoundArn(r));
        if (r.Qualifier is { } q && q != "$LATEST" && !(IsVersionNumber(q) ? VersionExists(f, q) : AliasTarget(f, q) is not null))
        {
            throw QualifierNotFound(f, q);
        }

        return (f.Name, r.Qualifier is null ? f.Arn : $"{f.Arn}:{r.Qualifier}");
    }

    private static void EnsureSettled(EventSourceMappingRecord m)
    {
        if (!m.Settled)
        {
            // Approximate wording; the type and status are the model's (UpdateEventSourceMapping/DeleteEventSourceMapping errors).
            throw new AwsServiceException(400, "ResourceInUseException",
                $"The operation cannot be performed at this time. The event source mapping {m.Uuid} is currently in the following state: {m.State}");
        }
    }

    /// <summary>The source kind from the ARN's service; SelfManagedEventSource without an ARN is self-managed Kafka.</summary>
    private static string SourceOf(string? arn, JsonObject req)
    {
        if (arn is null)
        {
            return req["SelfManagedEventSource"] is JsonObject
                ? "self-managed-kafka"
                : throw AwsServiceException.InvalidParameter("Unrecognized event source. An EventSourceArn or a SelfManagedEventSource is required.");
        }

        var parts = arn.Split(':');
        var service = parts.Length > 2 ? parts[2] : "";
        return service switch
        {
            "sqs" or "kinesis" or "mq" => service,
            "dynamodb" when arn.Contains("/stream/", StringComparison.Ordinal) => "dynamodb",
            "kafka" => "kafka",
            "rds" => "docdb",
            _ => throw AwsServiceException.InvalidParameter($"Unrecognized event source: {arn}. The event source must be an Amazon SQS queue, a Kinesis stream, a DynamoDB stream, an Amazon MSK cluster, an Amazon MQ broker or an Amazon DocumentDB cluster."),
        };
    }

    private static bool IsStream(string source) => source is "kinesis" or "dynamodb";

    private static bool IsKafka(string source) => source is "kafka" or "self-managed-kafka";

    /// <summary>What GetEventSourceMapping reports when the request left a member out.</summary>
    private static void ApplyDefaults(JsonObject c, string source)
    {
        c["BatchSize"] ??= source == "sqs" ? 10 : 100;
        if (source is "sqs" || IsStream(source))
        {
            c["MaximumBatchingWindowInSeconds"] ??= 0;
        }

        if (IsStream(source))
        {
            c["ParallelizationFactor"] ??= 1;
            c["DestinationConfig"] ??= new JsonObject { ["OnFailure"] = new JsonObject() };
            c["MaximumRecordAgeInSeconds"] ??= -1;
            c["BisectBatchOnFunctionError"] ??= false;
            c["MaximumRetryAttempts"] ??= -1;
            c["TumblingWindowInSeconds"] ??= 0;
        }

        if (source is "sqs" || IsStream(source))
        {
            c["FunctionResponseTypes"] ??= new JsonArray();
        }
    }

    private static void CheckSourceRules(JsonObject c, string source, string? arn, bool isCreate)
    {
        string Name() => source switch
        {
            "sqs" => "Amazon SQS",
            "kinesis" => "Kinesis",
            "dynamodb" => "DynamoDB Streams",
            "kafka" => "Amazon MSK",
            "self-managed-kafka" => "self-managed Apache Kafka",
            "mq" => "Amazon MQ",
            _ => "Amazon DocumentDB",
        };

        var position = Json.Str(c, "StartingPosition");
        if (isCreate && (IsStream(source) || IsKafka(source)) && position is null)
        {
            throw AwsServiceException.InvalidParameter($"StartingPosition is required for {Name()} event sources.");
        }

        if (position is not null && source is "sqs" or "mq")
        {
            throw AwsServiceException.InvalidParameter($"StartingPosition is not valid for {Name()} event sources.");
        }

        if (position == "AT_TIMESTAMP" && c["StartingPositionTimestamp"] is null)
        {
            throw AwsServiceException.InvalidParameter("StartingPositionTimestamp is required when StartingPosition is AT_TIMESTAMP.");
        }

        // AT_TIMESTAMP: Kinesis, Amazon DocumentDB, Amazon MSK and self-managed Kafka (CreateEventSourceMapping reference).
        if (position == "AT_TIMESTAMP" && source is not ("kinesis" or "docdb") && !IsKafka(source))
        {
            throw AwsServiceException.InvalidParameter($"AT_TIMESTAMP is not a supported StartingPosition for {Name()} event sources.");
        }

        var batch = Json.Int(c, "BatchSize") ?? 0;
        var window = Json.Int(c, "MaximumBatchingWindowInSeconds") ?? 0;
        if (source == "sqs" && arn!.EndsWith(".fifo", StringComparison.Ordinal) && batch > 10)
        {
            throw AwsServiceException.InvalidParameter("BatchSize must be less than or equal to 10 for FIFO queues.");
        }

        if (source == "sqs" && batch > 10 && window == 0)
        {
            throw AwsServiceException.InvalidParameter("Maximum batch window in seconds must be greater than 0 if maximum batch size is greater than 10");
        }

        if (IsKafka(source) && c["Topics"] is not JsonArray { Count: 1 })
        {
            throw AwsServiceException.InvalidParameter($"Topics must name exactly one topic for {Name()} event sources.");
        }

        foreach (var member in new[] { "ParallelizationFactor", "TumblingWindowInSeconds" })
        {
            if (!IsStream(source) && c[member] is not null)
            {
                throw AwsServiceException.InvalidParameter($"Unsupported parameter for {Name()} event sources: {member}.");
            }
        }

        if (source != "sqs" && c["ScalingConfig"] is JsonObject { Count: > 0 })
        {
            throw AwsServiceException.InvalidParameter($"Unsupported parameter for {Name()} event sources: ScalingConfig.");
        }
    }

    private static bool SameSource(EventSourceMappingRecord m, string? arn, JsonObject config) =>
        arn is not null
            ? m.EventSourceArn == arn
            : m.EventSourceArn is null
              && JsonNode.DeepEquals(m.Config["SelfManagedEventSource"], config["SelfManagedEventSource"])
              && JsonNode.DeepEquals(m.Config["Topics"], config["Topics"]);

    private JsonObject RenderMapping(EventSourceMappingRecord m)
    {
        var o = new JsonObject { ["UUID"] = m.Uuid };
        foreach (var (name, value) in m.Config)
        {
            o[name] = value?.DeepClone();
        }

        if (m.EventSourceArn is not null)
        {
            o["EventSourceArn"] = m.EventSourceArn;
        }

        o["FunctionArn"] = m.FunctionArn;
        // A timestamp member in REST-JSON: epoch seconds (with milliseconds).
        o["LastModified"] = Math.Round(m.LastModified.ToUnixTimeMilliseconds() / 1000.0, 3);
        o["LastProcessingResult"] = "No records processed";
        o["State"] = m.State;
        o["StateTransitionReason"] = "USER_INITIATED";
        o["EventSourceMappingArn"] = $"arn:aws:lambda:{_options.Region}:{_options.AccountId}:event-source-mapping:{m.Uuid}";
        return o;
    }

    internal JsonObject RenderMappingForSnapshot(EventSourceMappingRecord m) => RenderMapping(m);
}
