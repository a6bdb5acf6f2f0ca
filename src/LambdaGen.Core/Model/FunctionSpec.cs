namespace LambdaGen.Core.Model;

/// <summary>
/// Everything LambdaGen knows about one handler after resolving the method attribute, the assembly
/// defaults and the MSBuild properties. Plain and value-equatable: no Roslyn types, so it can cross
/// generator pipeline steps and be validated anywhere. A <c>null</c> setting means "not set".
/// </summary>
public sealed record FunctionSpec
{
    /// <summary>How the handler is named in messages, e.g. <c>Orders.Create</c>.</summary>
    public string MethodDisplayName { get; init; } = "";
    /// <summary>Identifies the handler method among all handlers (overloads included); orders handlers when generated names are assigned.</summary>
    public string MethodId { get; init; } = "";
    /// <summary>The handler method's name.</summary>
    public string MethodName { get; init; } = "";
    /// <summary>The containing type without namespace, nested types joined by '+' (<c>Outer+Inner</c>).</summary>
    public string ContainingTypeName { get; init; } = "";
    /// <summary>The containing type's namespace; empty for the global namespace.</summary>
    public string Namespace { get; init; } = "";
    /// <summary>The function name before <c>LambdaFunctionNamePrefix</c> was applied (stable across stages).</summary>
    public string? NameWithoutPrefix { get; init; }

    public Setting<string>? FunctionName { get; init; }
    public Setting<string>? Description { get; init; }
    public Setting<string>? Runtime { get; init; }
    public Setting<string>? Handler { get; init; }
    public Setting<int>? MemorySize { get; init; }
    public Setting<int>? Timeout { get; init; }
    public Setting<EquatableArray<string?>>? Architectures { get; init; }
    public Setting<int>? EphemeralStorage { get; init; }
    public Setting<string>? Role { get; init; }
    public Setting<string>? KMSKeyArn { get; init; }
    public Setting<EquatableArray<string?>>? Layers { get; init; }
    public Setting<string>? TracingMode { get; init; }
    public Setting<string>? DeadLetterTargetArn { get; init; }
    public Setting<EquatableArray<string?>>? SubnetIds { get; init; }
    public Setting<EquatableArray<string?>>? SecurityGroupIds { get; init; }
    public Setting<bool>? Ipv6AllowedForDualStack { get; init; }
    public Setting<string>? PackageType { get; init; }
    public Setting<EquatableArray<string?>>? ImageEntryPoint { get; init; }
    public Setting<EquatableArray<string?>>? ImageCommand { get; init; }
    public Setting<string>? ImageWorkingDirectory { get; init; }
    public Setting<string>? CodeSigningConfigArn { get; init; }
    public Setting<bool>? Publish { get; init; }
    public Setting<string>? SnapStart { get; init; }
    public Setting<string>? LogFormat { get; init; }
    public Setting<string>? ApplicationLogLevel { get; init; }
    public Setting<string>? SystemLogLevel { get; init; }
    public Setting<string>? LogGroup { get; init; }

    /// <summary>Every declared variable, assembly level first, in declaration order (duplicates kept so rules can see them).</summary>
    public EquatableArray<KeyValueEntry> Environment { get; init; }
    /// <summary>Every declared tag, assembly level first, in declaration order.</summary>
    public EquatableArray<KeyValueEntry> Tags { get; init; }
    public EquatableArray<FileSystemEntry> FileSystems { get; init; }

    /// <summary>The handler method's shape; null when the spec did not come from source (a manifest).</summary>
    public HandlerSignature? Signature { get; init; }

    public bool IsImage => PackageType?.Value == "Image";
}
