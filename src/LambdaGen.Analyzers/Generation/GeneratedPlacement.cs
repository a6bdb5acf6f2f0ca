using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace LambdaGen.Analyzers.Generation;

/// <summary>
/// Where the generated class goes, chosen so that it never meets a declaration of the user's (or of a referenced assembly):
/// <c>&lt;RootNamespace&gt;.LambdaFunctions</c> when that name is free; inside the longest prefix of the namespace that no
/// type blocks (a type <c>Contoso</c> blocks <c>namespace Contoso.Orders</c>, CS0101); and named <see cref="AlternativeClassName"/>
/// (then <c>LambdaGenFunctions2</c>, …) when something named <c>LambdaFunctions</c> is already there (a class, a struct, a
/// namespace, a partial of another accessibility: CS0101, CS0260, CS0261, CS0262). Deterministic: the same declarations give
/// the same placement, so the generator and the analyzer (which reports the move, LG0110) agree without talking.
/// </summary>
/// <param name="SystemHidden">A type named <c>System</c> in the global namespace: <c>global::System</c> binds to it, so no
/// generated code can name the framework (LG0111; nothing is generated).</param>
/// <param name="AmazonHidden">A type named <c>Amazon</c> in the global namespace hides the AWS SDK (LG0112; no typed calls).</param>
/// <param name="MetadataBlocked">The project's own <c>System.Reflection.AssemblyMetadataAttribute</c> (or a type hiding its
/// namespace) cannot carry the manifests (LG0115; nothing is generated).</param>
/// <param name="GeneratedCodeBlocked">The project's <c>GeneratedCodeAttribute</c> cannot mark the classes: they go unmarked.</param>
/// <param name="TypedCallNamesHidden">A type hides a namespace the typed calls name (<c>System.Threading</c>,
/// <c>System.Collections</c>): no typed calls.</param>
internal sealed record GeneratedPlacement(string Namespace, string ClassName, bool SystemHidden = false, bool AmazonHidden = false,
    bool MetadataBlocked = false, bool GeneratedCodeBlocked = false, bool TypedCallNamesHidden = false)
{
    public const string PreferredClassName = "LambdaFunctions";
    public const string AlternativeClassName = "LambdaGenFunctions";
    public const string MetadataAttribute = "System.Reflection.AssemblyMetadataAttribute";
    public const string GeneratedCodeAttribute = "System.CodeDom.Compiler.GeneratedCodeAttribute";
    /// <summary>Framework types the typed calls name beside the SDK's.</summary>
    private static readonly string[] TypedCallFrameworkTypes =
        { "System.Threading.Tasks.Task", "System.Threading.CancellationToken", "System.Collections.Generic.List" };

    /// <summary>Nothing generated can compile or reach the build: only a note is written.</summary>
    public bool GeneratesNothing => SystemHidden || MetadataBlocked;

    /// <summary>The class's name with its namespace, as C# code names it from anywhere: <c>global::Contoso.Orders.LambdaFunctions</c>.</summary>
    public string GlobalName => "global::" + (Namespace.Length == 0 ? "" : Namespace + ".") + ClassName;

    /// <summary>The class's name with its namespace, for messages.</summary>
    public string DisplayName => (Namespace.Length == 0 ? "" : Namespace + ".") + ClassName;

    /// <summary>The placement for <paramref name="preferredNamespace"/> (identifiers joined by dots, <c>@</c>-escaped where
    /// needed) in <paramref name="compilation"/>, and the declarations that moved it. <paramref name="isForeign"/> says
    /// whether a symbol counts: the generator's compilation holds no generated code, the analyzer's does and passes a filter
    /// that leaves LambdaGen's own output out.</summary>
    public static (GeneratedPlacement Placement, ImmutableArray<Blocker> Blockers) Find(
        Compilation compilation, string preferredNamespace, Func<ISymbol, bool> isForeign)
    {
        var blockers = ImmutableArray.CreateBuilder<Blocker>();
        var global = compilation.GlobalNamespace;
        var systemHidden = AddTypes(global, "System", isForeign, BlockReason.HidesSystem, blockers);
        var amazonHidden = AddTypes(global, "Amazon", isForeign, BlockReason.HidesAmazon, blockers);
        var metadataBlocker = systemHidden ? null
            : FrameworkNames.AttributeBlocker(compilation, MetadataAttribute, AttributeTargets.Assembly, repeated: true, isForeign);
        if (metadataBlocker is not null)
        {
            blockers.Add(new Blocker(metadataBlocker, BlockReason.BreaksMetadata));
        }

        var generatedCodeBlocked = FrameworkNames.AttributeBlocker(compilation, GeneratedCodeAttribute, AttributeTargets.Class, repeated: false, isForeign) is not null;
        var typedCallNamesHidden = TypedCallFrameworkTypes.Any(name => FrameworkNames.NamespaceBlocker(compilation, name, isForeign) is not null);

        // Walk the namespace down as far as no type blocks it; below a namespace nobody declares, nothing can block.
        var kept = new List<string>();
        INamespaceSymbol? current = global;
        foreach (var segment in preferredNamespace.Split(new[] { '.' }, StringSplitOptions.RemoveEmptyEntries))
        {
            if (current is not null)
            {
                var name = segment.TrimStart('@');
                if (AddTypes(current, name, isForeign, BlockReason.BlocksNamespace, blockers))
                {
                    break;
                }

                current = current.GetMembers(name).OfType<INamespaceSymbol>().FirstOrDefault();
            }
            kept.Add(segment);
        }

        var className = PreferredClassName;
        if (current is not null)
        {
            for (int attempt = 1; Taken(current, className, isForeign, attempt == 1 ? blockers : null); attempt++)
            {
                className = attempt == 1 ? AlternativeClassName : AlternativeClassName + attempt.ToString(CultureInfo.InvariantCulture);
            }
        }
        return (new GeneratedPlacement(string.Join(".", kept), className, systemHidden, amazonHidden,
            metadataBlocker is not null, generatedCodeBlocked, typedCallNamesHidden), blockers.ToImmutable());
    }

    /// <summary>Types named <paramref name="name"/> (without type parameters: <c>X&lt;T&gt;</c> is another name) that count.</summary>
    private static bool AddTypes(INamespaceSymbol container, string name, Func<ISymbol, bool> isForeign, BlockReason reason, ImmutableArray<Blocker>.Builder blockers)
    {
        bool found = false;
        foreach (var type in container.GetTypeMembers(name))
        {
            if (type.Arity != 0 || !isForeign(type))
            {
                continue;
            }

            blockers.Add(new Blocker(type, reason));
            found = true;
        }
        return found;
    }

    private static bool Taken(INamespaceSymbol container, string name, Func<ISymbol, bool> isForeign, ImmutableArray<Blocker>.Builder? blockers)
    {
        bool taken = false;
        foreach (var member in container.GetMembers(name))
        {
            if (member is INamedTypeSymbol { Arity: not 0 } || !isForeign(member))
            {
                continue;
            }

            blockers?.Add(new Blocker(member, BlockReason.TakesClassName));
            taken = true;
        }
        return taken;
    }
}

/// <summary>Why a declaration moved the generated class.</summary>
internal enum BlockReason
{
    /// <summary>Named <c>LambdaFunctions</c> where the class would go.</summary>
    TakesClassName,
    /// <summary>A type named like a segment of the namespace the class would go in.</summary>
    BlocksNamespace,
    /// <summary>A global type named <c>System</c>.</summary>
    HidesSystem,
    /// <summary>A global type named <c>Amazon</c>.</summary>
    HidesAmazon,
    /// <summary>The project's AssemblyMetadataAttribute, or a type hiding its namespace.</summary>
    BreaksMetadata,
}

/// <summary>A declaration that moved (or stopped) the generated code, for the analyzer's report.</summary>
internal readonly record struct Blocker(ISymbol Symbol, BlockReason Reason);
