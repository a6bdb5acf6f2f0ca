using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using LambdaGen.Core.Model;
using LambdaGen.Core.Naming;

namespace LambdaGen.Analyzers.Generation;

/// <summary>
/// Assigns each handler's nested class name: the function name in PascalCase (without the stage prefix),
/// made unique ignoring case (hint names are compared ignoring case) and kept clear of the members the
/// class itself declares (CS0542).
/// </summary>
internal static class ClassNames
{
    private static readonly HashSet<string> Reserved = new(StringComparer.OrdinalIgnoreCase)
    {
        "LambdaFunctions", "FunctionName", "Handler", "Runtime", "ManifestJson", "CreateFunctionRequest", "CreateFunctionAsync",
        // Members LambdaFunctions inherits from object: a nested class of that name hides them (CS0108).
        "Equals", "GetHashCode", "GetType", "ToString", "ReferenceEquals", "MemberwiseClone", "Finalize",
    };

    public static EquatableArray<(string Key, string ClassName)> Assign(ImmutableArray<HandlerOutput> handlers)
    {
        var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var result = new List<(string, string)>();
        var ordered = handlers
            .Select(h => (h.Key, Base: BaseName(h.Spec)))
            .OrderBy(h => h.Base, StringComparer.Ordinal)
            .ThenBy(h => h.Key, StringComparer.Ordinal);
        foreach (var (key, baseName) in ordered)
        {
            var name = baseName;
            for (int suffix = 2; !used.Add(name); suffix++)
                name = baseName + suffix.ToString(System.Globalization.CultureInfo.InvariantCulture);
            result.Add((key, name));
        }
        return result.ToEquatableArray();
    }

    public static string Lookup(EquatableArray<(string Key, string ClassName)> names, string key)
    {
        foreach (var (k, name) in names)
            if (k == key)
                return name;
        return "Function";
    }

    private static string BaseName(FunctionSpec spec)
    {
        var identifier = FunctionNames.ToIdentifier(spec.NameWithoutPrefix ?? spec.FunctionName?.Value ?? spec.MethodName);
        return Reserved.Contains(identifier) ? identifier + "Function" : identifier;
    }
}
