using System;
using System.Collections.Generic;
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
        "PutFunctionConcurrencyRequest", "PutFunctionConcurrencyAsync", "CreateFunctionUrlConfigRequest", "CreateFunctionUrlConfigAsync",
        "PutFunctionEventInvokeConfigRequest", "PutFunctionEventInvokeConfigAsync", TypedCallEmitter.AliasesClass,
        // Members LambdaFunctions inherits from object: a nested class of that name hides them (CS0108).
        "Equals", "GetHashCode", "GetType", "ToString", "ReferenceEquals", "MemberwiseClone", "Finalize",
    };

    /// <summary>The class name of each handler, by position in <paramref name="handlers"/>; the same set of handlers
    /// gets the same names whatever order it arrives in.</summary>
    public static string[] Assign(IReadOnlyList<HandlerOutput> handlers)
    {
        var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var names = new string[handlers.Count];
        var ordered = Enumerable.Range(0, handlers.Count)
            .Select(i => (Index: i, Base: BaseName(handlers[i].Spec), handlers[i].Spec.MethodId))
            .OrderBy(h => h.Base, StringComparer.Ordinal)
            .ThenBy(h => h.MethodId, StringComparer.Ordinal);
        foreach (var (index, baseName, _) in ordered)
        {
            var name = baseName;
            for (int suffix = 2; !used.Add(name); suffix++)
                name = baseName + suffix.ToString(System.Globalization.CultureInfo.InvariantCulture);
            names[index] = name;
        }
        return names;
    }

    private static string BaseName(FunctionSpec spec)
    {
        var identifier = FunctionNames.ToIdentifier(spec.NameWithoutPrefix ?? spec.FunctionName?.Value ?? spec.MethodName);
        return Reserved.Contains(identifier) ? identifier + "Function" : identifier;
    }
}
