using System.Linq;
using LambdaGen.Core.Model;
using Microsoft.CodeAnalysis;

namespace LambdaGen.Analyzers.Parsing;

/// <summary>Reads what the .NET handler rules need from the method symbol.</summary>
internal static class SignatureReader
{
    public static HandlerSignature Read(IMethodSymbol method)
    {
        var type = method.ContainingType;
        var input = method.Parameters.Length > 0 ? method.Parameters[0].Type : null;
        var second = method.Parameters.Length > 1 ? method.Parameters[1].Type : null;
        var output = UnwrapTask(method.ReturnType);
        bool hasSerializer = method.GetAttributes().Any(a => SettingsParser.Is(a, KnownNames.LambdaSerializerAttribute))
                             || method.ContainingAssembly.GetAttributes().Any(a => SettingsParser.Is(a, KnownNames.LambdaSerializerAttribute));
        return new HandlerSignature
        {
            IsPublic = IsEffectivelyPublic(method),
            IsStatic = method.IsStatic,
            IsGeneric = method.IsGenericMethod,
            IsInGenericType = ContainingTypes(method).Any(t => t.IsGenericType),
            IsAsyncVoid = method.IsAsync && method.ReturnsVoid,
            ParameterCount = method.Parameters.Length,
            SecondParameterType = second?.ToDisplayString(),
            SecondParameterIsLambdaContext = second?.ToDisplayString() == KnownNames.LambdaContext,
            ContainingTypeIsPublic = type is null || ContainingTypes(method).All(t => t.DeclaredAccessibility == Accessibility.Public),
            ContainingTypeIsAbstract = type is { IsAbstract: true },
            ContainingTypeHasPublicParameterlessConstructor = type is null || type.IsValueType
                || type.InstanceConstructors.Any(c => c.Parameters.Length == 0 && c.DeclaredAccessibility == Accessibility.Public),
            NonStreamInputType = input is null || IsStream(input, exact: true) || input.ToDisplayString() == KnownNames.LambdaContext ? null : input.ToDisplayString(),
            NonStreamOutputType = output is null || IsStream(output, exact: false) ? null : output.ToDisplayString(),
            HasSerializer = hasSerializer,
        };
    }

    private static bool IsEffectivelyPublic(IMethodSymbol method) =>
        method.DeclaredAccessibility == Accessibility.Public && ContainingTypes(method).All(t => t.DeclaredAccessibility == Accessibility.Public);

    private static System.Collections.Generic.IEnumerable<INamedTypeSymbol> ContainingTypes(IMethodSymbol method)
    {
        for (var type = method.ContainingType; type is not null; type = type.ContainingType)
        {
            yield return type;
        }
    }

    /// <summary>The result type: T of Task&lt;T&gt;/ValueTask&lt;T&gt;, null for void, Task and ValueTask.</summary>
    private static ITypeSymbol? UnwrapTask(ITypeSymbol type)
    {
        if (type.SpecialType == SpecialType.System_Void)
        {
            return null;
        }

        if (type is INamedTypeSymbol named && TypeNames.IsNamespace(named.ContainingNamespace, "System.Threading.Tasks")
            && named.Name is "Task" or "ValueTask")
        {
            return named.TypeArguments.Length == 1 ? named.TypeArguments[0] : null;
        }

        return type;
    }

    private static bool IsStream(ITypeSymbol type, bool exact)
    {
        for (var current = type; current is not null; current = exact ? null : current.BaseType)
        {
            if (TypeNames.HasFullName(current, "System.IO.Stream"))
            {
                return true;
            }
        }

        return false;
    }
}
