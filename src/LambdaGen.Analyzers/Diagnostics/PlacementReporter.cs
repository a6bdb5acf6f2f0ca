using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using LambdaGen.Analyzers.Generation;
using LambdaGen.Analyzers.Parsing;
using LambdaGen.Core.Model;
using LambdaGen.Core.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LambdaGen.Analyzers.Diagnostics;

/// <summary>
/// LG0110–LG0112 and LG0115: the project's declarations that moved or stopped the generated code (<see cref="GeneratedPlacement"/>),
/// reported at each declaration. The analyzer's compilation holds the generator's output, so the placement is found again
/// with that output left out, which gives the generator's answer; and only when there is output, so a project without
/// handlers hears nothing. Each type and namespace is looked at by name first: the placement is computed at most once.
/// </summary>
internal sealed class PlacementReporter
{
    private static readonly string GeneratorPathMarker = typeof(LambdaGenerator).FullName!;

    private readonly Compilation _compilation;
    private readonly string _preferredNamespace;
    private readonly HashSet<string> _candidateNames;
    private readonly Lazy<(GeneratedPlacement Placement, ImmutableArray<Blocker> Blockers)?> _found;

    private PlacementReporter(Compilation compilation, string preferredNamespace)
    {
        _compilation = compilation;
        _preferredNamespace = preferredNamespace;
        _candidateNames = new HashSet<string>(StringComparer.Ordinal) { "System", "Amazon", GeneratedPlacement.PreferredClassName };
        _candidateNames.UnionWith(GeneratedPlacement.MetadataAttribute.Split('.'));
        foreach (var segment in preferredNamespace.Split('.'))
        {
            _candidateNames.Add(segment.TrimStart('@'));
        }

        _found = new(() => compilation.SyntaxTrees.Any(IsGenerated)
            ? GeneratedPlacement.Find(compilation, preferredNamespace, IsForeign)
            : null);
    }

    public static void Register(CompilationStartAnalysisContext start, ProjectOptions options)
    {
        var compilation = start.Compilation;
        var reporter = new PlacementReporter(compilation, Emitter.NamespaceFor(options.RootNamespace, compilation.AssemblyName ?? ""));
        start.RegisterSymbolAction(reporter.Analyze, SymbolKind.NamedType, SymbolKind.Namespace);
    }

    /// <summary>A global type named <paramref name="name"/> (Amazon, System) that hides the namespace of that name.</summary>
    public static bool Hides(Compilation compilation, string name) =>
        compilation.GlobalNamespace.GetTypeMembers(name).Any(type => type.Arity == 0);

    private void Analyze(SymbolAnalysisContext context)
    {
        var symbol = context.Symbol;
        if (!_candidateNames.Contains(symbol.Name) || _found.Value is not { } found)
        {
            return;
        }

        foreach (var blocker in found.Blockers)
        {
            if (!SymbolEqualityComparer.Default.Equals(blocker.Symbol, symbol) || Message(blocker, found.Placement) is not { } message)
            {
                continue;
            }

            var locations = symbol.Locations.Where(l => l.IsInSource && !IsGenerated(l.SourceTree!)).ToList();
            if (locations.Count == 0)
            {
                continue;
            }

            var rule = blocker.Reason switch
            {
                BlockReason.HidesSystem => RuleCatalog.SystemNamespaceHidden,
                BlockReason.HidesAmazon => RuleCatalog.AmazonNamespaceHidden,
                BlockReason.BreaksMetadata => RuleCatalog.MetadataAttributeUnusable,
                _ => RuleCatalog.GeneratedNameTaken,
            };
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.For(rule), locations[0], locations.Skip(1), message));
        }
    }

    private string? Message(Blocker blocker, GeneratedPlacement placement)
    {
        var name = blocker.Symbol.ToDisplayString();
        var kind = blocker.Symbol is INamespaceSymbol ? "Namespace" : "Type";
        var where = placement.Namespace.Length == 0 ? "the global namespace" : "namespace " + placement.Namespace;
        switch (blocker.Reason)
        {
            case BlockReason.TakesClassName:
                return $"{kind} '{name}' has the name of the class LambdaGen generates, so it is generated as '{placement.DisplayName}' instead; rename yours to get '{name}' back";
            case BlockReason.BlocksNamespace:
                return $"Type '{name}' has the name of a namespace LambdaGen generates into ({_preferredNamespace}), so its class is generated in {where} as '{placement.DisplayName}' instead; rename the type or set RootNamespace";
            case BlockReason.HidesSystem:
                return "Type 'System' in the global namespace hides the System namespace, which LambdaGen's generated code must name: nothing is generated (no manifest, constants or typed calls) until it is renamed";
            case BlockReason.HidesAmazon:
                // Harmless without AWSSDK.Lambda: there is no typed call to lose.
                return _compilation.GetTypeByMetadataName(KnownNames.AwsSdkCreateFunctionRequest) is null ? null
                    : "Type 'Amazon' in the global namespace hides the AWS SDK's Amazon namespace, so LambdaGen generates no typed calls (the constants, manifests and deploy are unaffected); rename it to get them back";
            case BlockReason.BreaksMetadata when blocker.Symbol.Name == "AssemblyMetadataAttribute":
                return $"Type '{name}' is the project's own and cannot be applied as [assembly: AssemblyMetadata(key, value)] more than once, which is how LambdaGen's manifests reach the build: nothing is generated (no manifest, constants or typed calls) until it is renamed, or given a public (string, string) constructor and [AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true)]";
            case BlockReason.BreaksMetadata:
                return $"Type '{name}' hides the {name} namespace, whose AssemblyMetadataAttribute carries LambdaGen's manifests to the build: nothing is generated (no manifest, constants or typed calls) until it is renamed";
            default:
                return null;
        }
    }

    /// <summary>The compilation without the trees LambdaGen's generator added (itself when there are none).</summary>
    public static Compilation WithoutGeneratedTrees(Compilation compilation)
    {
        var generated = compilation.SyntaxTrees.Where(IsGenerated).ToList();
        return generated.Count == 0 ? compilation : compilation.RemoveSyntaxTrees(generated);
    }

    /// <summary>A tree LambdaGen's generator added: Roslyn puts generated trees under &lt;assembly&gt;/&lt;generator type&gt;/.</summary>
    internal static bool IsGenerated(SyntaxTree tree) => tree.FilePath.IndexOf(GeneratorPathMarker, StringComparison.Ordinal) >= 0;

    /// <summary>Declared by the project or a reference, not only by LambdaGen's own output.</summary>
    private static bool IsForeign(ISymbol symbol) =>
        symbol.DeclaringSyntaxReferences.IsEmpty || symbol.DeclaringSyntaxReferences.Any(r => !IsGenerated(r.SyntaxTree));
}
