namespace LambdaGen.ControlPlane;

/// <summary>
/// The request shapes of CreateEventSourceMapping and UpdateEventSourceMapping with the constraints of the current Lambda
/// model (lambda-service-2.json). The one map whose values are lists (SelfManagedEventSource.Endpoints, key enum
/// KAFKA_BOOTSTRAP_SERVERS) is checked as a structure with that one member, so another key is a SerializationException
/// rather than the model's enum error (approximate). StartingPositionTimestamp is a timestamp: epoch seconds in REST-JSON.
/// </summary>
internal static class EventSourceMappingShapes
{
    private const string RegionPart = @"(eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\d{1}";
    private const string ArnPattern = $@"arn:(aws[a-zA-Z0-9-]*):([a-zA-Z0-9\-])+:({RegionPart})?:(\d{{12}})?:(.*)";

    public static readonly StringShape Uuid = new(36, 36);

    public static readonly StringShape EventSourceArn = new(0, 10000, ArnPattern);

    private static readonly StringShape UriShape = new(1, 200, @"[ a-zA-Z0-9-\/*:_+=.@-]*");

    private static readonly StructureShape FilterCriteria = new StructureShape("FilterCriteria")
        .Add("Filters", new ListShape(new StructureShape("Filter").Add("Pattern", new StringShape(0, 4096, @"[\s\S]*"))));

    private static readonly StructureShape MetricsConfig = new StructureShape("EventSourceMappingMetricsConfig")
        .Add("Metrics", new ListShape(new StringShape(enumValues: ["EventCount", "ErrorCount", "KafkaMetrics"]), 0, 3));

    private static readonly StructureShape LoggingConfig = new StructureShape("EventSourceMappingLoggingConfig")
        .Add("SystemLogLevel", new StringShape(enumValues: ["DEBUG", "INFO", "WARN"]));

    private static readonly StructureShape ScalingConfig = new StructureShape("ScalingConfig")
        .Add("MaximumConcurrency", new IntegerShape(2, 1000));

    private static readonly StructureShape DestinationConfig = new StructureShape("DestinationConfig")
        .Add("OnSuccess", new StructureShape("OnSuccess").Add("Destination", ResourceShapes.DestinationArn))
        .Add("OnFailure", new StructureShape("OnFailure").Add("Destination", ResourceShapes.DestinationArn));

    private static readonly ListShape SourceAccessConfigurations = new(new StructureShape("SourceAccessConfiguration")
        .Add("Type", new StringShape(enumValues: ["BASIC_AUTH", "VPC_SUBNET", "VPC_SECURITY_GROUP", "SASL_SCRAM_512_AUTH", "SASL_SCRAM_256_AUTH",
            "VIRTUAL_HOST", "CLIENT_CERTIFICATE_TLS_AUTH", "SERVER_ROOT_CA_CERTIFICATE"]))
        .Add("URI", UriShape), 0, 23);

    private static readonly StructureShape SelfManagedEventSource = new StructureShape("SelfManagedEventSource")
        .Add("Endpoints", new StructureShape("Endpoints").Add("KAFKA_BOOTSTRAP_SERVERS", new ListShape(new StringShape(1, 300,
            @"(([a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9\-]*[a-zA-Z0-9])\.)*([A-Za-z0-9]|[A-Za-z0-9][A-Za-z0-9\-]*[A-Za-z0-9]):[0-9]{1,5}"), 1, 10)));

    private static readonly StructureShape SchemaRegistryConfig = new StructureShape("KafkaSchemaRegistryConfig")
        .Add("SchemaRegistryURI", new StringShape(1, 10000, @"[a-zA-Z0-9-\/*:_+=.@-]*"))
        .Add("EventRecordFormat", new StringShape(enumValues: ["JSON", "SOURCE"]))
        .Add("AccessConfigs", new ListShape(new StructureShape("KafkaSchemaRegistryAccessConfig")
            .Add("Type", new StringShape(enumValues: ["BASIC_AUTH", "CLIENT_CERTIFICATE_TLS_AUTH", "SERVER_ROOT_CA_CERTIFICATE"]))
            .Add("URI", EventSourceArn)))
        .Add("SchemaValidationConfigs", new ListShape(new StructureShape("KafkaSchemaValidationConfig")
            .Add("Attribute", new StringShape(enumValues: ["KEY", "VALUE"]))));

    private static StructureShape KafkaConfig(string name) => new StructureShape(name)
        .Add("ConsumerGroupId", UriShape)
        .Add("SchemaRegistryConfig", SchemaRegistryConfig);

    private static readonly StructureShape DocumentDbConfig = new StructureShape("DocumentDBEventSourceConfig")
        .Add("DatabaseName", new StringShape(1, 63, @"[^ /\.$\x22]*"))
        .Add("CollectionName", new StringShape(1, 57, @"(^(?!(system\x2e)))(^[_a-zA-Z0-9])([^$]*)"))
        .Add("FullDocument", new StringShape(enumValues: ["UpdateLookup", "Default"]));

    private static readonly StructureShape ProvisionedPollerConfig = new StructureShape("ProvisionedPollerConfig")
        .Add("MinimumPollers", new IntegerShape(1, 200))
        .Add("MaximumPollers", new IntegerShape(1, 10000))
        .Add("PollerGroupName", new StringShape(0, 128, "[a-zA-Z0-9-_]*"));

    public static readonly StructureShape CreateEventSourceMappingRequest = Common(new StructureShape("CreateEventSourceMappingRequest")
            .Add("EventSourceArn", EventSourceArn)
            .Add("FunctionName", ResourceShapes.NamespacedFunctionName, required: true))
        .Add("StartingPosition", new StringShape(enumValues: ["TRIM_HORIZON", "LATEST", "AT_TIMESTAMP"]))
        .Add("StartingPositionTimestamp", new DoubleShape())
        .Add("Tags", LambdaShapes.Tags)
        .Add("Topics", new ListShape(new StringShape(1, 249, @"[^.]([a-zA-Z0-9\-_.]+)"), 1, 1))
        .Add("Queues", new ListShape(new StringShape(1, 1000, @"[\s\S]*"), 1, 1))
        .Add("SelfManagedEventSource", SelfManagedEventSource);

    public static readonly StructureShape UpdateEventSourceMappingRequest = Common(new StructureShape("UpdateEventSourceMappingRequest")
        .Add("FunctionName", ResourceShapes.NamespacedFunctionName));

    /// <summary>The members both requests have.</summary>
    private static StructureShape Common(StructureShape shape) => shape
        .Add("Enabled", new BooleanShape())
        .Add("BatchSize", new IntegerShape(1, 10000))
        .Add("FilterCriteria", FilterCriteria)
        .Add("KMSKeyArn", new StringShape(0, 10000, @"(arn:(aws[a-zA-Z-]*)?:[a-z0-9-.]+:.*)|()"))
        .Add("MetricsConfig", MetricsConfig)
        .Add("LoggingConfig", LoggingConfig)
        .Add("ScalingConfig", ScalingConfig)
        .Add("MaximumBatchingWindowInSeconds", new IntegerShape(0, 300))
        .Add("ParallelizationFactor", new IntegerShape(1, 10))
        .Add("DestinationConfig", DestinationConfig)
        .Add("MaximumRecordAgeInSeconds", new IntegerShape(-1, 604800))
        .Add("BisectBatchOnFunctionError", new BooleanShape())
        .Add("MaximumRetryAttempts", new IntegerShape(-1, 10000))
        .Add("TumblingWindowInSeconds", new IntegerShape(0, 900))
        .Add("SourceAccessConfigurations", SourceAccessConfigurations)
        .Add("FunctionResponseTypes", new ListShape(new StringShape(enumValues: ["ReportBatchItemFailures"]), 0, 1))
        .Add("AmazonManagedKafkaEventSourceConfig", KafkaConfig("AmazonManagedKafkaEventSourceConfig"))
        .Add("SelfManagedKafkaEventSourceConfig", KafkaConfig("SelfManagedKafkaEventSourceConfig"))
        .Add("DocumentDBEventSourceConfig", DocumentDbConfig)
        .Add("ProvisionedPollerConfig", ProvisionedPollerConfig);

    /// <summary>The members of <see cref="CreateEventSourceMappingRequest"/> that UpdateEventSourceMapping cannot change.</summary>
    public static readonly IReadOnlyList<string> CreateOnlyMembers =
        ["EventSourceArn", "StartingPosition", "StartingPositionTimestamp", "Tags", "Topics", "Queues", "SelfManagedEventSource"];
}
