using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using LambdaGen.CodeFixes.Infrastructure;
using LambdaGen.Core.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace LambdaGen.CodeFixes;

/// <summary>
/// LG0018 misspelt architecture (<c>x86-64</c>, <c>amd64</c>, <c>X86_64</c> → <c>x86_64</c>; <c>aarch64</c>,
/// <c>ARM64</c> → <c>arm64</c>): the API's spelling as a literal or as the <c>LambdaArchitecture</c> constant.
/// LG0017 more than one architecture: one action per architecture to keep ("Keep 'arm64'"), in the list's order;
/// Fix All keeps the chosen architecture in every list that has it.
/// An empty list, or items that name no architecture, get no fix.
/// LG0019 (the runtime runs only on x86_64) and LG0058 (RuntimeIdentifier builds for the other architecture),
/// when reported on the architecture item: the architecture the analyzer names (its Fix property).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ArchitectureCodeFixProvider)), Shared]
public sealed class ArchitectureCodeFixProvider : LambdaGenCodeFixProvider
{
    private static readonly string[] Valid = { "x86_64", "arm64" };

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(
        RuleCatalog.ArchitecturesCount.Id,
        RuleCatalog.ArchitectureUnknown.Id,
        RuleCatalog.ArchitectureUnsupportedByRuntime.Id,
        RuleCatalog.RuntimeIdentifierArchitectureMismatch.Id);

    private protected override bool MayOffer(string diagnosticId, string equivalenceKey) =>
        diagnosticId == RuleCatalog.ArchitecturesCount.Id
            ? equivalenceKey.StartsWith(EquivalenceKeys.KeepArchitecturePrefix, System.StringComparison.Ordinal)
            : equivalenceKey is EquivalenceKeys.UseSuggestedValue or EquivalenceKeys.UseConstant;

    private protected override IEnumerable<LambdaFix> GetFixes(FixTarget target)
    {
        if (target.FieldName != FieldKeys.Architectures || target.ArgumentValue() is not { } node)
        {
            return Enumerable.Empty<LambdaFix>();
        }

        if (target.Id != RuleCatalog.ArchitecturesCount.Id)
        {
            return string.IsNullOrEmpty(target.SuggestedValue) ? Enumerable.Empty<LambdaFix>() : ValueFixes.UseString(target, node, target.SuggestedValue!);
        }

        return KeepOne(target, node);
    }

    /// <summary>For each distinct architecture in the list, an action that removes every other item.</summary>
    private static IEnumerable<LambdaFix> KeepOne(FixTarget target, Microsoft.CodeAnalysis.CSharp.Syntax.ExpressionSyntax array)
    {
        var items = ArraySyntax.ItemsOf(array);
        var offered = new HashSet<string>();
        for (int i = 0; i < items.Count; i++)
        {
            var kept = items[i];
            var value = target.ConstantString(kept);
            var architecture = System.Array.IndexOf(Valid, value) >= 0 ? value : Suggestions.Architecture(value);
            if (architecture is null || !offered.Add(architecture))
            {
                continue;
            }

            var others = items.Where(item => item != kept).ToList();
            yield return new LambdaFix("Keep " + Text.Quote(architecture), EquivalenceKeys.KeepArchitecture(architecture), editor =>
            {
                foreach (var other in others)
                {
                    editor.RemoveArrayItem(other);
                }

                if (architecture != value)
                {
                    editor.Replace(kept, ValueFixes.StringLiteral(architecture));
                }
            });
        }
    }
}
