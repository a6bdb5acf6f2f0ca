using LambdaGen.Core.Model;

namespace LambdaGen.Core.Rules;

/// <summary>
/// A broken rule. <see cref="Field"/> says which value to point at (see <see cref="FieldKeys"/>),
/// <see cref="Origin"/> where that value came from, <see cref="Fix"/> the obvious right value when there is one.
/// </summary>
public sealed record Violation(Rule Rule, string Field, ValueOrigin Origin, string Message, string? Fix = null);

/// <summary>Keys naming a value inside a spec: a property (<c>MemorySize</c>), an item (<c>Layers#2</c>),
/// or a part of an attribute (<c>Environment#1.Key</c>).</summary>
public static class FieldKeys
{
    public const string FunctionName = nameof(FunctionName);
    public const string Description = nameof(Description);
    public const string Runtime = nameof(Runtime);
    public const string Handler = nameof(Handler);
    public const string MemorySize = nameof(MemorySize);
    public const string Timeout = nameof(Timeout);
    public const string Architectures = nameof(Architectures);
    public const string EphemeralStorage = nameof(EphemeralStorage);
    public const string Role = nameof(Role);
    public const string KMSKeyArn = nameof(KMSKeyArn);
    public const string Layers = nameof(Layers);
    public const string TracingMode = nameof(TracingMode);
    public const string DeadLetterTargetArn = nameof(DeadLetterTargetArn);
    public const string SubnetIds = nameof(SubnetIds);
    public const string SecurityGroupIds = nameof(SecurityGroupIds);
    public const string Ipv6AllowedForDualStack = nameof(Ipv6AllowedForDualStack);
    public const string PackageType = nameof(PackageType);
    public const string ImageEntryPoint = nameof(ImageEntryPoint);
    public const string ImageCommand = nameof(ImageCommand);
    public const string ImageWorkingDirectory = nameof(ImageWorkingDirectory);
    public const string CodeSigningConfigArn = nameof(CodeSigningConfigArn);
    public const string SnapStart = nameof(SnapStart);
    public const string LogFormat = nameof(LogFormat);
    public const string ApplicationLogLevel = nameof(ApplicationLogLevel);
    public const string SystemLogLevel = nameof(SystemLogLevel);
    public const string LogGroup = nameof(LogGroup);
    public const string Environment = nameof(Environment);
    public const string Tags = nameof(Tags);
    public const string FileSystem = nameof(FileSystem);
    /// <summary>The handler method itself (its name), for the .NET signature rules.</summary>
    public const string Method = nameof(Method);

    public static string Item(string field, int index) => field + "#" + index.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static string Part(string itemKey, string part) => itemKey + "." + part;

    /// <summary>The key with its last part or item removed (<c>Layers#2</c> → <c>Layers</c>), or null at the top.</summary>
    public static string? Parent(string key)
    {
        int cut = System.Math.Max(key.LastIndexOf('.'), key.LastIndexOf('#'));
        return cut > 0 ? key.Substring(0, cut) : null;
    }
}
