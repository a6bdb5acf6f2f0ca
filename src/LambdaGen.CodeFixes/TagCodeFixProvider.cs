using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using LambdaGen.Analyzers.Parsing;
using LambdaGen.CodeFixes.Infrastructure;
using LambdaGen.Core.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace LambdaGen.CodeFixes;

/// <summary>
/// LG0030 a tag key with the reserved <c>aws:</c> prefix → the key without it (the analyzer's Fix property; a key
/// that would be empty gets no fix). LG0031 a tag declared twice at one level (reported on the later
/// declaration) → remove that <c>[LambdaTag]</c>.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(TagCodeFixProvider)), Shared]
public sealed class TagCodeFixProvider : LambdaGenCodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(
        RuleCatalog.TagReservedPrefix.Id,
        RuleCatalog.TagDuplicate.Id);

    private protected override bool MayOffer(string diagnosticId, string equivalenceKey) =>
        diagnosticId == RuleCatalog.TagDuplicate.Id ? equivalenceKey == EquivalenceKeys.RemoveAttribute : equivalenceKey == EquivalenceKeys.RemoveAwsPrefix;

    private protected override IEnumerable<LambdaFix> GetFixes(FixTarget target)
    {
        if (target.Attribute(KnownNames.LambdaTagAttribute) is not { } attribute)
        {
            yield break;
        }

        if (target.Id == RuleCatalog.TagDuplicate.Id)
        {
            var key = attribute.ArgumentList?.Arguments.Count > 0 ? target.ConstantString(attribute.ArgumentList.Arguments[0].Expression) : null;
            yield return new LambdaFix("Remove duplicate tag " + Text.Quote(key), EquivalenceKeys.RemoveAttribute, editor => editor.RemoveAttribute(attribute));
            yield break;
        }
        if (target.PositionalArgument(0) is not { } keyNode || string.IsNullOrEmpty(target.SuggestedValue))
        {
            yield break;
        }

        var fixedKey = target.SuggestedValue!;
        yield return new LambdaFix("Remove the 'aws:' prefix: use " + Text.Quote(fixedKey), EquivalenceKeys.RemoveAwsPrefix,
            editor => editor.Replace(keyNode, ValueFixes.StringLiteral(fixedKey)));
    }
}
