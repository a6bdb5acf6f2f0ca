using System;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace LambdaGen.Analyzers.Generation;

/// <summary>
/// Whether a framework name the generated code writes as <c>global::System.…</c> still means something generated code can
/// use. A project may declare its own type of that name (the source type wins, CS0436) or a type named like one of the
/// namespaces on the way (<c>namespace System { class Reflection { } }</c>, CS0437/CS0426); either makes the generated line
/// fail unless the project's type happens to fit.
/// </summary>
internal static class FrameworkNames
{
    /// <summary>The declaration that keeps <paramref name="metadataName"/> (a top-level attribute class) from being applied
    /// to <paramref name="target"/> as <c>[Name("…", "…")]</c>, <paramref name="repeated"/> times where asked; null when
    /// the name can be used. Only declarations <paramref name="isForeign"/> counts are looked at: the framework's own
    /// types are trusted.</summary>
    public static ISymbol? AttributeBlocker(Compilation compilation, string metadataName, AttributeTargets target, bool repeated, Func<ISymbol, bool> isForeign)
    {
        if (NamespaceBlocker(compilation, metadataName, isForeign) is { } hiding)
        {
            return hiding;
        }

        if (compilation.GetTypeByMetadataName(metadataName) is not { } type
            || !SymbolEqualityComparer.Default.Equals(type.ContainingAssembly, compilation.Assembly) || !isForeign(type))
        {
            return null;
        }

        return AppliesAsStringPair(type, target, repeated) ? null : type;
    }

    /// <summary>A type named like one of the namespaces of <paramref name="metadataName"/> (<c>System</c>, <c>Reflection</c>),
    /// where that namespace is, which captures the dotted name.</summary>
    public static ISymbol? NamespaceBlocker(Compilation compilation, string metadataName, Func<ISymbol, bool> isForeign)
    {
        var segments = metadataName.Split('.');
        INamespaceSymbol? current = compilation.GlobalNamespace;
        for (int i = 0; i < segments.Length - 1 && current is not null; i++)
        {
            if (current.GetTypeMembers(segments[i]).FirstOrDefault(t => t.Arity == 0 && isForeign(t)) is { } type)
            {
                return type;
            }

            current = current.GetMembers(segments[i]).OfType<INamespaceSymbol>().FirstOrDefault();
        }
        return null;
    }

    /// <summary>A non-abstract attribute class with an accessible (string, string) constructor whose usage allows
    /// <paramref name="target"/> (and several uses when <paramref name="repeated"/>).</summary>
    private static bool AppliesAsStringPair(INamedTypeSymbol type, AttributeTargets target, bool repeated)
    {
        if (type.TypeKind != TypeKind.Class || type.IsAbstract || type.Arity != 0 || !DerivesFromAttribute(type))
        {
            return false;
        }

        if (!type.InstanceConstructors.Any(c => c.DeclaredAccessibility is Accessibility.Public or Accessibility.Internal
                && c.Parameters.Length == 2 && c.Parameters.All(p => p.Type.SpecialType == SpecialType.System_String && p.RefKind == RefKind.None)))
        {
            return false;
        }

        var (validOn, allowMultiple) = Usage(type);
        return (validOn & target) == target && (allowMultiple || !repeated);
    }

    private static bool DerivesFromAttribute(INamedTypeSymbol type)
    {
        for (var current = type.BaseType; current is not null; current = current.BaseType)
        {
            if (current.ContainingNamespace is { Name: "System", ContainingNamespace.IsGlobalNamespace: true } && current.Name == "Attribute")
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The type's [AttributeUsage], inherited from its bases as C# reads it; without one, any target, once.</summary>
    private static (AttributeTargets ValidOn, bool AllowMultiple) Usage(INamedTypeSymbol type)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            var usage = current.GetAttributes().FirstOrDefault(a => a.AttributeClass is { Name: "AttributeUsageAttribute", ContainingNamespace.Name: "System" });
            if (usage is null)
            {
                continue;
            }

            var validOn = usage.ConstructorArguments.Length == 1 && usage.ConstructorArguments[0].Value is int targets ? (AttributeTargets)targets : AttributeTargets.All;
            var allowMultiple = usage.NamedArguments.Any(n => n.Key == "AllowMultiple" && n.Value.Value is true);
            return (validOn, allowMultiple);
        }
        return (AttributeTargets.All, false);
    }
}
