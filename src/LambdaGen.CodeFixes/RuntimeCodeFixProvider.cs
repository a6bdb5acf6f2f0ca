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
/// LG0005 near-miss runtime (<c>dotnet8.0</c>, <c>DotNet8</c>, <c>net8</c>) → the identifier it means;
/// LG0006 blocked, LG0007 deprecated, LG0008 wrong for the TargetFramework → the supported managed runtime
/// for the framework; LG0074 provided.al2 on Lambda Managed Instances → provided.al2023. Only where the analyzer found
/// such a value (its Fix property): a framework without a
/// supported managed runtime gets no fix. Each as a literal and as the <c>LambdaRuntime</c> constant.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RuntimeCodeFixProvider)), Shared]
public sealed class RuntimeCodeFixProvider : LambdaGenCodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(
        RuleCatalog.RuntimeUnknown.Id,
        RuleCatalog.RuntimeBlocked.Id,
        RuleCatalog.RuntimeDeprecated.Id,
        RuleCatalog.RuntimeTargetFrameworkMismatch.Id,
        RuleCatalog.ManagedInstancesRuntimeUnsupported.Id);

    private protected override bool MayOffer(string diagnosticId, string equivalenceKey) =>
        equivalenceKey is EquivalenceKeys.UseSuggestedValue or EquivalenceKeys.UseConstant;

    private protected override IEnumerable<LambdaFix> GetFixes(FixTarget target)
    {
        if (target.FieldName != FieldKeys.Runtime || target.ArgumentValue() is not { } node || string.IsNullOrEmpty(target.SuggestedValue))
        {
            return Enumerable.Empty<LambdaFix>();
        }

        return ValueFixes.UseString(target, node, target.SuggestedValue!);
    }
}
