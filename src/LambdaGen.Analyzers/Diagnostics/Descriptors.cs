using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using LambdaGen.Core.Rules;
using Microsoft.CodeAnalysis;

namespace LambdaGen.Analyzers.Diagnostics;

/// <summary>One descriptor per rule, built from <see cref="RuleCatalog"/> so IDs, titles, severities and
/// help links live in one place. Messages are composed by the validator (they name the value, the limit
/// and where the value came from), hence the "{0}" format.</summary>
internal static class Descriptors
{
    public static readonly ImmutableDictionary<string, DiagnosticDescriptor> ById =
        RuleCatalog.All.ToImmutableDictionary(rule => rule.Id, rule => Create(rule));

    /// <summary>LG0002 needs every handler, so it is reported at the end of the compilation.</summary>
    public static readonly DiagnosticDescriptor FunctionNameDuplicate = Create(RuleCatalog.FunctionNameDuplicate, WellKnownDiagnosticTags.CompilationEnd);

    /// <summary>LG0128 compares the FIFO queues of every handler, so it is reported at the end of the compilation too.</summary>
    public static readonly DiagnosticDescriptor EventSourceFifoShared = Create(RuleCatalog.EventSourceFifoShared, WellKnownDiagnosticTags.CompilationEnd);

    public static ImmutableArray<DiagnosticDescriptor> All { get; } =
        RuleCatalog.All.Where(rule => rule != RuleCatalog.FunctionNameDuplicate && rule != RuleCatalog.EventSourceFifoShared).Select(rule => ById[rule.Id])
            .Append(FunctionNameDuplicate).Append(EventSourceFifoShared).ToImmutableArray();

    public static DiagnosticDescriptor For(Rule rule) =>
        rule == RuleCatalog.FunctionNameDuplicate ? FunctionNameDuplicate : rule == RuleCatalog.EventSourceFifoShared ? EventSourceFifoShared : ById[rule.Id];

    private static DiagnosticDescriptor Create(Rule rule, params string[] tags) => new(
        rule.Id,
        rule.Title,
        "{0}",
        rule.Category,
        rule.Severity == RuleSeverity.Error ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: rule.Description + " Source: " + rule.Source + ".",
        helpLinkUri: rule.HelpLink,
        customTags: tags);
}
