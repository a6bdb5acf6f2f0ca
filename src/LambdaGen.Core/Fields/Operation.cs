namespace LambdaGen.Core.Fields;

/// <summary>
/// A Lambda request a function's declared configuration is sent with. Each has its own rows in <see cref="FieldTable"/>
/// (<see cref="Field.Operation"/>) and its own manifest file, <c>&lt;function&gt;<see cref="ManifestSuffix"/>.json</c>.
/// </summary>
public sealed class Operation
{
    internal Operation(string name, string attribute, string manifestSuffix, string keyPrefix, bool perAlias = false, bool perSource = false)
    {
        PerSource = perSource;
        Name = name;
        Attribute = attribute;
        ManifestSuffix = manifestSuffix;
        KeyPrefix = keyPrefix;
        PerAlias = perAlias;
    }

    /// <summary>The API operation (<c>CreateFunctionUrlConfig</c>); its request shape is <c>&lt;Name&gt;Request</c>.</summary>
    public string Name { get; }
    /// <summary>The metadata name of the attribute the rows are read from.</summary>
    public string Attribute { get; }
    /// <summary>The attribute as users write it: <c>[LambdaFunctionUrl]</c>.</summary>
    public string AttributeDisplay => "[" + Attribute.Substring(Attribute.LastIndexOf('.') + 1).Replace("Attribute", "") + "]";
    /// <summary>What follows the function name in the manifest's file name (empty for CreateFunction); a per-alias operation
    /// adds <c>.&lt;alias&gt;</c>.</summary>
    public string ManifestSuffix { get; }
    /// <summary>The first part of a diagnostic field key for the rows (<c>Url.AuthType</c>, <c>Alias#1.Description</c>); empty
    /// for rows on <c>[LambdaFunction]</c>, whose key is the property name.</summary>
    public string KeyPrefix { get; }
    /// <summary>One request per declared alias (<c>[LambdaAlias]</c> is repeatable).</summary>
    public bool PerAlias { get; }
    /// <summary>One request per declared event source (<c>[LambdaEventSource]</c> is repeatable); the manifest file adds
    /// <c>.&lt;source&gt;</c>, a file-safe name of the source (<see cref="Model.EventSourceNames"/>).</summary>
    public bool PerSource { get; }
    /// <summary>The attribute is repeatable: each instance is its own request, told apart by its position.</summary>
    public bool Repeatable => PerAlias || PerSource;

    public override string ToString() => Name;
}

/// <summary>The operations LambdaGen declares, in the order the deploy applies them.</summary>
public static class Operations
{
    public const string LambdaFunctionAttribute = "LambdaGen.LambdaFunctionAttribute";
    public const string LambdaFunctionUrlAttribute = "LambdaGen.LambdaFunctionUrlAttribute";
    public const string LambdaAliasAttribute = "LambdaGen.LambdaAliasAttribute";
    public const string LambdaAsyncInvokeAttribute = "LambdaGen.LambdaAsyncInvokeAttribute";
    public const string LambdaEventSourceAttribute = "LambdaGen.LambdaEventSourceAttribute";

    public static readonly Operation CreateFunction = new("CreateFunction", LambdaFunctionAttribute, "", "");
    public static readonly Operation PutFunctionConcurrency = new("PutFunctionConcurrency", LambdaFunctionAttribute, ".concurrency", "");
    public static readonly Operation CreateAlias = new("CreateAlias", LambdaAliasAttribute, ".alias", "Alias", perAlias: true);
    public static readonly Operation PutProvisionedConcurrencyConfig = new("PutProvisionedConcurrencyConfig", LambdaAliasAttribute, ".provisioned", "Alias", perAlias: true);
    public static readonly Operation CreateFunctionUrlConfig = new("CreateFunctionUrlConfig", LambdaFunctionUrlAttribute, ".url", "Url");
    public static readonly Operation PutFunctionEventInvokeConfig = new("PutFunctionEventInvokeConfig", LambdaAsyncInvokeAttribute, ".async", "AsyncInvoke");

    public static readonly Operation CreateEventSourceMapping = new("CreateEventSourceMapping", LambdaEventSourceAttribute, ".esm", "EventSource", perSource: true);

    public static readonly System.Collections.Generic.IReadOnlyList<Operation> All = new[]
    {
        CreateFunction, PutFunctionConcurrency, CreateAlias, PutProvisionedConcurrencyConfig, CreateFunctionUrlConfig, PutFunctionEventInvokeConfig,
        CreateEventSourceMapping,
    };
}
