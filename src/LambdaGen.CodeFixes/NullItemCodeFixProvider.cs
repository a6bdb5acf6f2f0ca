using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using LambdaGen.CodeFixes.Infrastructure;
using LambdaGen.Core.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace LambdaGen.CodeFixes;

/// <summary>
/// LG0113 a null item in a list: remove the item. The only value LambdaGen can know is right is no value; every list of the
/// API is a set of strings whose members the user names. Offered only when the diagnostic is on a null item of the named
/// argument's array, so the fix can remove nothing else.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(NullItemCodeFixProvider)), Shared]
public sealed class NullItemCodeFixProvider : LambdaGenCodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleCatalog.NullItem.Id);

    private protected override bool MayOffer(string diagnosticId, string equivalenceKey) => equivalenceKey == EquivalenceKeys.RemoveNullItem;

    private protected override IEnumerable<LambdaFix> GetFixes(FixTarget target)
    {
        if (target.ArgumentValue() is not { } item || ArraySyntax.ArrayOf(item) is null || !IsNull(target, item))
        {
            yield break;
        }

        yield return new LambdaFix("Remove the null item", EquivalenceKeys.RemoveNullItem, editor => editor.RemoveArrayItem(item));
    }

    private static bool IsNull(FixTarget target, ExpressionSyntax item)
    {
        var constant = target.Model.GetConstantValue(item, target.CancellationToken);
        return constant.HasValue && constant.Value is null;
    }
}
