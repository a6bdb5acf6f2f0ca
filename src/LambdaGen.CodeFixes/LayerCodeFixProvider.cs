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
/// LG0022 two versions of the same layer: keep the newest (the analyzer's Fix property) and remove every other
/// version of that layer from the list. All the LG0022 diagnostics of one list lead to the same edit, so
/// Fix All leaves one version however many there were.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(LayerCodeFixProvider)), Shared]
public sealed class LayerCodeFixProvider : LambdaGenCodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleCatalog.LayerVersionsConflict.Id);

    private protected override bool MayOffer(string diagnosticId, string equivalenceKey) => equivalenceKey == EquivalenceKeys.KeepNewestLayer;

    private protected override IEnumerable<LambdaFix> GetFixes(FixTarget target)
    {
        if (target.FieldName != FieldKeys.Layers || target.ArgumentValue() is not { } item || ArraySyntax.ArrayOf(item) is not { } array
            || target.SuggestedValue is not { } newest || Unversioned(newest) is not { } layer)
        {
            yield break;
        }

        var versions = ArraySyntax.ItemsOf(array)
            .Select(node => (Node: node, Value: target.ConstantString(node)))
            .Where(entry => entry.Value is not null && Unversioned(entry.Value) == layer)
            .ToList();
        var kept = versions.FirstOrDefault(entry => entry.Value == newest).Node;
        if (kept is null)
        {
            yield break;
        }

        var removed = versions.Where(entry => entry.Node != kept).Select(entry => entry.Node).ToList();
        var parts = newest.Split(':');
        var title = $"Keep only version {parts[parts.Length - 1]} of layer '{parts[parts.Length - 2]}'";
        yield return new LambdaFix(title, EquivalenceKeys.KeepNewestLayer, editor =>
        {
            foreach (var node in removed)
            {
                editor.RemoveArrayItem(node);
            }
        });
    }

    /// <summary>The layer ARN without its version (<c>…:layer:name:3</c> → <c>…:layer:name</c>).</summary>
    private static string? Unversioned(string arn)
    {
        int colon = arn.LastIndexOf(':');
        return colon > 0 ? arn.Substring(0, colon) : null;
    }
}
