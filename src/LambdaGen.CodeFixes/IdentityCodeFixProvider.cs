using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using LambdaGen.CodeFixes.Infrastructure;
using LambdaGen.Core.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace LambdaGen.CodeFixes;

/// <summary>
/// LG0001 FunctionName with characters outside <c>[a-zA-Z0-9-_]</c> → the sanitised name; LG0003 Description
/// over 256 code points → cut to 256. Both values come from the analyzer's Fix property: a name too long even
/// after sanitising, or an ARN, gets no fix.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(IdentityCodeFixProvider)), Shared]
public sealed class IdentityCodeFixProvider : LambdaGenCodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(
        RuleCatalog.FunctionNameInvalid.Id,
        RuleCatalog.DescriptionTooLong.Id);

    private protected override bool MayOffer(string diagnosticId, string equivalenceKey) =>
        diagnosticId == RuleCatalog.DescriptionTooLong.Id ? equivalenceKey == EquivalenceKeys.TruncateDescription : equivalenceKey == EquivalenceKeys.UseSuggestedValue;

    private protected override IEnumerable<LambdaFix> GetFixes(FixTarget target)
    {
        if (target.ArgumentValue() is not { } node || string.IsNullOrEmpty(target.SuggestedValue))
        {
            yield break;
        }

        var value = target.SuggestedValue!;
        if (target.Id == RuleCatalog.DescriptionTooLong.Id)
        {
            yield return new LambdaFix($"Truncate Description to {Text.Number(Text.CodePoints(value))} characters", EquivalenceKeys.TruncateDescription,
                editor => editor.Replace(node, ValueFixes.StringLiteral(value)));
        }
        else
        {
            yield return new LambdaFix("Use " + Text.Quote(value), EquivalenceKeys.UseSuggestedValue,
                editor => editor.Replace(node, ValueFixes.StringLiteral(value)));
        }
    }
}
