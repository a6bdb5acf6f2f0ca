using System;
using System.Collections.Generic;
using System.Linq;
using LambdaGen.Core.Model;
using LambdaGen.Core.Naming;

namespace LambdaGen.Analyzers.Generation;

/// <summary>
/// Assigns each handler's nested class name: the function name in PascalCase (without the stage prefix),
/// made unique ignoring case (hint names are compared ignoring case) and kept clear of the members the
/// class itself declares and of the container's own name (CS0542). Linear in the number of handlers, however many share a
/// name: each name remembers the next suffix to try.
/// </summary>
internal static class ClassNames
{
    private static readonly HashSet<string> Reserved = new(StringComparer.OrdinalIgnoreCase)
    {
        "LambdaFunctions", "FunctionName", "Handler", "Runtime", "ManifestJson", "CreateFunctionRequest", "CreateFunctionAsync",
        "PutFunctionConcurrencyRequest", "PutFunctionConcurrencyAsync", "CreateFunctionUrlConfigRequest", "CreateFunctionUrlConfigAsync",
        "PutFunctionEventInvokeConfigRequest", "PutFunctionEventInvokeConfigAsync", TypedCallEmitter.AliasesClass, EventSourceCallEmitter.EventSourcesClass,
        // Members LambdaFunctions inherits from object: a nested class of that name hides them (CS0108).
        "Equals", "GetHashCode", "GetType", "ToString", "ReferenceEquals", "MemberwiseClone", "Finalize",
    };

    /// <summary>The class name of each handler, by position in <paramref name="handlers"/>; the same set of handlers
    /// gets the same names whatever order it arrives in.</summary>
    public static string[] Assign(IReadOnlyList<HandlerOutput> handlers)
    {
        var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        // Suffixes below a name's next one are taken already, so starting there gives what probing from 2 would.
        var nextSuffix = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var names = new string[handlers.Count];
        var container = handlers.Count > 0 ? handlers[0].Placement.ClassName : GeneratedPlacement.PreferredClassName;
        var ordered = Enumerable.Range(0, handlers.Count)
            .Select(i => (Index: i, Base: BaseName(handlers[i].Spec, container), handlers[i].Spec.MethodId))
            .OrderBy(h => h.Base, StringComparer.Ordinal)
            .ThenBy(h => h.MethodId, StringComparer.Ordinal);
        foreach (var (index, baseName, _) in ordered)
        {
            var name = baseName;
            if (!used.Add(name))
            {
                int suffix = nextSuffix.TryGetValue(baseName, out var next) ? next : 2;
                do
                {
                    name = baseName + suffix++.ToString(System.Globalization.CultureInfo.InvariantCulture);
                }
                while (!used.Add(name));
                nextSuffix[baseName] = suffix;
            }
            names[index] = name;
        }
        return names;
    }

    private static string BaseName(FunctionSpec spec, string container)
    {
        var identifier = FunctionNames.ToIdentifier(spec.NameWithoutPrefix ?? spec.FunctionName?.Value ?? spec.MethodName);
        return Reserved.Contains(identifier) || string.Equals(identifier, container, StringComparison.OrdinalIgnoreCase) ? identifier + "Function" : identifier;
    }
}
