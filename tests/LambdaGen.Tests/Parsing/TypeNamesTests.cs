using LambdaGen.Analyzers.Parsing;
using LambdaGen.Testing;
using Microsoft.CodeAnalysis;

namespace LambdaGen.Tests.Parsing;

/// <summary>
/// <see cref="TypeNames"/> answers "is <c>ToDisplayString()</c> this dotted name?" without building the string; it must
/// give the display string's answer for every shape of type and every candidate name.
/// </summary>
public sealed class TypeNamesTests
{
    private const string Source = """
        using System.Collections.Generic;
        using System.IO;
        using System.Threading.Tasks;
        namespace LambdaGen { public sealed class Local { } }
        namespace LambdaGen.Inner { public sealed class LambdaFunctionAttribute : System.Attribute { } }
        namespace Contoso.Orders
        {
            public class Outer { public class LambdaGen { public class Stream { } } public class Generic<T> { public class Nested { } } }
            public class Uses
            {
                public Stream S = null!;
                public FileStream F = null!;
                public Task T = null!;
                public Task<int> TI = null!;
                public ValueTask<string> VT = default;
                public int I;
                public string Str = "";
                public object? O;
                public (int A, string B) Tuple;
                public List<Stream> L = null!;
                public Stream? NS;
                public int? NI;
                public Stream[] Arr = null!;
                public Outer.LambdaGen.Stream Shadow = null!;
                public Outer.Generic<int>.Nested GN = null!;
                public global::LambdaGen.LambdaFunctionAttribute Attr = null!;
                public global::LambdaGen.Inner.LambdaFunctionAttribute InnerAttr = null!;
                public global::LambdaGen.Local Local = null!;
                public Missing M = null!;
            }
        }
        public class GlobalStream { }
        """;

    private static readonly string[] Candidates =
    {
        "System.IO.Stream", "IO.Stream", "Stream", "System.IO.FileStream", "System.Threading.Tasks.Task", "System.Int32", "int",
        "string", "System.String", "object", "LambdaGen.LambdaFunctionAttribute", "LambdaGen.Inner.LambdaFunctionAttribute",
        "Inner.LambdaFunctionAttribute", "LambdaGen.Local", "Contoso.Orders.Outer.LambdaGen.Stream", "Outer.LambdaGen.Stream",
        "Contoso.Orders.Outer.Generic.Nested", "Missing", "GlobalStream", "Contoso.Orders.Uses", "Orders.Uses", "Uses",
        "System.Collections.Generic.List", ".Stream", "System..IO.Stream", "", "System.Threading.Tasks", "System", "LambdaGen",
    };

    private static IEnumerable<ITypeSymbol> Types()
    {
        var compilation = TestCompilation.CreateUnchecked(new[] { ("/src/Types.cs", Source) });
        var uses = compilation.GetTypeByMetadataName("Contoso.Orders.Uses")!;
        foreach (var field in uses.GetMembers().OfType<IFieldSymbol>())
        {
            yield return field.Type;
            for (var baseType = field.Type.BaseType; baseType is not null; baseType = baseType.BaseType)
            {
                yield return baseType;
            }
        }
        yield return uses;
        yield return compilation.GetTypeByMetadataName("GlobalStream")!;
    }

    [Fact]
    public void HasFullName_AgreesWithToDisplayString_ForEveryTypeAndName()
    {
        int matches = 0;
        foreach (var type in Types())
        {
            // Its own display string too, where that is a dotted name (the only kind TypeNames is specified for).
            var own = System.Text.RegularExpressions.Regex.IsMatch(type.ToDisplayString(), @"^\w+(\.\w+)*$") ? new[] { type.ToDisplayString() } : Array.Empty<string>();
            foreach (var name in Candidates.Concat(own))
            {
                bool expected = type.ToDisplayString() == name;
                Assert.True(expected == TypeNames.HasFullName(type, name), $"{type.ToDisplayString()} vs \"{name}\": expected {expected}");
                matches += expected ? 1 : 0;
            }
        }
        Assert.True(matches > 20, "the candidates matched too few types to prove anything");
    }

    [Fact]
    public void IsNamespace_AgreesWithToDisplayString_ForEveryNamespaceAndName()
    {
        var namespaces = Types().Select(t => t.ContainingNamespace).Where(n => n is not null).Distinct<INamespaceSymbol>(SymbolEqualityComparer.Default).ToList();
        Assert.Contains(namespaces, n => n.IsGlobalNamespace);
        foreach (var ns in namespaces)
        {
            foreach (var name in Candidates.Concat(new[] { ns.ToDisplayString() }))
            {
                bool expected = !ns.IsGlobalNamespace && ns.ToDisplayString() == name;
                Assert.True(expected == TypeNames.IsNamespace(ns, name), $"namespace {ns.ToDisplayString()} vs \"{name}\": expected {expected}");
            }
        }
        Assert.False(TypeNames.IsNamespace(null, "LambdaGen"));
    }
}
