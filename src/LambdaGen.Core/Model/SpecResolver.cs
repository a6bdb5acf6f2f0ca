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

        // Then what is still unset is derived, in the same builder: each named setter of a spec copies the whole table, and
        // this runs once per handler on every cold build. Function name: explicit or derived, then the stage prefix (plain
        // names only).
        var baseName = method.FunctionName is { } explicitName
            ? explicitName
            : new Setting<string>(FunctionNames.Derive(method.ContainingTypeName, method.MethodName), ValueOrigin.Derived);
        var name = baseName.Value ?? "";
        settings[FieldTable.FunctionName] = new Setting<string>(FunctionNames.ApplyPrefix(name, msBuild.FunctionNamePrefix), baseName.Origin);

        if (!image && settings[FieldTable.Handler] is not Setting<string>)
        {
            var typeName = method.Namespace.Length == 0 ? method.ContainingTypeName : method.Namespace + "." + method.ContainingTypeName;
            settings[FieldTable.Handler] = new Setting<string>(assemblyName + "::" + typeName + "::" + method.MethodName, ValueOrigin.Derived);
        }

        if (!image && settings[FieldTable.Runtime] is not Setting<string> && TargetFrameworks.ManagedRuntime(targetFramework) is { } derived)
        {
            settings[FieldTable.Runtime] = new Setting<string>(derived, ValueOrigin.TargetFramework);
        }

        return method with
        {
            Settings = settings.ToTable(),
            Environment = Combined(assembly.Environment, method.Environment),
            Tags = Combined(assembly.Tags, method.Tags),
            NameWithoutPrefix = name,
        };
    }

    /// <summary>The assembly's entries, then the method's; one side empty (the common case) reuses the other's array.</summary>
    private static EquatableArray<KeyValueEntry> Combined(EquatableArray<KeyValueEntry> assembly, EquatableArray<KeyValueEntry> method) =>
        assembly.Count == 0 ? method : method.Count == 0 ? assembly : assembly.Concat(method).ToEquatableArray();
}
