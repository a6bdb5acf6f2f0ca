using System.Collections.Generic;
using System.Linq;
using LambdaGen.Core.Fields;

namespace LambdaGen.Core.Templates;

/// <summary>The CloudFormation resource a setting lands on.</summary>
public enum TemplateResource : byte
{
    /// <summary><c>AWS::Lambda::Function</c> (CreateFunction, PutFunctionConcurrency).</summary>
    Function,
    /// <summary><c>AWS::Lambda::Version</c>, there when the function publishes.</summary>
    Version,
    /// <summary><c>AWS::Lambda::Alias</c>, one per <c>[LambdaAlias]</c> (CreateAlias, PutProvisionedConcurrencyConfig).</summary>
    Alias,
    /// <summary><c>AWS::Lambda::Url</c> (CreateFunctionUrlConfig).</summary>
    Url,
    /// <summary><c>AWS::Lambda::EventInvokeConfig</c> (PutFunctionEventInvokeConfig).</summary>
    EventInvokeConfig,
    /// <summary><c>AWS::Lambda::EventSourceMapping</c>, one per <c>[LambdaEventSource]</c> (CreateEventSourceMapping).</summary>
    EventSourceMapping,
}

/// <summary>How a manifest value becomes a template value.</summary>
public enum TemplateValue : byte
{
    /// <summary>The manifest's JSON as it is.</summary>
    Same,
    /// <summary>The manifest's <c>{"k":"v"}</c> map as CloudFormation's tag list <c>[{"Key":"k","Value":"v"}]</c>, in the same order.</summary>
    TagList,
    /// <summary><c>PublishTo: "LATEST_PUBLISHED"</c> as <c>PublishToLatestPublished: true</c>.</summary>
    LatestPublishedFlag,
    /// <summary><c>Publish: true</c>: not a property; the template gets a Version resource (SAM: AutoPublishAlias).</summary>
    PublishesVersion,
    /// <summary>The function the other resources belong to: a reference to the function resource, not the name.</summary>
    FunctionReference,
    /// <summary>SAM's <c>Tracing</c>: the mode as a plain string.</summary>
    TracingMode,
    /// <summary>SAM's <c>DeadLetterQueue</c>: <c>{"Type":"SQS"|"SNS","TargetArn":…}</c>, the type from the ARN's service.</summary>
    DeadLetterQueue,
    /// <summary>An ISO 8601 date and time as Unix seconds (CloudFormation's <c>StartingPositionTimestamp</c> is a number).</summary>
    EpochSeconds,
    /// <summary>SAM's <c>EventInvokeConfig</c> destination: <c>{"Type":…,"Destination":…}</c>, the type from the ARN's service.</summary>
    SamDestination,
}

/// <summary>
/// Where one row of the field table goes in a template: the resource, the property path on it (dots between levels) and
/// how the value is carried; for the SAM form, the path on <c>AWS::Serverless::Function</c>. A null path means the format
/// cannot express the setting: the build warns (LGB005) and names it rather than drop it silently.
/// </summary>
public sealed record TemplateProperty(Field Field, TemplateResource Resource, string? Path, TemplateValue Value = TemplateValue.Same,
    string? SamPath = null, TemplateValue SamValue = TemplateValue.Same, string? Why = null);

/// <summary>
/// The template mapping, beside the field table: every row of <see cref="FieldTable.All"/> has exactly one entry (a test
/// checks it), so a new setting cannot reach a manifest and silently miss the templates. Property names follow the
/// CloudFormation provider schemas of AWS::Lambda::* and the SAM specification (in the repository's
/// <c>tests/LambdaGen.Build.Tests/Templates/Schemas</c>, from <c>../shared/reference/cloudformation/</c>); the names the
/// two formats spell differently from the API are the non-identity entries below.
/// </summary>
public static class TemplateMapping
{
    private static TemplateProperty Function(Field field, string? samPath = "") =>
        new(field, TemplateResource.Function, field.ApiPath, SamPath: samPath == "" ? field.ApiPath : samPath);

    /// <summary>Every row's entry, in field-table order.</summary>
    public static readonly IReadOnlyList<TemplateProperty> All = new[]
    {
        new TemplateProperty(FieldTable.FunctionName, TemplateResource.Function, "FunctionName", SamPath: "FunctionName"),
        Function(FieldTable.Description),
        Function(FieldTable.Runtime),
        Function(FieldTable.Handler),
        Function(FieldTable.Role),
        Function(FieldTable.MemorySize),
        Function(FieldTable.Timeout),
        Function(FieldTable.Architectures),
        Function(FieldTable.EphemeralStorage),
        Function(FieldTable.PackageType),
        new TemplateProperty(FieldTable.Publish, TemplateResource.Version, null, TemplateValue.PublishesVersion, null, TemplateValue.PublishesVersion),
        Function(FieldTable.Environment),
        Function(FieldTable.SubnetIds),
        Function(FieldTable.SecurityGroupIds),
        Function(FieldTable.Ipv6AllowedForDualStack),
        new TemplateProperty(FieldTable.DeadLetterTargetArn, TemplateResource.Function, "DeadLetterConfig.TargetArn",
            SamPath: "DeadLetterQueue", SamValue: TemplateValue.DeadLetterQueue),
        new TemplateProperty(FieldTable.TracingMode, TemplateResource.Function, "TracingConfig.Mode", SamPath: "Tracing", SamValue: TemplateValue.TracingMode),
        // The API spells it KMSKeyArn, both template formats KmsKeyArn.
        new TemplateProperty(FieldTable.KMSKeyArn, TemplateResource.Function, "KmsKeyArn", SamPath: "KmsKeyArn"),
        Function(FieldTable.Layers),
        Function(FieldTable.FileSystem),
        Function(FieldTable.ImageEntryPoint),
        Function(FieldTable.ImageCommand),
        Function(FieldTable.ImageWorkingDirectory),
        Function(FieldTable.CodeSigningConfigArn),
        Function(FieldTable.SnapStart),
        Function(FieldTable.LogFormat),
        Function(FieldTable.ApplicationLogLevel),
        Function(FieldTable.SystemLogLevel),
        Function(FieldTable.LogGroup),
        Function(FieldTable.TenantIsolationMode),
        // SAM flattens the API's CapacityProviderConfig.LambdaManagedInstancesCapacityProviderConfig into CapacityProviderConfig.
        Function(FieldTable.CapacityProviderArn, "CapacityProviderConfig.Arn"),
        Function(FieldTable.PerExecutionEnvironmentMaxConcurrency, "CapacityProviderConfig.PerExecutionEnvironmentMaxConcurrency"),
        Function(FieldTable.ExecutionEnvironmentMemoryGiBPerVCpu, "CapacityProviderConfig.ExecutionEnvironmentMemoryGiBPerVCpu"),
        Function(FieldTable.DurableExecutionTimeout),
        Function(FieldTable.DurableRetentionPeriodInDays),
        new TemplateProperty(FieldTable.DurableKMSKeyArn, TemplateResource.Function, null, SamPath: null,
            Why: "AWS::Lambda::Function's DurableConfig has ExecutionTimeout and RetentionPeriodInDays only (provider schema of 2026-06)"),
        new TemplateProperty(FieldTable.PublishTo, TemplateResource.Function, "PublishToLatestPublished", TemplateValue.LatestPublishedFlag,
            "PublishToLatestPublished", TemplateValue.LatestPublishedFlag),
        new TemplateProperty(FieldTable.Tags, TemplateResource.Function, "Tags", TemplateValue.TagList, SamPath: "Tags"),
        Function(FieldTable.ReservedConcurrentExecutions),
        new TemplateProperty(FieldTable.AliasName, TemplateResource.Alias, "Name", SamPath: "AutoPublishAlias"),
        new TemplateProperty(FieldTable.AliasDescription, TemplateResource.Alias, "Description", SamPath: null,
            Why: "AWS::Serverless::Function's AutoPublishAlias takes a name only (the description is on the CloudFormation template's alias)"),
        new TemplateProperty(FieldTable.ProvisionedConcurrentExecutions, TemplateResource.Alias, "ProvisionedConcurrencyConfig.ProvisionedConcurrentExecutions",
            SamPath: "ProvisionedConcurrencyConfig.ProvisionedConcurrentExecutions"),
        new TemplateProperty(FieldTable.UrlQualifier, TemplateResource.Url, "Qualifier", SamPath: null,
            Why: "AWS::Serverless::Function's FunctionUrlConfig points at the AutoPublishAlias when there is one"),
        Url(FieldTable.UrlAuthType),
        Url(FieldTable.UrlAllowCredentials),
        Url(FieldTable.UrlAllowHeaders),
        Url(FieldTable.UrlAllowMethods),
        Url(FieldTable.UrlAllowOrigins),
        Url(FieldTable.UrlExposeHeaders),
        Url(FieldTable.UrlMaxAge),
        Url(FieldTable.UrlInvokeMode),
        Async(FieldTable.AsyncMaximumRetryAttempts),
        Async(FieldTable.AsyncMaximumEventAgeInSeconds),
        Async(FieldTable.AsyncOnSuccess),
        Async(FieldTable.AsyncOnFailure),
    }.Concat(FieldTable.Of(Operations.CreateEventSourceMapping).Select(EventSource)).ToArray();

    /// <summary>An event source mapping's row on AWS::Lambda::EventSourceMapping: the API's name but for <c>KmsKeyArn</c>, the
    /// bootstrap servers' <c>Endpoints.KafkaBootstrapServers</c> and the timestamp as a number. SAM's Events spell each source
    /// type's properties differently, so the SAM template leaves mappings out (one LGB005 per mapping).</summary>
    private static TemplateProperty EventSource(Field field) => new(field, TemplateResource.EventSourceMapping,
        field == FieldTable.EsmKMSKeyArn ? "KmsKeyArn"
        : field == FieldTable.EsmKafkaBootstrapServers ? "SelfManagedEventSource.Endpoints.KafkaBootstrapServers"
        : field.ApiPath,
        field == FieldTable.EsmStartingPositionTimestamp ? TemplateValue.EpochSeconds : TemplateValue.Same,
        SamPath: null, Why: SamEventSourcesWhy);

    public const string SamEventSourcesWhy =
        "AWS::Serverless::Function's Events name each source type's properties their own way; the CloudFormation template (LambdaTemplateFormat=CloudFormation or Both) has the mapping";

    private static TemplateProperty Url(Field field) =>
        new(field, TemplateResource.Url, field.ApiPath, SamPath: "FunctionUrlConfig." + field.ApiPath);

    private static TemplateProperty Async(Field field) =>
        new(field, TemplateResource.EventInvokeConfig, field.ApiPath, SamPath: "EventInvokeConfig." + field.ApiPath,
            SamValue: field == FieldTable.AsyncOnSuccess || field == FieldTable.AsyncOnFailure ? TemplateValue.SamDestination : TemplateValue.Same);

    private static readonly Dictionary<Field, TemplateProperty> ByField = All.ToDictionary(p => p.Field);

    /// <summary>The entry of <paramref name="field"/>; every row has one.</summary>
    public static TemplateProperty For(Field field) => ByField[field];

    /// <summary>The entry of the row at <paramref name="apiPath"/> (a manifest path: <c>VpcConfig.SubnetIds</c>) of
    /// <paramref name="operation"/>, or null when the table has no such row (a later LambdaGen's member).</summary>
    public static TemplateProperty? Find(Operation operation, string apiPath)
    {
        foreach (var property in All)
        {
            if (property.Field.Operation == operation && property.Field.ApiPath == apiPath)
            {
                return property;
            }
        }

        return null;
    }
}
