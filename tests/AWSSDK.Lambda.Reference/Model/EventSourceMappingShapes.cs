// Stand-in for the public surface of the AWSSDK.Lambda (v4) NuGet package: CreateEventSourceMapping, from the Lambda
// service model's shapes with the v4 rules of /work/shared/reference/awssdk-lambda-v4-surface.md (value types nullable,
// collections null until assigned, enums as ConstantClasses, timestamps as DateTime?). Compile-and-run only.

using System;
using System.Collections.Generic;
using Amazon.Runtime;

namespace Amazon.Lambda.Model
{
    public partial class CreateEventSourceMappingRequest : AmazonLambdaRequest
    {
        public AmazonManagedKafkaEventSourceConfig AmazonManagedKafkaEventSourceConfig { get; set; }
        public int? BatchSize { get; set; }
        public bool? BisectBatchOnFunctionError { get; set; }
        public DestinationConfig DestinationConfig { get; set; }
        public DocumentDBEventSourceConfig DocumentDBEventSourceConfig { get; set; }
        public bool? Enabled { get; set; }
        public string EventSourceArn { get; set; }
        public FilterCriteria FilterCriteria { get; set; }
        public string FunctionName { get; set; }
        public List<string> FunctionResponseTypes { get; set; }
        public string KMSKeyArn { get; set; }
        public EventSourceMappingLoggingConfig LoggingConfig { get; set; }
        public int? MaximumBatchingWindowInSeconds { get; set; }
        public int? MaximumRecordAgeInSeconds { get; set; }
        public int? MaximumRetryAttempts { get; set; }
        public EventSourceMappingMetricsConfig MetricsConfig { get; set; }
        public int? ParallelizationFactor { get; set; }
        public ProvisionedPollerConfig ProvisionedPollerConfig { get; set; }
        public List<string> Queues { get; set; }
        public ScalingConfig ScalingConfig { get; set; }
        public SelfManagedEventSource SelfManagedEventSource { get; set; }
        public SelfManagedKafkaEventSourceConfig SelfManagedKafkaEventSourceConfig { get; set; }
        public List<SourceAccessConfiguration> SourceAccessConfigurations { get; set; }
        public EventSourcePosition StartingPosition { get; set; }
        public DateTime? StartingPositionTimestamp { get; set; }
        public Dictionary<string, string> Tags { get; set; }
        public List<string> Topics { get; set; }
        public int? TumblingWindowInSeconds { get; set; }
    }

    /// <summary>HTTP 202; the model's EventSourceMappingConfiguration shape, reduced to what identifies the mapping.</summary>
    public partial class CreateEventSourceMappingResponse : AmazonWebServiceResponse
    {
        public string EventSourceArn { get; set; }
        public string FunctionArn { get; set; }
        public string State { get; set; }
        public string UUID { get; set; }
    }

    public partial class AmazonManagedKafkaEventSourceConfig
    {
        public string ConsumerGroupId { get; set; }
    }

    public partial class SelfManagedKafkaEventSourceConfig
    {
        public string ConsumerGroupId { get; set; }
    }

    public partial class SelfManagedEventSource
    {
        public Dictionary<string, List<string>> Endpoints { get; set; }
    }

    public partial class DocumentDBEventSourceConfig
    {
        public string CollectionName { get; set; }
        public string DatabaseName { get; set; }
        public FullDocument FullDocument { get; set; }
    }

    public partial class FilterCriteria
    {
        public List<Filter> Filters { get; set; }
    }

    public partial class Filter
    {
        public string Pattern { get; set; }
    }

    public partial class EventSourceMappingLoggingConfig
    {
        public EventSourceMappingSystemLogLevel SystemLogLevel { get; set; }
    }

    public partial class EventSourceMappingMetricsConfig
    {
        public List<string> Metrics { get; set; }
    }

    public partial class ProvisionedPollerConfig
    {
        public int? MaximumPollers { get; set; }
        public int? MinimumPollers { get; set; }
        public string PollerGroupName { get; set; }
    }

    public partial class ScalingConfig
    {
        public int? MaximumConcurrency { get; set; }
    }

    public partial class SourceAccessConfiguration
    {
        public SourceAccessType Type { get; set; }
        public string URI { get; set; }
    }
}

namespace Amazon.Lambda
{
    public class EventSourcePosition : ConstantClass
    {
        public static readonly EventSourcePosition AT_TIMESTAMP = new EventSourcePosition("AT_TIMESTAMP");
        public static readonly EventSourcePosition LATEST = new EventSourcePosition("LATEST");
        public static readonly EventSourcePosition TRIM_HORIZON = new EventSourcePosition("TRIM_HORIZON");
        public EventSourcePosition(string value) : base(value) { }
        public static EventSourcePosition FindValue(string value) => FindValue<EventSourcePosition>(value);
        public static implicit operator EventSourcePosition(string value) => FindValue(value);
    }

    public class SourceAccessType : ConstantClass
    {
        public static readonly SourceAccessType BASIC_AUTH = new SourceAccessType("BASIC_AUTH");
        public static readonly SourceAccessType VPC_SUBNET = new SourceAccessType("VPC_SUBNET");
        public static readonly SourceAccessType VPC_SECURITY_GROUP = new SourceAccessType("VPC_SECURITY_GROUP");
        public static readonly SourceAccessType SASL_SCRAM_512_AUTH = new SourceAccessType("SASL_SCRAM_512_AUTH");
        public static readonly SourceAccessType SASL_SCRAM_256_AUTH = new SourceAccessType("SASL_SCRAM_256_AUTH");
        public static readonly SourceAccessType VIRTUAL_HOST = new SourceAccessType("VIRTUAL_HOST");
        public static readonly SourceAccessType CLIENT_CERTIFICATE_TLS_AUTH = new SourceAccessType("CLIENT_CERTIFICATE_TLS_AUTH");
        public static readonly SourceAccessType SERVER_ROOT_CA_CERTIFICATE = new SourceAccessType("SERVER_ROOT_CA_CERTIFICATE");
        public SourceAccessType(string value) : base(value) { }
        public static SourceAccessType FindValue(string value) => FindValue<SourceAccessType>(value);
        public static implicit operator SourceAccessType(string value) => FindValue(value);
    }

    public class FullDocument : ConstantClass
    {
        public static readonly FullDocument Default = new FullDocument("Default");
        public static readonly FullDocument UpdateLookup = new FullDocument("UpdateLookup");
        public FullDocument(string value) : base(value) { }
        public static FullDocument FindValue(string value) => FindValue<FullDocument>(value);
        public static implicit operator FullDocument(string value) => FindValue(value);
    }

    public class EventSourceMappingSystemLogLevel : ConstantClass
    {
        public static readonly EventSourceMappingSystemLogLevel DEBUG = new EventSourceMappingSystemLogLevel("DEBUG");
        public static readonly EventSourceMappingSystemLogLevel INFO = new EventSourceMappingSystemLogLevel("INFO");
        public static readonly EventSourceMappingSystemLogLevel WARN = new EventSourceMappingSystemLogLevel("WARN");
        public EventSourceMappingSystemLogLevel(string value) : base(value) { }
        public static EventSourceMappingSystemLogLevel FindValue(string value) => FindValue<EventSourceMappingSystemLogLevel>(value);
        public static implicit operator EventSourceMappingSystemLogLevel(string value) => FindValue(value);
    }
}
