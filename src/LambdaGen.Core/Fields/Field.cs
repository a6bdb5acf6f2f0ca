using LambdaGen.Core.Model;
using LambdaGen.Core.Rules;

namespace LambdaGen.Core.Fields;

/// <summary>
/// One setting a user can declare: one row of <see cref="FieldTable"/>. Every consumer (attribute parser, resolver,
/// validator, manifest writer and reader, typed-call emitter, deploy diff) walks the rows instead of naming fields.
/// </summary>
public abstract class Field
{
    private protected Field(string name, string apiPath, FieldKind kind)
    {
        Name = name;
        ApiPath = apiPath;
        Kind = kind;
        Segments = apiPath.Split('.');
    }

    /// <summary>The attribute property, and the key diagnostics use to point at the value (<see cref="FieldKeys"/>).</summary>
    public string Name { get; }
    /// <summary>The member path in the request body of <see cref="Operation"/> (<c>VpcConfig.SubnetIds</c>).</summary>
    public string ApiPath { get; }
    public FieldKind Kind { get; }
    /// <summary><see cref="ApiPath"/> split at the dots.</summary>
    public string[] Segments { get; }
    /// <summary>The top-level request member this setting lives in (<c>VpcConfig</c>).</summary>
    public string TopLevel => Segments[0];

    /// <summary>The request this setting is sent with; <see cref="ApiPath"/> is relative to its request shape.</summary>
    public Operation Operation { get; init; } = Operations.CreateFunction;
    /// <summary>The attribute constructor argument the value comes from (<c>[LambdaAlias("live")]</c>), or -1 for a named
    /// argument.</summary>
    public int ConstructorIndex { get; init; } = -1;

    /// <summary>The diagnostic field key of the value: the property name on <c>[LambdaFunction]</c>, else the operation's
    /// prefix (<c>Url.AuthType</c>), with the attribute's position for a repeatable one (<c>Alias#1.Description</c>).</summary>
    public string Key(int? item = null) =>
        Operation.KeyPrefix.Length == 0 ? Name
        : item is { } i ? FieldKeys.Part(FieldKeys.Item(Operation.KeyPrefix, i), Name)
        : FieldKeys.Part(Operation.KeyPrefix, Name);

    /// <summary>What the service model allows.</summary>
    public ModelConstraints Model { get; init; } = ModelConstraints.None;
    /// <summary>Where the setting may be declared. Environment, tags and file systems come from their own attributes.</summary>
    public FieldLevels Levels { get; init; } = FieldLevels.MethodOrAssembly;
    /// <summary>The MSBuild property that supplies a project default, or null.</summary>
    public string? MsBuildProperty { get; init; }
    /// <summary>The property path on AWSSDK.Lambda v4's <c>CreateFunctionRequest</c>; each intermediate segment is also
    /// the name of its <c>Amazon.Lambda.Model</c> type (<c>VpcConfig.SubnetIds</c> → <c>new VpcConfig { SubnetIds = … }</c>).</summary>
    public string SdkPath { get; init; } = "";
    /// <summary>The <c>Amazon.Lambda.Model</c> type of each intermediate <see cref="SdkPath"/> segment where it is not the segment's
    /// own name (<c>MetricsConfig</c> is an <c>EventSourceMappingMetricsConfig</c>); null: every segment names its type.</summary>
    public string[]? SdkTypes { get; init; }
    /// <summary>The last <see cref="SdkPath"/> segment is a <c>Dictionary&lt;string, List&lt;string&gt;&gt;</c> and the list is its
    /// entry <see cref="SdkMapKey"/> (<c>SelfManagedEventSource.Endpoints["KAFKA_BOOTSTRAP_SERVERS"]</c>).</summary>
    public string? SdkMapKey { get; init; }
    /// <summary>With <see cref="ItemMember"/>: the <c>Amazon.Lambda.Model</c> type of each item (<c>Filter</c>).</summary>
    public string? SdkItemType { get; init; }
    /// <summary>With <see cref="ItemKeyMember"/>: the ConstantClass of the item's key (<c>SourceAccessType</c>).</summary>
    public string? SdkItemKeyConstantClass { get; init; }

    /// <summary>The model type of the <paramref name="depth"/>th <see cref="SdkPath"/> segment (an intermediate one).</summary>
    public string SdkTypeAt(int depth) =>
        SdkTypes is { } types && depth < types.Length && types[depth] is { Length: > 0 } type ? type : SdkPath.Split('.')[depth];

    /// <summary>The <c>Amazon.Lambda</c> ConstantClass of an enum-typed string (<c>TracingMode</c>), or null for a plain string.</summary>
    public string? SdkConstantClass { get; init; }
    /// <summary>The date the member appeared in the Lambda service model, for members an older AWSSDK.Lambda lacks; null for
    /// members every v4 release has.</summary>
    public string? ModelSince { get; init; }
    /// <summary>How a change reaches a deployed function.</summary>
    public DeployChannel Channel { get; init; } = DeployChannel.Configuration;
    /// <summary>The JSON value the deploy resets the setting to when the code no longer declares it (the service default);
    /// <c>{FunctionName}</c> stands for the function's name. Null: never reset.</summary>
    public string? ResetJson { get; init; }
    public PackageScope Package { get; init; } = PackageScope.Any;
    /// <summary>The deploy compares the list as a set (the service may return it in another order).</summary>
    public bool Unordered { get; init; }
    /// <summary>The rule that reports a value outside <see cref="Model"/>, for the fields checked generically
    /// (SpecValidator.Model); null where a hand-written rule with its own messages and fixes does it.</summary>
    public Rule? ModelRule { get; init; }

    /// <summary>A string list whose API items are objects: each item is written as <c>{ItemMember: item}</c>
    /// (FilterPatterns → <c>FilterCriteria.Filters[].Pattern</c>); null for a list of strings.</summary>
    public string? ItemMember { get; init; }
    /// <summary>With <see cref="ItemMember"/>: each item is <c>KEY=value</c>, written as <c>{ItemKeyMember: KEY, ItemMember: value}</c>
    /// (SourceAccessConfigurations → <c>{Type, URI}</c>).</summary>
    public string? ItemKeyMember { get; init; }
    /// <summary>A bool written as a one-item list when true and as an empty list when false
    /// (ReportBatchItemFailures → <c>FunctionResponseTypes: ["ReportBatchItemFailures"]</c>).</summary>
    public string? FlagItem { get; init; }
    /// <summary>A string the model types as a timestamp (ISO 8601 in the manifest, a <c>DateTime</c> in the SDK).</summary>
    public bool Timestamp { get; init; }
    /// <summary>The row whose attribute property also sets this one: both live in one attribute property, and
    /// the parser moves the value here when the request's shape says so (Kafka's ConsumerGroupId is in
    /// <c>AmazonManagedKafkaEventSourceConfig</c> for Amazon MSK, <c>SelfManagedKafkaEventSourceConfig</c> for a self-managed
    /// cluster). Such a row is never looked up by name.</summary>
    public Field? SharesPropertyWith { get; init; }

    /// <summary>The slot of this setting in <see cref="SettingTable"/>; -1 for the collection kinds stored on the spec itself.</summary>
    public int Index { get; internal set; } = -1;

    public override string ToString() => Name;
}

/// <summary>A setting whose value is a <typeparamref name="T"/> (<c>string</c>, <c>int</c>, <c>double</c>, <c>bool</c> or a string list).</summary>
public sealed class Field<T> : Field
{
    internal Field(string name, string apiPath, FieldKind kind) : base(name, apiPath, kind) { }
}

/// <summary>A collection built from repeatable attributes and stored on <see cref="FunctionSpec"/> itself.</summary>
public sealed class CollectionField : Field
{
    internal CollectionField(string name, string apiPath, FieldKind kind) : base(name, apiPath, kind) { }
}
