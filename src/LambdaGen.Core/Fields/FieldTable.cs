using System;
using System.Collections.Generic;
using System.Linq;
using LambdaGen.Core.Model;
using LambdaGen.Core.Rules;

namespace LambdaGen.Core.Fields;

/// <summary>
/// The field table: every setting of a function, once, in the order the manifest writes them. Adding a setting is a
/// row here plus its attribute property; the parser, resolver, validator (for <see cref="Field.ModelRule"/>), manifest
/// writer and reader, typed-call emitter and deploy diff all walk <see cref="All"/>. Model constraints are copied from
/// the committed service model and checked against it by <c>ServiceModelTests</c>.
/// </summary>
public static class FieldTable
{
    private const string Arn = @"(arn:(aws[a-zA-Z-]*)?:[a-z0-9-.]+:.*)|()";
    private const string Region = @"(eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\d{1}";

    public static readonly Field<string> FunctionName = new("FunctionName", "FunctionName", FieldKind.String)
    {
        Levels = FieldLevels.Method, Channel = DeployChannel.CreateOnly, SdkPath = "FunctionName",
        Model = ModelConstraints.Length(1, 140, @"(arn:(aws[a-zA-Z-]*)?:lambda:)?(" + Region + @":)?(\d{12}:)?(function:)?([a-zA-Z0-9-_]+)(:(\$LATEST|[a-zA-Z0-9-_]+))?") with { RequiredInParent = true },
    };
    public static readonly Field<string> Description = new("Description", "Description", FieldKind.String)
    {
        Levels = FieldLevels.Method, SdkPath = "Description", ResetJson = "\"\"", Model = ModelConstraints.Length(0, 256),
    };
    public static readonly Field<string> Runtime = new("Runtime", "Runtime", FieldKind.String)
    {
        MsBuildProperty = "LambdaRuntime", SdkPath = "Runtime", SdkConstantClass = "Runtime", Package = PackageScope.ZipOnly,
        Model = new ModelConstraints { Enum = Runtimes.All.Select(r => r.Identifier).ToEquatableArray() },
    };
    public static readonly Field<string> Handler = new("Handler", "Handler", FieldKind.String)
    {
        Levels = FieldLevels.Method, SdkPath = "Handler", Package = PackageScope.ZipOnly, Model = ModelConstraints.Length(0, 128, @"[^\s]+"),
    };
    public static readonly Field<string> Role = new("Role", "Role", FieldKind.String)
    {
        MsBuildProperty = "LambdaRole", SdkPath = "Role",
        Model = ModelConstraints.Length(0, 10000, @"arn:(aws[a-zA-Z-]*)?:iam::\d{12}:role/?[a-zA-Z_0-9+=,.@\-_/]+") with { RequiredInParent = true },
    };
    public static readonly Field<int> MemorySize = new("MemorySize", "MemorySize", FieldKind.Int)
    {
        MsBuildProperty = "LambdaMemorySize", SdkPath = "MemorySize", ResetJson = "128", Model = ModelConstraints.Range(128, 32768),
    };
    public static readonly Field<int> Timeout = new("Timeout", "Timeout", FieldKind.Int)
    {
        MsBuildProperty = "LambdaTimeout", SdkPath = "Timeout", ResetJson = "3", Model = ModelConstraints.Range(1, 5400),
    };
    public static readonly Field<EquatableArray<string?>> Architectures = new("Architectures", "Architectures", FieldKind.StringList)
    {
        MsBuildProperty = "LambdaArchitecture", SdkPath = "Architectures", Channel = DeployChannel.Code, ResetJson = "[\"x86_64\"]",
        Model = new ModelConstraints { MinItems = 1, MaxItems = 1, Enum = EquatableArray.From("x86_64", "arm64") },
    };
    public static readonly Field<int> EphemeralStorage = new("EphemeralStorage", "EphemeralStorage.Size", FieldKind.Int)
    {
        SdkPath = "EphemeralStorage.Size", ResetJson = "512", Model = ModelConstraints.Range(512, 10240) with { RequiredInParent = true },
    };
    public static readonly Field<string> PackageType = new("PackageType", "PackageType", FieldKind.String)
    {
        SdkPath = "PackageType", SdkConstantClass = "PackageType", Channel = DeployChannel.CreateOnly, Model = ModelConstraints.OneOf("Zip", "Image"),
    };
    public static readonly Field<bool> Publish = new("Publish", "Publish", FieldKind.Bool)
    {
        SdkPath = "Publish", Channel = DeployChannel.OwnCall,
    };
    public static readonly CollectionField Environment = new("Environment", "Environment.Variables", FieldKind.KeyValueMap)
    {
        SdkPath = "Environment.Variables", ResetJson = "{}",
        Model = new ModelConstraints { Pattern = @"[a-zA-Z]([a-zA-Z0-9_])+" },
    };
    public static readonly Field<EquatableArray<string?>> SubnetIds = new("SubnetIds", "VpcConfig.SubnetIds", FieldKind.StringList)
    {
        SdkPath = "VpcConfig.SubnetIds", ResetJson = "[]", Unordered = true,
        Model = new ModelConstraints { MinItems = 0, MaxItems = 16, MinLength = 0, MaxLength = 1024, Pattern = "subnet-[0-9a-z]*" },
    };
    public static readonly Field<EquatableArray<string?>> SecurityGroupIds = new("SecurityGroupIds", "VpcConfig.SecurityGroupIds", FieldKind.StringList)
    {
        SdkPath = "VpcConfig.SecurityGroupIds", ResetJson = "[]", Unordered = true,
        Model = new ModelConstraints { MinItems = 0, MaxItems = 5, MinLength = 0, MaxLength = 1024, Pattern = "sg-[0-9a-zA-Z]*" },
    };
    public static readonly Field<bool> Ipv6AllowedForDualStack = new("Ipv6AllowedForDualStack", "VpcConfig.Ipv6AllowedForDualStack", FieldKind.Bool)
    {
        SdkPath = "VpcConfig.Ipv6AllowedForDualStack", ResetJson = "false",
    };
    public static readonly Field<string> DeadLetterTargetArn = new("DeadLetterTargetArn", "DeadLetterConfig.TargetArn", FieldKind.String)
    {
        SdkPath = "DeadLetterConfig.TargetArn", ResetJson = "\"\"", Model = ModelConstraints.Length(0, 10000, Arn),
    };
    public static readonly Field<string> TracingMode = new("TracingMode", "TracingConfig.Mode", FieldKind.String)
    {
        SdkPath = "TracingConfig.Mode", SdkConstantClass = "TracingMode", ResetJson = "\"PassThrough\"", Model = ModelConstraints.OneOf("Active", "PassThrough"),
    };
    public static readonly Field<string> KMSKeyArn = new("KMSKeyArn", "KMSKeyArn", FieldKind.String)
    {
        SdkPath = "KMSKeyArn", ResetJson = "\"\"", Model = ModelConstraints.Length(0, 10000, Arn),
    };
    public static readonly Field<EquatableArray<string?>> Layers = new("Layers", "Layers", FieldKind.StringList)
    {
        SdkPath = "Layers", ResetJson = "[]", Package = PackageScope.ZipOnly,
        Model = new ModelConstraints
        {
            MinLength = 1, MaxLength = 2048,
            Pattern = @"((arn:(aws[a-zA-Z-]*)?:lambda:" + Region + @":\d{12}:layer:[a-zA-Z0-9-_]+:[0-9]+)|(arn:[a-zA-Z0-9-]+:lambda:::awslayer:[a-zA-Z0-9-_]+))",
        },
    };
    public static readonly CollectionField FileSystem = new("FileSystem", "FileSystemConfigs", FieldKind.FileSystemList)
    {
        SdkPath = "FileSystemConfigs", ResetJson = "[]", Unordered = true, Model = new ModelConstraints { MinItems = 0, MaxItems = 1 },
    };
    public static readonly Field<EquatableArray<string?>> ImageEntryPoint = new("ImageEntryPoint", "ImageConfig.EntryPoint", FieldKind.StringList)
    {
        SdkPath = "ImageConfig.EntryPoint", ResetJson = "[]", Package = PackageScope.ImageOnly, Model = new ModelConstraints { MinItems = 0, MaxItems = 1500 },
    };
    public static readonly Field<EquatableArray<string?>> ImageCommand = new("ImageCommand", "ImageConfig.Command", FieldKind.StringList)
    {
        SdkPath = "ImageConfig.Command", ResetJson = "[]", Package = PackageScope.ImageOnly, Model = new ModelConstraints { MinItems = 0, MaxItems = 1500 },
    };
    public static readonly Field<string> ImageWorkingDirectory = new("ImageWorkingDirectory", "ImageConfig.WorkingDirectory", FieldKind.String)
    {
        SdkPath = "ImageConfig.WorkingDirectory", ResetJson = "\"\"", Package = PackageScope.ImageOnly, Model = ModelConstraints.Length(0, 1000),
    };
    public static readonly Field<string> CodeSigningConfigArn = new("CodeSigningConfigArn", "CodeSigningConfigArn", FieldKind.String)
    {
        SdkPath = "CodeSigningConfigArn", Channel = DeployChannel.OwnCall,
        Model = ModelConstraints.Length(0, 200, @"arn:(aws[a-zA-Z-]*)?:lambda:" + Region + @":\d{12}:code-signing-config:csc-[a-z0-9]{17}"),
    };
    public static readonly Field<string> SnapStart = new("SnapStart", "SnapStart.ApplyOn", FieldKind.String)
    {
        SdkPath = "SnapStart.ApplyOn", SdkConstantClass = "SnapStartApplyOn", ResetJson = "\"None\"", Model = ModelConstraints.OneOf("PublishedVersions", "None"),
    };
    public static readonly Field<string> LogFormat = new("LogFormat", "LoggingConfig.LogFormat", FieldKind.String)
    {
        SdkPath = "LoggingConfig.LogFormat", SdkConstantClass = "LogFormat", ResetJson = "\"Text\"", Model = ModelConstraints.OneOf("JSON", "Text"),
    };
    public static readonly Field<string> ApplicationLogLevel = new("ApplicationLogLevel", "LoggingConfig.ApplicationLogLevel", FieldKind.String)
    {
        SdkPath = "LoggingConfig.ApplicationLogLevel", SdkConstantClass = "ApplicationLogLevel", Model = ModelConstraints.OneOf("TRACE", "DEBUG", "INFO", "WARN", "ERROR", "FATAL"),
    };
    public static readonly Field<string> SystemLogLevel = new("SystemLogLevel", "LoggingConfig.SystemLogLevel", FieldKind.String)
    {
        SdkPath = "LoggingConfig.SystemLogLevel", SdkConstantClass = "SystemLogLevel", Model = ModelConstraints.OneOf("DEBUG", "INFO", "WARN"),
    };
    public static readonly Field<string> LogGroup = new("LogGroup", "LoggingConfig.LogGroup", FieldKind.String)
    {
        SdkPath = "LoggingConfig.LogGroup", ResetJson = "\"/aws/lambda/{FunctionName}\"", Model = ModelConstraints.Length(1, 512, @"[\.\-_/#A-Za-z0-9]+"),
    };
    public static readonly Field<string> TenantIsolationMode = new("TenantIsolationMode", "TenancyConfig.TenantIsolationMode", FieldKind.String)
    {
        SdkPath = "TenancyConfig.TenantIsolationMode", SdkConstantClass = "TenantIsolationMode", ModelSince = "2025-11",
        Channel = DeployChannel.CreateOnly, ModelRule = RuleCatalog.TenantIsolationModeUnknown,
        Model = ModelConstraints.OneOf("PER_TENANT") with { RequiredInParent = true },
    };
    public static readonly Field<string> CapacityProviderArn = new("CapacityProviderArn", "CapacityProviderConfig.LambdaManagedInstancesCapacityProviderConfig.CapacityProviderArn", FieldKind.String)
    {
        MsBuildProperty = "LambdaCapacityProviderArn", SdkPath = "CapacityProviderConfig.LambdaManagedInstancesCapacityProviderConfig.CapacityProviderArn",
        ModelSince = "2025-11", Channel = DeployChannel.ConfigurationOnceCreated, ModelRule = RuleCatalog.CapacityProviderArnInvalid,
        Model = ModelConstraints.Length(1, 140, @"arn:aws[a-zA-Z-]*:lambda:" + Region + @":\d{12}:capacity-provider:[a-zA-Z0-9-_]+") with { RequiredInParent = true },
    };
    public static readonly Field<int> PerExecutionEnvironmentMaxConcurrency = new("PerExecutionEnvironmentMaxConcurrency", "CapacityProviderConfig.LambdaManagedInstancesCapacityProviderConfig.PerExecutionEnvironmentMaxConcurrency", FieldKind.Int)
    {
        SdkPath = "CapacityProviderConfig.LambdaManagedInstancesCapacityProviderConfig.PerExecutionEnvironmentMaxConcurrency",
        ModelSince = "2025-11", Channel = DeployChannel.ConfigurationOnceCreated, ModelRule = RuleCatalog.MaxConcurrencyOutOfRange, Model = ModelConstraints.Range(1, 1600),
    };
    public static readonly Field<double> ExecutionEnvironmentMemoryGiBPerVCpu = new("ExecutionEnvironmentMemoryGiBPerVCpu", "CapacityProviderConfig.LambdaManagedInstancesCapacityProviderConfig.ExecutionEnvironmentMemoryGiBPerVCpu", FieldKind.Double)
    {
        SdkPath = "CapacityProviderConfig.LambdaManagedInstancesCapacityProviderConfig.ExecutionEnvironmentMemoryGiBPerVCpu",
        ModelSince = "2025-11", Channel = DeployChannel.ConfigurationOnceCreated, ModelRule = RuleCatalog.MemoryPerVCpuOutOfRange, Model = ModelConstraints.Range(2, 8),
    };
    public static readonly Field<int> DurableExecutionTimeout = new("DurableExecutionTimeout", "DurableConfig.ExecutionTimeout", FieldKind.Int)
    {
        SdkPath = "DurableConfig.ExecutionTimeout", ModelSince = "2025-12", Channel = DeployChannel.ConfigurationOnceCreated, ModelRule = RuleCatalog.DurableExecutionTimeoutOutOfRange, Model = ModelConstraints.Range(1, 31622400),
    };
    public static readonly Field<int> DurableRetentionPeriodInDays = new("DurableRetentionPeriodInDays", "DurableConfig.RetentionPeriodInDays", FieldKind.Int)
    {
        SdkPath = "DurableConfig.RetentionPeriodInDays", ModelSince = "2025-12", Channel = DeployChannel.ConfigurationOnceCreated, ModelRule = RuleCatalog.DurableRetentionOutOfRange, Model = ModelConstraints.Range(1, 90),
    };
    public static readonly Field<string> DurableKMSKeyArn = new("DurableKMSKeyArn", "DurableConfig.KMSKeyArn", FieldKind.String)
    {
        SdkPath = "DurableConfig.KMSKeyArn", ModelSince = "2026-07-07", Channel = DeployChannel.ConfigurationOnceCreated, ModelRule = RuleCatalog.DurableKmsKeyArnInvalid, Model = ModelConstraints.Length(0, 10000, Arn),
    };
    public static readonly Field<string> PublishTo = new("PublishTo", "PublishTo", FieldKind.String)
    {
        SdkPath = "PublishTo", SdkConstantClass = "FunctionVersionLatestPublished", ModelSince = "2025-11", Channel = DeployChannel.OwnCall,
        ModelRule = RuleCatalog.PublishToUnknown, Model = ModelConstraints.OneOf("LATEST_PUBLISHED"),
    };
    public static readonly CollectionField Tags = new("Tags", "Tags", FieldKind.KeyValueMap)
    {
        SdkPath = "Tags", Channel = DeployChannel.OwnCall,
        Model = new ModelConstraints { MinLength = 1, MaxLength = 128, Pattern = @"([\p{L}\p{Z}\p{N}_.:/=+\-@]*)" },
    };

    // ---- The other operations of a function (each its own request and manifest file). ----

    public static readonly Field<int> ReservedConcurrentExecutions = new("ReservedConcurrentExecutions", "ReservedConcurrentExecutions", FieldKind.Int)
    {
        Operation = Operations.PutFunctionConcurrency, MsBuildProperty = "LambdaReservedConcurrentExecutions", SdkPath = "ReservedConcurrentExecutions",
        Channel = DeployChannel.OwnCall, ModelRule = RuleCatalog.ReservedConcurrencyOutOfRange, Model = new ModelConstraints { Min = 0, RequiredInParent = true },
    };

    public static readonly Field<string> AliasName = new("Name", "Name", FieldKind.String)
    {
        Operation = Operations.CreateAlias, Levels = FieldLevels.Method, ConstructorIndex = 0, SdkPath = "Name", Channel = DeployChannel.CreateOnly,
        ModelRule = RuleCatalog.AliasNameInvalid, Model = ModelConstraints.Length(1, 128, @"(?!^[0-9]+$)([a-zA-Z0-9-_]+)") with { RequiredInParent = true },
    };
    public static readonly Field<string> AliasDescription = new("Description", "Description", FieldKind.String)
    {
        Operation = Operations.CreateAlias, Levels = FieldLevels.Method, SdkPath = "Description", Channel = DeployChannel.OwnCall, ResetJson = "\"\"",
        ModelRule = RuleCatalog.AliasDescriptionTooLong, Model = ModelConstraints.Length(0, 256),
    };
    public static readonly Field<int> ProvisionedConcurrentExecutions = new("ProvisionedConcurrentExecutions", "ProvisionedConcurrentExecutions", FieldKind.Int)
    {
        Operation = Operations.PutProvisionedConcurrencyConfig, Levels = FieldLevels.Method, SdkPath = "ProvisionedConcurrentExecutions", Channel = DeployChannel.OwnCall,
        ModelRule = RuleCatalog.ProvisionedConcurrencyOutOfRange, Model = new ModelConstraints { Min = 1, RequiredInParent = true },
    };

    public static readonly Field<string> UrlQualifier = new("Qualifier", "Qualifier", FieldKind.String)
    {
        Operation = Operations.CreateFunctionUrlConfig, Levels = FieldLevels.Method, SdkPath = "Qualifier", Channel = DeployChannel.CreateOnly,
        ModelRule = RuleCatalog.FunctionUrlQualifierInvalid, Model = ModelConstraints.Length(1, 128, @"((?!^\d+$)^[0-9a-zA-Z-_]+$)"),
    };
    public static readonly Field<string> UrlAuthType = new("AuthType", "AuthType", FieldKind.String)
    {
        Operation = Operations.CreateFunctionUrlConfig, Levels = FieldLevels.Method, SdkPath = "AuthType", SdkConstantClass = "FunctionUrlAuthType", Channel = DeployChannel.OwnCall,
        ModelRule = RuleCatalog.FunctionUrlAuthTypeUnknown, Model = ModelConstraints.OneOf("NONE", "AWS_IAM") with { RequiredInParent = true },
    };
    public static readonly Field<bool> UrlAllowCredentials = new("AllowCredentials", "Cors.AllowCredentials", FieldKind.Bool)
    {
        Operation = Operations.CreateFunctionUrlConfig, Levels = FieldLevels.Method, SdkPath = "Cors.AllowCredentials", Channel = DeployChannel.OwnCall, ResetJson = "false",
    };
    public static readonly Field<EquatableArray<string?>> UrlAllowHeaders = new("AllowHeaders", "Cors.AllowHeaders", FieldKind.StringList)
    {
        Operation = Operations.CreateFunctionUrlConfig, Levels = FieldLevels.Method, SdkPath = "Cors.AllowHeaders", Channel = DeployChannel.OwnCall, ResetJson = "[]", Unordered = true,
        ModelRule = RuleCatalog.FunctionUrlCorsInvalid, Model = new ModelConstraints { MinItems = 0, MaxItems = 100, MinLength = 0, MaxLength = 1024, Pattern = ".*" },
    };
    public static readonly Field<EquatableArray<string?>> UrlAllowMethods = new("AllowMethods", "Cors.AllowMethods", FieldKind.StringList)
    {
        Operation = Operations.CreateFunctionUrlConfig, Levels = FieldLevels.Method, SdkPath = "Cors.AllowMethods", Channel = DeployChannel.OwnCall, ResetJson = "[]", Unordered = true,
        ModelRule = RuleCatalog.FunctionUrlCorsInvalid, Model = new ModelConstraints { MinItems = 0, MaxItems = 6, MinLength = 0, MaxLength = 6, Pattern = ".*" },
    };
    public static readonly Field<EquatableArray<string?>> UrlAllowOrigins = new("AllowOrigins", "Cors.AllowOrigins", FieldKind.StringList)
    {
        Operation = Operations.CreateFunctionUrlConfig, Levels = FieldLevels.Method, SdkPath = "Cors.AllowOrigins", Channel = DeployChannel.OwnCall, ResetJson = "[]", Unordered = true,
        ModelRule = RuleCatalog.FunctionUrlCorsInvalid, Model = new ModelConstraints { MinItems = 0, MaxItems = 100, MinLength = 1, MaxLength = 253, Pattern = ".*" },
    };
    public static readonly Field<EquatableArray<string?>> UrlExposeHeaders = new("ExposeHeaders", "Cors.ExposeHeaders", FieldKind.StringList)
    {
        Operation = Operations.CreateFunctionUrlConfig, Levels = FieldLevels.Method, SdkPath = "Cors.ExposeHeaders", Channel = DeployChannel.OwnCall, ResetJson = "[]", Unordered = true,
        ModelRule = RuleCatalog.FunctionUrlCorsInvalid, Model = new ModelConstraints { MinItems = 0, MaxItems = 100, MinLength = 0, MaxLength = 1024, Pattern = ".*" },
    };
    public static readonly Field<int> UrlMaxAge = new("MaxAge", "Cors.MaxAge", FieldKind.Int)
    {
        Operation = Operations.CreateFunctionUrlConfig, Levels = FieldLevels.Method, SdkPath = "Cors.MaxAge", Channel = DeployChannel.OwnCall, ResetJson = "0",
        ModelRule = RuleCatalog.FunctionUrlCorsInvalid, Model = ModelConstraints.Range(0, 86400),
    };
    public static readonly Field<string> UrlInvokeMode = new("InvokeMode", "InvokeMode", FieldKind.String)
    {
        Operation = Operations.CreateFunctionUrlConfig, Levels = FieldLevels.Method, SdkPath = "InvokeMode", SdkConstantClass = "InvokeMode", Channel = DeployChannel.OwnCall,
        ResetJson = "\"BUFFERED\"", ModelRule = RuleCatalog.FunctionUrlInvokeModeUnknown, Model = ModelConstraints.OneOf("BUFFERED", "RESPONSE_STREAM"),
    };

    private const string DestinationArn = @"$|kafka://([^.]([a-zA-Z0-9\-_.]{0,248}))|arn:(aws[a-zA-Z0-9-]*):([a-zA-Z0-9\-])+:(" + Region + @")?:(\d{12})?:(.*)";

    public static readonly Field<int> AsyncMaximumRetryAttempts = new("MaximumRetryAttempts", "MaximumRetryAttempts", FieldKind.Int)
    {
        Operation = Operations.PutFunctionEventInvokeConfig, Levels = FieldLevels.Method, SdkPath = "MaximumRetryAttempts", Channel = DeployChannel.OwnCall,
        ModelRule = RuleCatalog.AsyncRetryAttemptsOutOfRange, Model = ModelConstraints.Range(0, 2),
    };
    public static readonly Field<int> AsyncMaximumEventAgeInSeconds = new("MaximumEventAgeInSeconds", "MaximumEventAgeInSeconds", FieldKind.Int)
    {
        Operation = Operations.PutFunctionEventInvokeConfig, Levels = FieldLevels.Method, SdkPath = "MaximumEventAgeInSeconds", Channel = DeployChannel.OwnCall,
        ModelRule = RuleCatalog.AsyncEventAgeOutOfRange, Model = ModelConstraints.Range(60, 21600),
    };
    public static readonly Field<string> AsyncOnSuccess = new("OnSuccess", "DestinationConfig.OnSuccess.Destination", FieldKind.String)
    {
        Operation = Operations.PutFunctionEventInvokeConfig, Levels = FieldLevels.Method, SdkPath = "DestinationConfig.OnSuccess.Destination", Channel = DeployChannel.OwnCall,
        ModelRule = RuleCatalog.AsyncDestinationInvalid, Model = ModelConstraints.Length(0, 350, DestinationArn),
    };
    public static readonly Field<string> AsyncOnFailure = new("OnFailure", "DestinationConfig.OnFailure.Destination", FieldKind.String)
    {
        Operation = Operations.PutFunctionEventInvokeConfig, Levels = FieldLevels.Method, SdkPath = "DestinationConfig.OnFailure.Destination", Channel = DeployChannel.OwnCall,
        ModelRule = RuleCatalog.AsyncDestinationInvalid, Model = ModelConstraints.Length(0, 350, DestinationArn),
    };

    // ---- CreateEventSourceMapping: one request per [LambdaEventSource]. Which members a source takes is EventSources'. ----

    private const string EsmArn = @"arn:(aws[a-zA-Z0-9-]*):([a-zA-Z0-9\-])+:(" + Region + @")?:(\d{12})?:(.*)";
    private const string Uri = @"[ a-zA-Z0-9-\/*:_+=.@-]*";

    private static Field<T> Esm<T>(string name, string apiPath, FieldKind kind, Rule? rule, ModelConstraints? model = null,
        string? constantClass = null, string[]? sdkTypes = null, DeployChannel channel = DeployChannel.OwnCall) where T : notnull => new(name, apiPath, kind)
        {
            // OwnCall: UpdateEventSourceMapping; CreateOnly for what that request has no member for (a change needs a new mapping).
            Operation = Operations.CreateEventSourceMapping, Levels = FieldLevels.Method, SdkPath = apiPath, Channel = channel,
            ModelRule = rule, Model = model ?? ModelConstraints.None, SdkConstantClass = constantClass, SdkTypes = sdkTypes,
        };

    public static readonly Field<string> EsmEventSourceArn = new("EventSourceArn", "EventSourceArn", FieldKind.String)
    {
        Operation = Operations.CreateEventSourceMapping, Levels = FieldLevels.Method, ConstructorIndex = 0, SdkPath = "EventSourceArn", Channel = DeployChannel.CreateOnly,
        ModelRule = RuleCatalog.EventSourceArnInvalid, Model = ModelConstraints.Length(0, 10000, EsmArn),
    };
    public static readonly Field<bool> EsmEnabled = new("Enabled", "Enabled", FieldKind.Bool)
    {
        Operation = Operations.CreateEventSourceMapping, Levels = FieldLevels.Method, SdkPath = "Enabled", Channel = DeployChannel.OwnCall, ResetJson = "true",
    };
    public static readonly Field<int> EsmBatchSize = Esm<int>("BatchSize", "BatchSize", FieldKind.Int, RuleCatalog.EventSourceBatchSizeOutOfRange, ModelConstraints.Range(1, 10000));
    public static readonly Field<EquatableArray<string?>> EsmFilterPatterns = new("FilterPatterns", "FilterCriteria.Filters", FieldKind.StringList)
    {
        Operation = Operations.CreateEventSourceMapping, Levels = FieldLevels.Method, SdkPath = "FilterCriteria.Filters", Channel = DeployChannel.OwnCall, ItemMember = "Pattern", SdkItemType = "Filter",
        ResetJson = "[]", ModelRule = RuleCatalog.EventSourceValueInvalid, Model = new ModelConstraints { MinLength = 0, MaxLength = 4096, Pattern = @"[\s\S]*" },
    };
    public static readonly Field<string> EsmKMSKeyArn = Esm<string>("KMSKeyArn", "KMSKeyArn", FieldKind.String, RuleCatalog.EventSourceValueInvalid, ModelConstraints.Length(0, 10000, Arn));
    public static readonly Field<EquatableArray<string?>> EsmMetrics = Esm<EquatableArray<string?>>("Metrics", "MetricsConfig.Metrics", FieldKind.StringList, RuleCatalog.EventSourceValueInvalid,
        new ModelConstraints { MinItems = 0, MaxItems = 3, Enum = EquatableArray.From("EventCount", "ErrorCount", "KafkaMetrics") },
        sdkTypes: new[] { "EventSourceMappingMetricsConfig" });
    public static readonly Field<string> EsmSystemLogLevel = Esm<string>("SystemLogLevel", "LoggingConfig.SystemLogLevel", FieldKind.String, RuleCatalog.EventSourceValueInvalid, ModelConstraints.OneOf("DEBUG", "INFO", "WARN"),
        "EventSourceMappingSystemLogLevel", new[] { "EventSourceMappingLoggingConfig" });
    public static readonly Field<int> EsmMaximumConcurrency = Esm<int>("MaximumConcurrency", "ScalingConfig.MaximumConcurrency", FieldKind.Int, RuleCatalog.EventSourceNumberOutOfRange, ModelConstraints.Range(2, 1000));
    public static readonly Field<int> EsmMaximumBatchingWindowInSeconds = Esm<int>("MaximumBatchingWindowInSeconds", "MaximumBatchingWindowInSeconds", FieldKind.Int, RuleCatalog.EventSourceNumberOutOfRange, ModelConstraints.Range(0, 300));
    public static readonly Field<int> EsmParallelizationFactor = Esm<int>("ParallelizationFactor", "ParallelizationFactor", FieldKind.Int, RuleCatalog.EventSourceNumberOutOfRange, ModelConstraints.Range(1, 10));
    public static readonly Field<string> EsmStartingPosition = Esm<string>("StartingPosition", "StartingPosition", FieldKind.String, RuleCatalog.EventSourceValueInvalid, ModelConstraints.OneOf("TRIM_HORIZON", "LATEST", "AT_TIMESTAMP"), "EventSourcePosition",
        channel: DeployChannel.CreateOnly);
    public static readonly Field<string> EsmStartingPositionTimestamp = new("StartingPositionTimestamp", "StartingPositionTimestamp", FieldKind.String)
    {
        Operation = Operations.CreateEventSourceMapping, Levels = FieldLevels.Method, SdkPath = "StartingPositionTimestamp", Channel = DeployChannel.CreateOnly, Timestamp = true,
    };
    public static readonly Field<string> EsmOnFailure = Esm<string>("OnFailure", "DestinationConfig.OnFailure.Destination", FieldKind.String, RuleCatalog.EventSourceValueInvalid, ModelConstraints.Length(0, 350, DestinationArn));
    public static readonly Field<int> EsmMaximumRecordAgeInSeconds = Esm<int>("MaximumRecordAgeInSeconds", "MaximumRecordAgeInSeconds", FieldKind.Int, RuleCatalog.EventSourceNumberOutOfRange, ModelConstraints.Range(-1, 604800));
    public static readonly Field<bool> EsmBisectBatchOnFunctionError = Esm<bool>("BisectBatchOnFunctionError", "BisectBatchOnFunctionError", FieldKind.Bool, null);
    public static readonly Field<int> EsmMaximumRetryAttempts = Esm<int>("MaximumRetryAttempts", "MaximumRetryAttempts", FieldKind.Int, RuleCatalog.EventSourceNumberOutOfRange, ModelConstraints.Range(-1, 10000));
    public static readonly Field<int> EsmTumblingWindowInSeconds = Esm<int>("TumblingWindowInSeconds", "TumblingWindowInSeconds", FieldKind.Int, RuleCatalog.EventSourceNumberOutOfRange, ModelConstraints.Range(0, 900));
    public static readonly Field<EquatableArray<string?>> EsmTopics = Esm<EquatableArray<string?>>("Topics", "Topics", FieldKind.StringList, RuleCatalog.EventSourceValueInvalid,
        new ModelConstraints { MinItems = 1, MaxItems = 1, MinLength = 1, MaxLength = 249, Pattern = @"[^.]([a-zA-Z0-9\-_.]+)" }, channel: DeployChannel.CreateOnly);
    public static readonly Field<EquatableArray<string?>> EsmQueues = Esm<EquatableArray<string?>>("Queues", "Queues", FieldKind.StringList, RuleCatalog.EventSourceValueInvalid,
        new ModelConstraints { MinItems = 1, MaxItems = 1, MinLength = 1, MaxLength = 1000, Pattern = @"[\s\S]*" }, channel: DeployChannel.CreateOnly);
    public static readonly Field<EquatableArray<string?>> EsmSourceAccessConfigurations = new("SourceAccessConfigurations", "SourceAccessConfigurations", FieldKind.StringList)
    {
        Operation = Operations.CreateEventSourceMapping, Levels = FieldLevels.Method, SdkPath = "SourceAccessConfigurations", Channel = DeployChannel.OwnCall,
        ItemKeyMember = "Type", ItemMember = "URI", ResetJson = "[]", SdkItemType = "SourceAccessConfiguration", SdkItemKeyConstantClass = "SourceAccessType",
        Model = new ModelConstraints
        {
            MinItems = 0, MaxItems = 23, MinLength = 1, MaxLength = 200, Pattern = Uri,
            ItemKeys = EquatableArray.From("BASIC_AUTH", "VPC_SUBNET", "VPC_SECURITY_GROUP", "SASL_SCRAM_512_AUTH", "SASL_SCRAM_256_AUTH", "VIRTUAL_HOST", "CLIENT_CERTIFICATE_TLS_AUTH", "SERVER_ROOT_CA_CERTIFICATE"),
        },
    };
    public static readonly Field<EquatableArray<string?>> EsmKafkaBootstrapServers = new("KafkaBootstrapServers", "SelfManagedEventSource.Endpoints.KAFKA_BOOTSTRAP_SERVERS", FieldKind.StringList)
    {
        Operation = Operations.CreateEventSourceMapping, Levels = FieldLevels.Method, SdkPath = "SelfManagedEventSource.Endpoints", SdkMapKey = "KAFKA_BOOTSTRAP_SERVERS", Channel = DeployChannel.CreateOnly,
        ModelRule = RuleCatalog.EventSourceValueInvalid, Model = new ModelConstraints { MinItems = 1, MaxItems = 10, MinLength = 1, MaxLength = 300, Pattern = @"(([a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9\-]*[a-zA-Z0-9])\.)*([A-Za-z0-9]|[A-Za-z0-9][A-Za-z0-9\-]*[A-Za-z0-9]):[0-9]{1,5}" },
    };
    public static readonly Field<bool> EsmReportBatchItemFailures = new("ReportBatchItemFailures", "FunctionResponseTypes", FieldKind.Bool)
    {
        Operation = Operations.CreateEventSourceMapping, Levels = FieldLevels.Method, SdkPath = "FunctionResponseTypes", Channel = DeployChannel.OwnCall,
        FlagItem = "ReportBatchItemFailures", ResetJson = "[]", Model = new ModelConstraints { MinItems = 0, MaxItems = 1, Enum = EquatableArray.From("ReportBatchItemFailures") },
    };
    public static readonly Field<string> EsmConsumerGroupId = new("ConsumerGroupId", "AmazonManagedKafkaEventSourceConfig.ConsumerGroupId", FieldKind.String)
    {
        Operation = Operations.CreateEventSourceMapping, Levels = FieldLevels.Method, SdkPath = "AmazonManagedKafkaEventSourceConfig.ConsumerGroupId", Channel = DeployChannel.CreateOnly,
        ModelRule = RuleCatalog.EventSourceValueInvalid, Model = ModelConstraints.Length(1, 200, Uri),
    };
    public static readonly Field<string> EsmSelfManagedConsumerGroupId = new("ConsumerGroupId", "SelfManagedKafkaEventSourceConfig.ConsumerGroupId", FieldKind.String)
    {
        Operation = Operations.CreateEventSourceMapping, Levels = FieldLevels.Method, SdkPath = "SelfManagedKafkaEventSourceConfig.ConsumerGroupId", Channel = DeployChannel.CreateOnly,
        ModelRule = RuleCatalog.EventSourceValueInvalid, Model = ModelConstraints.Length(1, 200, Uri), SharesPropertyWith = EsmConsumerGroupId,
    };
    public static readonly Field<string> EsmDatabaseName = Esm<string>("DatabaseName", "DocumentDBEventSourceConfig.DatabaseName", FieldKind.String, RuleCatalog.EventSourceValueInvalid, ModelConstraints.Length(1, 63, @"[^ /\.$\x22]*"));
    public static readonly Field<string> EsmCollectionName = Esm<string>("CollectionName", "DocumentDBEventSourceConfig.CollectionName", FieldKind.String, RuleCatalog.EventSourceValueInvalid, ModelConstraints.Length(1, 57, @"(^(?!(system\x2e)))(^[_a-zA-Z0-9])([^$]*)"));
    public static readonly Field<string> EsmFullDocument = Esm<string>("FullDocument", "DocumentDBEventSourceConfig.FullDocument", FieldKind.String, RuleCatalog.EventSourceValueInvalid, ModelConstraints.OneOf("UpdateLookup", "Default"), "FullDocument");
    public static readonly Field<int> EsmMinimumPollers = Esm<int>("MinimumPollers", "ProvisionedPollerConfig.MinimumPollers", FieldKind.Int, RuleCatalog.EventSourceNumberOutOfRange, ModelConstraints.Range(1, 200));
    public static readonly Field<int> EsmMaximumPollers = Esm<int>("MaximumPollers", "ProvisionedPollerConfig.MaximumPollers", FieldKind.Int, RuleCatalog.EventSourceNumberOutOfRange, ModelConstraints.Range(1, 10000));
    public static readonly Field<string> EsmPollerGroupName = Esm<string>("PollerGroupName", "ProvisionedPollerConfig.PollerGroupName", FieldKind.String, RuleCatalog.EventSourceValueInvalid, ModelConstraints.Length(0, 128, "[a-zA-Z0-9-_]*"));

    /// <summary>Every row, grouped by operation (<see cref="Operations.All"/>'s order), each group in its request's order.</summary>
    public static readonly IReadOnlyList<Field> All = Number(new Field[]
    {
        FunctionName, Description, Runtime, Handler, Role, MemorySize, Timeout, Architectures, EphemeralStorage, PackageType, Publish,
        Environment, SubnetIds, SecurityGroupIds, Ipv6AllowedForDualStack, DeadLetterTargetArn, TracingMode, KMSKeyArn, Layers,
        FileSystem, ImageEntryPoint, ImageCommand, ImageWorkingDirectory, CodeSigningConfigArn, SnapStart,
        LogFormat, ApplicationLogLevel, SystemLogLevel, LogGroup,
        TenantIsolationMode, CapacityProviderArn, PerExecutionEnvironmentMaxConcurrency, ExecutionEnvironmentMemoryGiBPerVCpu,
        DurableExecutionTimeout, DurableRetentionPeriodInDays, DurableKMSKeyArn, PublishTo,
        Tags,
        ReservedConcurrentExecutions,
        AliasName, AliasDescription,
        ProvisionedConcurrentExecutions,
        UrlQualifier, UrlAuthType, UrlAllowCredentials, UrlAllowHeaders, UrlAllowMethods, UrlAllowOrigins, UrlExposeHeaders, UrlMaxAge, UrlInvokeMode,
        AsyncMaximumRetryAttempts, AsyncMaximumEventAgeInSeconds, AsyncOnSuccess, AsyncOnFailure,
        EsmEventSourceArn, EsmEnabled, EsmBatchSize, EsmFilterPatterns, EsmKMSKeyArn, EsmMetrics, EsmSystemLogLevel, EsmMaximumConcurrency,
        EsmMaximumBatchingWindowInSeconds, EsmParallelizationFactor, EsmStartingPosition, EsmStartingPositionTimestamp, EsmOnFailure,
        EsmMaximumRecordAgeInSeconds, EsmBisectBatchOnFunctionError, EsmMaximumRetryAttempts, EsmTumblingWindowInSeconds, EsmTopics, EsmQueues,
        EsmSourceAccessConfigurations, EsmKafkaBootstrapServers, EsmReportBatchItemFailures, EsmConsumerGroupId, EsmSelfManagedConsumerGroupId,
        EsmDatabaseName, EsmCollectionName, EsmFullDocument, EsmMinimumPollers, EsmMaximumPollers, EsmPollerGroupName,
    });

    /// <summary>Each operation's rows, found once: the manifest writer and the analyzer ask per handler and operation.</summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<Operation, IReadOnlyList<Field>> ByOperation = new();

    /// <summary>The rows of the CreateFunction request, in manifest order.</summary>
    public static readonly IReadOnlyList<Field> CreateFunction = Of(Operations.CreateFunction);

    /// <summary>The rows of one operation, in its request's order.</summary>
    public static IReadOnlyList<Field> Of(Operation operation) =>
        ByOperation.GetOrAdd(operation, static op => All.Where(f => f.Operation == op).ToArray());

    /// <summary>The number of slots a <see cref="SettingTable"/> has (the rows that are not collections).</summary>
    public static int SlotCount { get; private set; }

    private static readonly Dictionary<(string Attribute, string Name), Field> ByAttributeMap =
        All.Where(f => f.SharesPropertyWith is null).ToDictionary(f => (f.Operation.Attribute, f.Name));

    /// <summary>The row for a property of <c>[LambdaFunction]</c>/<c>[LambdaDefaults]</c> (its field key), or null.</summary>
    public static Field? ByName(string name) => ByAttribute(Operations.LambdaFunctionAttribute, name);

    /// <summary>The row for a property of the attribute with metadata name <paramref name="attribute"/>, or null.</summary>
    public static Field? ByAttribute(string attribute, string name) => ByAttributeMap.TryGetValue((attribute, name), out var field) ? field : null;

    /// <summary>The rows that hold a value in <see cref="SettingTable"/>.</summary>
    public static readonly IReadOnlyList<Field> Slotted = All.Where(f => f.Index >= 0).ToArray();

    /// <summary>The slotted rows read from <c>[LambdaFunction]</c> and <c>[LambdaDefaults]</c> (CreateFunction and PutFunctionConcurrency).</summary>
    public static readonly IReadOnlyList<Field> OnLambdaFunction = Slotted.Where(f => f.Operation.Attribute == Operations.LambdaFunctionAttribute).ToArray();

    private static Field[] Number(Field[] rows)
    {
        int slot = 0;
        foreach (var row in rows)
        {
            if (row is not CollectionField)
            {
                row.Index = slot++;
            }
        }

        SlotCount = slot;
        return rows;
    }
}
