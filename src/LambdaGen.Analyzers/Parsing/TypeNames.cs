using Microsoft.CodeAnalysis;

namespace LambdaGen.Analyzers.Parsing;

/// <summary>
/// Name checks that give the same answer as comparing <c>ToDisplayString()</c> with a dotted name, without building
/// the display string. The analyzer asks them several times per attribute of every handler, and
/// <c>ToDisplayString()</c> allocates each time (the garbage lands in whichever callback the next GC interrupts).
/// </summary>
/// <remarks>
/// The dotted names passed in must be plain identifiers joined by dots (no keywords, generics or <c>global::</c>), as
/// every name in <see cref="KnownNames"/> is.
/// </remarks>
internal static class TypeNames
{
    /// <summary>True when <c>type.ToDisplayString() == fullName</c>.</summary>
    public static bool HasFullName(ITypeSymbol type, string fullName)
    {
        // Shapes whose display string is not just the dotted chain of names (keywords for special types, '?', tuples,
        // arrays, error types) take the exact, allocating path.
        if (type is not INamedTypeSymbol named || named.SpecialType != SpecialType.None || named.TypeKind == TypeKind.Error
            || named.IsTupleType || named.NullableAnnotation == NullableAnnotation.Annotated)
        {
            return type.ToDisplayString() == fullName;
        }

        // The display string of the rest ends with the type's own name, so most types are rejected here, allocation-free.
        var name = type.Name;
        int start = fullName.Length - name.Length;
        if (name.Length == 0 || start < 0 || string.CompareOrdinal(fullName, start, name, 0, name.Length) != 0
            || (start > 0 && fullName[start - 1] != '.'))
        {
            return false;
        }

        // The display string of a plain named type: namespaces and containing types, outermost first, joined by dots.
        int end = start - 1; // the '.' before the name, or -1
        for (ISymbol current = named; ;)
        {
            if (current is INamedTypeSymbol { Arity: > 0 })
            {
                return false; // displayed with <…>, which no plain dotted name contains
            }

            current = (ISymbol?)current.ContainingType ?? current.ContainingNamespace;
            if (current is null || current is INamespaceSymbol { IsGlobalNamespace: true })
            {
                return end < 0;
            }

            if (end < 0 || !EndsWithSegment(fullName, end, current.Name, out end))
            {
                return false;
            }
        }
    }

    /// <summary>True when <c>ns.ToDisplayString() == fullName</c> (the global namespace never matches a dotted name).</summary>
    public static bool IsNamespace(INamespaceSymbol? ns, string fullName)
    {
        int end = fullName.Length; // one past the segment to compare
        for (var current = ns; current is not null && !current.IsGlobalNamespace; current = current.ContainingNamespace)
        {
            if (end < 0 || !EndsWithSegment(fullName, end, current.Name, out end))
            {
                return false;
            }
        }
        return ns is { IsGlobalNamespace: false } && end < 0;
    }

    /// <summary>Whether <paramref name="text"/>[..<paramref name="end"/>) ends with <paramref name="segment"/> as a whole
    /// dotted segment; <paramref name="next"/> is then the position of the dot before it, or -1 at the start.</summary>
    private static bool EndsWithSegment(string text, int end, string segment, out int next)
    {
        int start = end - segment.Length;
        next = start - 1;
        return segment.Length > 0 && start >= 0 && string.CompareOrdinal(text, start, segment, 0, segment.Length) == 0
               && (start == 0 || text[start - 1] == '.');
    }
}
