using System.Linq;
using LambdaGen.Core.Fields;
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

        // Per row: the method's value, else the assembly's, else the MSBuild property's (each only where the row may be set).
        // An Image function inherits no .zip-only default; a value on its own method stays, so the rule can point at it.
        var settings = method.Settings.ToBuilder();
        foreach (var field in FieldTable.Slotted)
        {
            if (settings[field] is not null || (image && field.Package == PackageScope.ZipOnly))
            {
                continue;
            }

            settings[field] = ((field.Levels & FieldLevels.Assembly) != 0 ? assembly.Settings[field] : null)
                ?? (field.MsBuildProperty is not null ? defaults.Settings[field] : null);
        }

        var merged = method with
        {
            Settings = settings.ToTable(),
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
        {
            merged = merged with { Runtime = new Setting<string>(derived, ValueOrigin.TargetFramework) };
        }

        return merged;
    }
}
