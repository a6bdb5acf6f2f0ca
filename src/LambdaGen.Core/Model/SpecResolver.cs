using System.Linq;
using LambdaGen.Core.Naming;

namespace LambdaGen.Core.Model;

/// <summary>
/// Combines the three levels of settings into the spec a handler deploys with: the method wins over
/// <c>[assembly: LambdaDefaults]</c>, which wins over MSBuild; then derives what is still unset
/// (function name, handler string, runtime from the TargetFramework).
/// </summary>
public static class SpecResolver
{
    /// <param name="method">Settings from the method's attributes, plus its identity and signature.</param>
    /// <param name="assembly">Settings from assembly-level attributes.</param>
    public static FunctionSpec Resolve(FunctionSpec method, FunctionSpec assembly, MsBuildDefaults msBuild, string assemblyName, string? targetFramework)
    {
        var defaults = msBuild.Defaults;
        var packageType = method.PackageType ?? assembly.PackageType ?? defaults.PackageType;
        bool image = packageType?.Value == "Image";

        var merged = method with
        {
            Description = method.Description,
            Runtime = image ? method.Runtime : method.Runtime ?? assembly.Runtime ?? defaults.Runtime,
            MemorySize = method.MemorySize ?? assembly.MemorySize ?? defaults.MemorySize,
            Timeout = method.Timeout ?? assembly.Timeout ?? defaults.Timeout,
            Architectures = method.Architectures ?? assembly.Architectures ?? defaults.Architectures,
            EphemeralStorage = method.EphemeralStorage ?? assembly.EphemeralStorage ?? defaults.EphemeralStorage,
            Role = method.Role ?? assembly.Role ?? defaults.Role,
            KMSKeyArn = method.KMSKeyArn ?? assembly.KMSKeyArn,
            Layers = image ? method.Layers : method.Layers ?? assembly.Layers,
            TracingMode = method.TracingMode ?? assembly.TracingMode,
            DeadLetterTargetArn = method.DeadLetterTargetArn ?? assembly.DeadLetterTargetArn,
            SubnetIds = method.SubnetIds ?? assembly.SubnetIds,
            SecurityGroupIds = method.SecurityGroupIds ?? assembly.SecurityGroupIds,
            Ipv6AllowedForDualStack = method.Ipv6AllowedForDualStack ?? assembly.Ipv6AllowedForDualStack,
            PackageType = packageType,
            ImageEntryPoint = method.ImageEntryPoint ?? assembly.ImageEntryPoint,
            ImageCommand = method.ImageCommand ?? assembly.ImageCommand,
            ImageWorkingDirectory = method.ImageWorkingDirectory ?? assembly.ImageWorkingDirectory,
            CodeSigningConfigArn = method.CodeSigningConfigArn ?? assembly.CodeSigningConfigArn,
            Publish = method.Publish ?? assembly.Publish,
            SnapStart = method.SnapStart ?? assembly.SnapStart,
            LogFormat = method.LogFormat ?? assembly.LogFormat,
            ApplicationLogLevel = method.ApplicationLogLevel ?? assembly.ApplicationLogLevel,
            SystemLogLevel = method.SystemLogLevel ?? assembly.SystemLogLevel,
            LogGroup = method.LogGroup ?? assembly.LogGroup,
            Environment = assembly.Environment.Concat(method.Environment).ToEquatableArray(),
            Tags = assembly.Tags.Concat(method.Tags).ToEquatableArray(),
        };

        // Function name: explicit or derived, then the stage prefix (plain names only).
        var baseName = method.FunctionName is { } explicitName
            ? explicitName
            : new Setting<string>(FunctionNames.Derive(method.ContainingTypeName, method.MethodName), ValueOrigin.Derived);
        var name = baseName.Value ?? "";
        merged = merged with
        {
            FunctionName = new Setting<string>(FunctionNames.ApplyPrefix(name, msBuild.FunctionNamePrefix), baseName.Origin),
            NameWithoutPrefix = name,
        };

        if (!image && merged.Handler is null)
        {
            var typeName = method.Namespace.Length == 0 ? method.ContainingTypeName : method.Namespace + "." + method.ContainingTypeName;
            merged = merged with { Handler = new Setting<string>(assemblyName + "::" + typeName + "::" + method.MethodName, ValueOrigin.Derived) };
        }

        if (!image && merged.Runtime is null && TargetFrameworks.ManagedRuntime(targetFramework) is { } derived)
            merged = merged with { Runtime = new Setting<string>(derived, ValueOrigin.TargetFramework) };

        return merged;
    }
}
