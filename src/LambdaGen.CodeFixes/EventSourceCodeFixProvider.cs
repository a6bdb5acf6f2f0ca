using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using LambdaGen.CodeFixes.Infrastructure;
using LambdaGen.Core.Fields;
using LambdaGen.Core.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace LambdaGen.CodeFixes;

/// <summary>
/// <c>[LambdaEventSource]</c>: LG0121 removes the setting the source does not take; LG0123 adds
/// <c>MaximumBatchingWindowInSeconds = 1</c> (or raises a 0 to 1) for an SQS batch above 10 records; LG0129 sets
/// MaximumRecordAgeInSeconds to the minimum of 60. The batch size clamp (LG0117) and the model's ranges (LG0118) are
/// <see cref="ResourceRangeCodeFixProvider"/>'s.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(EventSourceCodeFixProvider)), Shared]
public sealed class EventSourceCodeFixProvider : LambdaGenCodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(
        RuleCatalog.EventSourceSettingUnsupported.Id, RuleCatalog.EventSourceBatchingWindowRequired.Id, RuleCatalog.EventSourceRecordAgeGap.Id);

    private protected override bool MayOffer(string diagnosticId, string equivalenceKey) =>
        diagnosticId == RuleCatalog.EventSourceSettingUnsupported.Id ? equivalenceKey == EquivalenceKeys.RemoveSetting
        : diagnosticId == RuleCatalog.EventSourceBatchingWindowRequired.Id ? equivalenceKey == EquivalenceKeys.AddBatchingWindow
        : equivalenceKey == EquivalenceKeys.UseSuggestedValue;

    private protected override IEnumerable<LambdaFix> GetFixes(FixTarget target)
    {
        if (target.ArgumentValue() is not { } value || value.Parent is not AttributeArgumentSyntax argument
            || target.Attribute(Operations.LambdaEventSourceAttribute) is not { } attribute)
        {
            yield break;
        }

        if (target.Id == RuleCatalog.EventSourceSettingUnsupported.Id)
        {
            yield return new LambdaFix($"Remove {target.FieldName}", EquivalenceKeys.RemoveSetting, editor => editor.RemoveArgument(argument));
        }
        else if (target.Id == RuleCatalog.EventSourceBatchingWindowRequired.Id)
        {
            var name = FieldTable.EsmMaximumBatchingWindowInSeconds.Name;
            yield return new LambdaFix($"Set {name} to 1", EquivalenceKeys.AddBatchingWindow,
                editor => editor.SetNamedArgument(attribute, name, ValueFixes.IntLiteral(1)));
        }
        else if (ValueFixes.TryNumberLiteral(target.SuggestedValue, out var bound))
        {
            yield return new LambdaFix($"Set {target.FieldName} to {bound.Token.Text}", EquivalenceKeys.UseSuggestedValue, editor => editor.Replace(value, bound));
        }
    }
}
