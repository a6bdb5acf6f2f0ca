using LambdaGen.Core.Fields;

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

    /// <summary>Every setting's value, one slot per row of the field table (<see cref="FieldTable"/>).</summary>
    public SettingTable Settings { get; init; }

    public Setting<T>? Get<T>(Field<T> field) => Settings.Get(field);

    /// <summary>A copy with <paramref name="field"/> set (or unset, with null).</summary>
    public FunctionSpec With<T>(Field<T> field, Setting<T>? value) => this with { Settings = Settings.With(field, value) };

    // Named accessors for the settings the hand-written rules read; storage is the table's. A new setting needs none.

    public Setting<string>? FunctionName { get => Settings.Get(FieldTable.FunctionName); init => Settings = Settings.With(FieldTable.FunctionName, value); }
    public Setting<string>? Description { get => Settings.Get(FieldTable.Description); init => Settings = Settings.With(FieldTable.Description, value); }
    public Setting<string>? Runtime { get => Settings.Get(FieldTable.Runtime); init => Settings = Settings.With(FieldTable.Runtime, value); }
    public Setting<string>? Handler { get => Settings.Get(FieldTable.Handler); init => Settings = Settings.With(FieldTable.Handler, value); }
    public Setting<int>? MemorySize { get => Settings.Get(FieldTable.MemorySize); init => Settings = Settings.With(FieldTable.MemorySize, value); }
    public Setting<int>? Timeout { get => Settings.Get(FieldTable.Timeout); init => Settings = Settings.With(FieldTable.Timeout, value); }
    public Setting<EquatableArray<string?>>? Architectures { get => Settings.Get(FieldTable.Architectures); init => Settings = Settings.With(FieldTable.Architectures, value); }
    public Setting<int>? EphemeralStorage { get => Settings.Get(FieldTable.EphemeralStorage); init => Settings = Settings.With(FieldTable.EphemeralStorage, value); }
    public Setting<string>? Role { get => Settings.Get(FieldTable.Role); init => Settings = Settings.With(FieldTable.Role, value); }
    public Setting<string>? KMSKeyArn { get => Settings.Get(FieldTable.KMSKeyArn); init => Settings = Settings.With(FieldTable.KMSKeyArn, value); }
    public Setting<EquatableArray<string?>>? Layers { get => Settings.Get(FieldTable.Layers); init => Settings = Settings.With(FieldTable.Layers, value); }
    public Setting<string>? TracingMode { get => Settings.Get(FieldTable.TracingMode); init => Settings = Settings.With(FieldTable.TracingMode, value); }
    public Setting<string>? DeadLetterTargetArn { get => Settings.Get(FieldTable.DeadLetterTargetArn); init => Settings = Settings.With(FieldTable.DeadLetterTargetArn, value); }
    public Setting<EquatableArray<string?>>? SubnetIds { get => Settings.Get(FieldTable.SubnetIds); init => Settings = Settings.With(FieldTable.SubnetIds, value); }
    public Setting<EquatableArray<string?>>? SecurityGroupIds { get => Settings.Get(FieldTable.SecurityGroupIds); init => Settings = Settings.With(FieldTable.SecurityGroupIds, value); }
    public Setting<bool>? Ipv6AllowedForDualStack { get => Settings.Get(FieldTable.Ipv6AllowedForDualStack); init => Settings = Settings.With(FieldTable.Ipv6AllowedForDualStack, value); }
    public Setting<string>? PackageType { get => Settings.Get(FieldTable.PackageType); init => Settings = Settings.With(FieldTable.PackageType, value); }
    public Setting<EquatableArray<string?>>? ImageEntryPoint { get => Settings.Get(FieldTable.ImageEntryPoint); init => Settings = Settings.With(FieldTable.ImageEntryPoint, value); }
    public Setting<EquatableArray<string?>>? ImageCommand { get => Settings.Get(FieldTable.ImageCommand); init => Settings = Settings.With(FieldTable.ImageCommand, value); }
    public Setting<string>? ImageWorkingDirectory { get => Settings.Get(FieldTable.ImageWorkingDirectory); init => Settings = Settings.With(FieldTable.ImageWorkingDirectory, value); }
    public Setting<string>? CodeSigningConfigArn { get => Settings.Get(FieldTable.CodeSigningConfigArn); init => Settings = Settings.With(FieldTable.CodeSigningConfigArn, value); }
    public Setting<bool>? Publish { get => Settings.Get(FieldTable.Publish); init => Settings = Settings.With(FieldTable.Publish, value); }
    public Setting<string>? SnapStart { get => Settings.Get(FieldTable.SnapStart); init => Settings = Settings.With(FieldTable.SnapStart, value); }
    public Setting<string>? LogFormat { get => Settings.Get(FieldTable.LogFormat); init => Settings = Settings.With(FieldTable.LogFormat, value); }
    public Setting<string>? ApplicationLogLevel { get => Settings.Get(FieldTable.ApplicationLogLevel); init => Settings = Settings.With(FieldTable.ApplicationLogLevel, value); }
    public Setting<string>? SystemLogLevel { get => Settings.Get(FieldTable.SystemLogLevel); init => Settings = Settings.With(FieldTable.SystemLogLevel, value); }
    public Setting<string>? LogGroup { get => Settings.Get(FieldTable.LogGroup); init => Settings = Settings.With(FieldTable.LogGroup, value); }

    /// <summary>Every declared variable, assembly level first, in declaration order (duplicates kept so rules can see them).</summary>
    public EquatableArray<KeyValueEntry> Environment { get; init; }
    /// <summary>Every declared tag, assembly level first, in declaration order.</summary>
    public EquatableArray<KeyValueEntry> Tags { get; init; }
    public EquatableArray<FileSystemEntry> FileSystems { get; init; }
    /// <summary>The method's <c>[LambdaFunctionUrl]</c>, <c>[LambdaAlias]</c> and <c>[LambdaAsyncInvoke]</c> attributes, in
    /// declaration order (see <see cref="OperationInstance.Declared"/>).</summary>
    public EquatableArray<AttachedSettings> Attached { get; init; }

    /// <summary>The handler method's shape; null when the spec did not come from source (a manifest).</summary>
    public HandlerSignature? Signature { get; init; }

    public bool IsImage => PackageType?.Value == "Image";
}
