using System.Text.RegularExpressions;

namespace LambdaGen.ControlPlane;

// A tiny shape model (string/integer/list/map/structure with min/max/pattern/enum), enough to check
// request bodies the way the service's front end does before any business logic runs.

internal abstract class Shape
{
    public bool Sensitive { get; init; }
}

internal sealed class StringShape : Shape
{
    private readonly Regex? _regex;

    public StringShape(int? min = null, int? max = null, string? pattern = null, IReadOnlyList<string>? enumValues = null)
    {
        Min = min;
        Max = max;
        Pattern = pattern;
        Enum = enumValues;
        if (pattern is not null)
        {
            // The service full-matches model patterns. ECMAScript keeps \d ASCII-only (.NET's default
            // \d also matches other scripts' digits, which the service would reject).
            _regex = new Regex(@"\A(?:" + pattern + @")\z", RegexOptions.ECMAScript);
        }
    }

    public int? Min { get; }

    public int? Max { get; }

    public string? Pattern { get; }

    public IReadOnlyList<string>? Enum { get; init; }

    /// <summary>The value set quoted in the enum error when it differs from what is recognised (Runtime).</summary>
    public IReadOnlyList<string>? EnumShown { get; init; }

    /// <summary>Appended to the enum constraint text (the Runtime enum also accepts an ARN).</summary>
    public string EnumSuffix { get; init; } = "";

    /// <summary>Service-only length rule on top of the model (FunctionName: plain names ≤ 64).</summary>
    public Func<string, int?>? ServiceMaxLength { get; init; }

    public bool Matches(string value) => _regex is null || _regex.IsMatch(value);
}

internal sealed class IntegerShape(long? min = null, long? max = null) : Shape
{
    public long? Min { get; } = min;

    public long? Max { get; } = max;
}

internal sealed class DoubleShape(double? min = null, double? max = null) : Shape
{
    public double? Min { get; } = min;

    public double? Max { get; } = max;
}

internal sealed class BooleanShape : Shape;

internal sealed class BlobShape : Shape;

internal sealed class ListShape(Shape member, int? min = null, int? max = null) : Shape
{
    public Shape Member { get; } = member;

    public int? Min { get; } = min;

    public int? Max { get; } = max;
}

internal sealed class MapShape(StringShape key, Shape value) : Shape
{
    public StringShape Key { get; } = key;

    public Shape Value { get; } = value;
}

internal sealed class StructureShape(string name) : Shape
{
    public string Name { get; } = name;

    public List<(string Name, Shape Shape, bool Required)> Members { get; } = new();

    public StructureShape Add(string member, Shape shape, bool required = false)
    {
        Members.Add((member, shape, required));
        return this;
    }

    public (string Name, Shape Shape, bool Required)? Find(string member)
    {
        foreach (var m in Members)
        {
            if (m.Name == member)
            {
                return m;
            }
        }

        return null;
    }
}

/// <summary>
/// The input shapes of the operations this server implements. Constraints come from the current
/// Lambda model, tightened where the service enforces more (MemorySize ≤ 10240, Timeout ≤ 900 for
/// standard functions, plain FunctionName ≤ 64).
/// </summary>
internal static class LambdaShapes
{
    private const string Partition = @"(aws[a-zA-Z-]*)?";
    private const string RegionPart = @"(eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\d{1}";

    public static readonly StringShape FunctionName = new(1, 140,
        @"(arn:(aws[a-zA-Z-]*)?:lambda:)?((eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\d{1}:)?(\d{12}:)?(function:)?([a-zA-Z0-9-_]+)(:(\$LATEST|[a-zA-Z0-9-_]+))?")
    {
        ServiceMaxLength = v => v.Contains(':', StringComparison.Ordinal) ? null : 64,
    };

    /// <summary>The name form accepted in URIs of read operations (allows dots and $LATEST.PUBLISHED).</summary>
    public static readonly StringShape NamespacedFunctionName = new(1, 256,
        @"(arn:(aws[a-zA-Z-]*)?:lambda:)?([a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\d{1}:)?(\d{12}:)?(function:)?([a-zA-Z0-9-_\.]+)(:(\$LATEST(\.PUBLISHED)?|[a-zA-Z0-9-_]+))?");

    public static readonly StringShape Qualifier = new(1, 128, @"\$(LATEST(\.PUBLISHED)?)|[a-zA-Z0-9-_$]+");

    public static readonly StringShape TaggableResource = new(1, 256,
        @"arn:(aws[a-zA-Z-]*):lambda:[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\d{1}:\d{12}:(function:[a-zA-Z0-9-_]+(:(\$LATEST|[a-zA-Z0-9-_]+))?|code-signing-config:csc-[a-z0-9]{17}|event-source-mapping:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|capacity-provider:[a-zA-Z0-9-_]+)");

    public static readonly StringShape Runtime = new(enumValues: RuntimeLifecycle.ModelEnum.ToArray())
    {
        EnumShown = RuntimeLifecycle.Creatable,
        EnumSuffix = " or be a valid ARN",
    };

    private static readonly StringShape Role = new(0, 10000, @"arn:(aws[a-zA-Z-]*)?:iam::\d{12}:role/?[a-zA-Z_0-9+=,.@\-_/]+");
    private static readonly StringShape Handler = new(0, 128, @"[^\s]+");
    private static readonly StringShape Description = new(0, 256);
    private static readonly IntegerShape Timeout = new(1, 900);
    private static readonly IntegerShape MemorySize = new(128, 10240);
    private static readonly BooleanShape Boolean = new();
    private static readonly StringShape AnyString = new();
    private static readonly StringShape ArnLike = new(0, 10000, @"(arn:(aws[a-zA-Z-]*)?:[a-z0-9-.]+:.*)|()");
    private static readonly StringShape S3Bucket = new(3, 63, @"[0-9A-Za-z\.\-_]*(?<!\.)");
    private static readonly StringShape S3Key = new(1, 1024, ".*");
    private static readonly StringShape S3ObjectVersion = new(1, 1024, ".*");
    private static readonly StringShape PublishTo = new(enumValues: ["LATEST_PUBLISHED"]);
    private static readonly BlobShape ZipFile = new() { Sensitive = true };

    private static readonly ListShape Architectures = new(new StringShape(enumValues: ["x86_64", "arm64"]), 1, 1);

    private static readonly StructureShape VpcConfig = new StructureShape("VpcConfig")
        .Add("SubnetIds", new ListShape(new StringShape(0, 1024, "subnet-[0-9a-z]*"), 0, 16))
        .Add("SecurityGroupIds", new ListShape(new StringShape(0, 1024, "sg-[0-9a-zA-Z]*"), 0, 5))
        .Add("Ipv6AllowedForDualStack", Boolean);

    private static readonly StructureShape DeadLetterConfig = new StructureShape("DeadLetterConfig")
        .Add("TargetArn", ArnLike);

    private static readonly StructureShape Environment = new StructureShape("Environment")
        .Add("Variables", new MapShape(
            new StringShape(pattern: "[a-zA-Z]([a-zA-Z0-9_])+") { Sensitive = true },
            new StringShape { Sensitive = true })
        { Sensitive = true });

    private static readonly StructureShape TracingConfig = new StructureShape("TracingConfig")
        .Add("Mode", new StringShape(enumValues: ["Active", "PassThrough"]));

    public static readonly MapShape Tags = new(
        new StringShape(1, 128, @"([\p{L}\p{Z}\p{N}_.:/=+\-@]*)"),
        new StringShape(0, 256, @"([\p{L}\p{Z}\p{N}_.:/=+\-@]*)"));

    private static readonly ListShape Layers = new(new StringShape(1, 2048,
        $@"((arn:{Partition}:lambda:{RegionPart}:\d{{12}}:layer:[a-zA-Z0-9-_]+:[0-9]+)|(arn:[a-zA-Z0-9-]+:lambda:::awslayer:[a-zA-Z0-9-_]+))"));

    private static readonly ListShape FileSystemConfigs = new(new StructureShape("FileSystemConfig")
        .Add("Arn", new StringShape(0, 256,
            $@"arn:aws[a-zA-Z-]*:elasticfilesystem:{RegionPart}:\d{{12}}:access-point/fsap-[a-f0-9]{{17}}$|^arn:aws[-a-z]*:s3files:[0-9a-z-:]+:file-system/fs-[0-9a-f]{{17,40}}/access-point/fsap-[0-9a-f]{{17,40}}"), required: true)
        .Add("LocalMountPath", new StringShape(0, 160, "/mnt/[a-zA-Z0-9-_.]+"), required: true), 0, 1);

    private static readonly StringShape CodeSigningConfigArn = new(0, 200,
        $@"arn:(aws[a-zA-Z-]*)?:lambda:{RegionPart}:\d{{12}}:code-signing-config:csc-[a-z0-9]{{17}}");

    private static readonly StructureShape ImageConfig = new StructureShape("ImageConfig")
        .Add("EntryPoint", new ListShape(AnyString, 0, 1500))
        .Add("Command", new ListShape(AnyString, 0, 1500))
        .Add("WorkingDirectory", new StringShape(0, 1000));

    private static readonly StructureShape EphemeralStorage = new StructureShape("EphemeralStorage")
        .Add("Size", new IntegerShape(512, 10240), required: true);

    private static readonly StructureShape SnapStart = new StructureShape("SnapStart")
        .Add("ApplyOn", new StringShape(enumValues: ["PublishedVersions", "None"]));

    private static readonly StructureShape LoggingConfig = new StructureShape("LoggingConfig")
        .Add("LogFormat", new StringShape(enumValues: ["JSON", "Text"]))
        .Add("ApplicationLogLevel", new StringShape(enumValues: ["TRACE", "DEBUG", "INFO", "WARN", "ERROR", "FATAL"]))
        .Add("SystemLogLevel", new StringShape(enumValues: ["DEBUG", "INFO", "WARN"]))
        .Add("LogGroup", new StringShape(1, 512, @"[\.\-_/#A-Za-z0-9]+"));

    private static readonly StructureShape TenancyConfig = new StructureShape("TenancyConfig")
        .Add("TenantIsolationMode", new StringShape(enumValues: ["PER_TENANT"]), required: true);

    private static readonly StructureShape CapacityProviderConfig = new StructureShape("CapacityProviderConfig")
        .Add("LambdaManagedInstancesCapacityProviderConfig", new StructureShape("LambdaManagedInstancesCapacityProviderConfig")
            .Add("CapacityProviderArn", new StringShape(1, 140,
                $@"arn:aws[a-zA-Z-]*:lambda:{RegionPart}:\d{{12}}:capacity-provider:[a-zA-Z0-9-_]+"), required: true)
            .Add("PerExecutionEnvironmentMaxConcurrency", new IntegerShape(1, 1600))
            .Add("ExecutionEnvironmentMemoryGiBPerVCpu", new DoubleShape(2, 8)), required: true);

    private static readonly StructureShape DurableConfig = new StructureShape("DurableConfig")
        .Add("KMSKeyArn", ArnLike)
        .Add("RetentionPeriodInDays", new IntegerShape(1, 90))
        .Add("ExecutionTimeout", new IntegerShape(1, 31622400));

    private static readonly StructureShape FunctionCode = new StructureShape("FunctionCode")
        .Add("ZipFile", ZipFile)
        .Add("S3Bucket", S3Bucket)
        .Add("S3Key", S3Key)
        .Add("S3ObjectVersion", S3ObjectVersion)
        .Add("S3ObjectStorageMode", new StringShape(enumValues: ["COPY", "REFERENCE"]))
        .Add("ImageUri", AnyString)
        .Add("SourceKMSKeyArn", ArnLike);

    public static readonly StructureShape CreateFunctionRequest = new StructureShape("CreateFunctionRequest")
        .Add("FunctionName", FunctionName, required: true)
        .Add("Runtime", Runtime)
        .Add("Role", Role, required: true)
        .Add("Handler", Handler)
        .Add("Code", FunctionCode, required: true)
        .Add("Description", Description)
        .Add("Timeout", Timeout)
        .Add("MemorySize", MemorySize)
        .Add("Publish", Boolean)
        .Add("PublishTo", PublishTo)
        .Add("VpcConfig", VpcConfig)
        .Add("PackageType", new StringShape(enumValues: ["Zip", "Image"]))
        .Add("DeadLetterConfig", DeadLetterConfig)
        .Add("Environment", Environment)
        .Add("KMSKeyArn", ArnLike)
        .Add("TracingConfig", TracingConfig)
        .Add("Tags", Tags)
        .Add("Layers", Layers)
        .Add("FileSystemConfigs", FileSystemConfigs)
        .Add("CodeSigningConfigArn", CodeSigningConfigArn)
        .Add("ImageConfig", ImageConfig)
        .Add("Architectures", Architectures)
        .Add("EphemeralStorage", EphemeralStorage)
        .Add("SnapStart", SnapStart)
        .Add("LoggingConfig", LoggingConfig)
        .Add("TenancyConfig", TenancyConfig)
        .Add("CapacityProviderConfig", CapacityProviderConfig)
        .Add("DurableConfig", DurableConfig);

    // FunctionName travels in the URI for the operations below, so it is not a body member.
    public static readonly StructureShape UpdateFunctionConfigurationRequest = new StructureShape("UpdateFunctionConfigurationRequest")
        .Add("Role", Role)
        .Add("Handler", Handler)
        .Add("Description", Description)
        .Add("Timeout", Timeout)
        .Add("MemorySize", MemorySize)
        .Add("VpcConfig", VpcConfig)
        .Add("Environment", Environment)
        .Add("Runtime", Runtime)
        .Add("DeadLetterConfig", DeadLetterConfig)
        .Add("KMSKeyArn", ArnLike)
        .Add("TracingConfig", TracingConfig)
        .Add("RevisionId", AnyString)
        .Add("Layers", Layers)
        .Add("FileSystemConfigs", FileSystemConfigs)
        .Add("ImageConfig", ImageConfig)
        .Add("EphemeralStorage", EphemeralStorage)
        .Add("SnapStart", SnapStart)
        .Add("LoggingConfig", LoggingConfig)
        .Add("CapacityProviderConfig", CapacityProviderConfig)
        .Add("DurableConfig", DurableConfig);

    public static readonly StructureShape UpdateFunctionCodeRequest = new StructureShape("UpdateFunctionCodeRequest")
        .Add("ZipFile", ZipFile)
        .Add("S3Bucket", S3Bucket)
        .Add("S3Key", S3Key)
        .Add("S3ObjectVersion", S3ObjectVersion)
        .Add("ImageUri", AnyString)
        .Add("Publish", Boolean)
        .Add("DryRun", Boolean)
        .Add("RevisionId", AnyString)
        .Add("Architectures", Architectures)
        .Add("SourceKMSKeyArn", ArnLike)
        .Add("PublishTo", PublishTo);

    public static readonly StructureShape PublishVersionRequest = new StructureShape("PublishVersionRequest")
        .Add("CodeSha256", AnyString)
        .Add("Description", Description)
        .Add("RevisionId", AnyString)
        .Add("PublishTo", PublishTo);

    public static readonly StructureShape TagResourceRequest = new StructureShape("TagResourceRequest")
        .Add("Tags", Tags, required: true);

    public static readonly StructureShape PutFunctionCodeSigningConfigRequest = new StructureShape("PutFunctionCodeSigningConfigRequest")
        .Add("CodeSigningConfigArn", CodeSigningConfigArn, required: true);
}
