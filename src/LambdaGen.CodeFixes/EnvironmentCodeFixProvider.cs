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
/// LG0025 a variable Lambda reserves (<c>AWS_REGION</c>, <c>_HANDLER</c>, …) and LG0024 a variable declared twice
/// at one level (reported on the later declaration): remove that <c>[LambdaEnvironment]</c>, on the method or
/// on the assembly.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(EnvironmentCodeFixProvider)), Shared]
public sealed class EnvironmentCodeFixProvider : LambdaGenCodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(
        RuleCatalog.EnvironmentKeyDuplicate.Id,
        RuleCatalog.EnvironmentKeyReserved.Id);

    private protected override bool MayOffer(string diagnosticId, string equivalenceKey) => equivalenceKey == EquivalenceKeys.RemoveAttribute;

    private protected override IEnumerable<LambdaFix> GetFixes(FixTarget target)
    {
        if (target.Attribute(KnownNames.LambdaEnvironmentAttribute) is not { } attribute)
        {
            yield break;
        }

        var key = attribute.ArgumentList?.Arguments.Count > 0 ? target.ConstantString(attribute.ArgumentList.Arguments[0].Expression) : null;
        var title = target.Id == RuleCatalog.EnvironmentKeyReserved.Id
            ? "Remove reserved variable " + Text.Quote(key)
            : "Remove duplicate variable " + Text.Quote(key);
        yield return new LambdaFix(title, EquivalenceKeys.RemoveAttribute, editor => editor.RemoveAttribute(attribute));
    }
}
