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
/// Case and separator slips in the string "enumerations": LG0036 TracingMode, LG0041 PackageType,
/// LG0046 SnapStart, LG0048 LogFormat, LG0049 ApplicationLogLevel/SystemLogLevel → the valid value the
/// analyzer matched (<c>active</c> → <c>Active</c>, <c>json</c> → <c>JSON</c>), as a literal or as the constant
/// (<c>LambdaTracingMode.Active</c>). A value that matches nothing gets no fix. LG0047 SnapStart where it cannot
/// be used (EFS, ephemeral storage above 512 MB, a runtime without SnapStart) → <c>None</c>. Also every enum of the
/// generic model check (LG0067 TenantIsolationMode → <c>PER_TENANT</c> / <c>LambdaTenantIsolationMode.PerTenant</c>,
/// LG0068 PublishTo → <c>LATEST_PUBLISHED</c> / <c>LambdaPublishTo.LatestPublished</c>, and any future string row with a
/// model rule and an enum: LG0085 AuthType → <c>AWS_IAM</c> / <c>LambdaFunctionUrlAuthType.AwsIam</c>, LG0088 InvokeMode →
/// <c>RESPONSE_STREAM</c> / <c>LambdaInvokeMode.ResponseStream</c>). LG0108 an AllowMethods item in another case → the
/// upper-case method (<c>get</c> → <c>GET</c>); LG0097 a URL Qualifier that differs from a declared alias only in case →
/// that alias's spelling.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(EnumerationCodeFixProvider)), Shared]
public sealed class EnumerationCodeFixProvider : LambdaGenCodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(
        RuleCatalog.TracingModeUnknown.Id,
        RuleCatalog.PackageTypeUnknown.Id,
        RuleCatalog.SnapStartUnknown.Id,
        RuleCatalog.SnapStartUnsupported.Id,
        RuleCatalog.LogFormatUnknown.Id,
        RuleCatalog.LogLevelUnknown.Id,
        RuleCatalog.FunctionUrlQualifierUndeclared.Id,
        RuleCatalog.CorsMethodUnknown.Id).AddRange(ValueFixes.ModelEnumRuleIds());

    private protected override bool MayOffer(string diagnosticId, string equivalenceKey) =>
        equivalenceKey is EquivalenceKeys.UseSuggestedValue or EquivalenceKeys.UseConstant;

    private protected override IEnumerable<LambdaFix> GetFixes(FixTarget target)
    {
        if (target.ArgumentValue() is not { } node || string.IsNullOrEmpty(target.SuggestedValue))
        {
            return Enumerable.Empty<LambdaFix>();
        }

        return ValueFixes.UseString(target, node, target.SuggestedValue!);
    }
}
