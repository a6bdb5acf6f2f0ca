using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using LambdaGen.CodeFixes.Infrastructure;
using LambdaGen.Core.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace LambdaGen.CodeFixes;

/// <summary>
/// LG0010 MemorySize, LG0011 Timeout, LG0012 EphemeralStorage out of range, and LG0070/LG0072 the same on Lambda Managed
/// Instances: set the nearest bound (with LambdaMaxMemorySize, that ceiling). LG0073: the nearest supported memory-per-vCPU
/// ratio (2, 4 or 8; a whole number suits the double property). Also every range of the generic model check (LG0061
/// PerExecutionEnvironmentMaxConcurrency, LG0062 ExecutionEnvironmentMemoryGiBPerVCpu, LG0064 DurableExecutionTimeout,
/// LG0065 DurableRetentionPeriodInDays, and any future int or double row with a model rule), whose bound may be a double
/// (<c>8</c>, <c>2.5</c>). The value comes from the analyzer's Fix property.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ResourceRangeCodeFixProvider)), Shared]
public sealed class ResourceRangeCodeFixProvider : LambdaGenCodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(
        RuleCatalog.MemorySizeOutOfRange.Id,
        RuleCatalog.TimeoutOutOfRange.Id,
        RuleCatalog.EphemeralStorageOutOfRange.Id,
        RuleCatalog.ManagedInstancesMemoryOutOfRange.Id,
        RuleCatalog.ManagedInstancesTimeoutOutOfRange.Id,
        RuleCatalog.MemoryPerVCpuRatioUnsupported.Id).AddRange(ValueFixes.ModelRangeRuleIds());

    private protected override bool MayOffer(string diagnosticId, string equivalenceKey) => equivalenceKey == EquivalenceKeys.UseSuggestedValue;

    private protected override IEnumerable<LambdaFix> GetFixes(FixTarget target)
    {
        if (target.ArgumentValue() is not { } node || !ValueFixes.TryNumberLiteral(target.SuggestedValue, out var bound))
        {
            yield break;
        }

        yield return new LambdaFix($"Set {target.FieldName} to {bound.Token.Text}", EquivalenceKeys.UseSuggestedValue,
            editor => editor.Replace(node, bound));
    }
}
