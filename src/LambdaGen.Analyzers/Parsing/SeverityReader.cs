using System.Collections.Generic;
using System.Threading;
using LambdaGen.Core.Model;
using LambdaGen.Core.Rules;
using Microsoft.CodeAnalysis;

namespace LambdaGen.Analyzers.Parsing;

/// <summary>
/// The severity the compiler gives each LambdaGen rule at a place in the project, reduced to the rules whose severity
/// differs from the default. Follows the compiler's order for a diagnostic at a location: command-line options
/// (NoWarn, WarningsAsErrors, a ruleset: <see cref="CompilationOptions.SpecificDiagnosticOptions"/>) first, then
/// <c>.editorconfig</c> for the file and <c>.globalconfig</c> for the project
/// (<see cref="SyntaxTreeOptionsProvider"/>), then TreatWarningsAsErrors (<see cref="CompilationOptions.GeneralDiagnosticOption"/>).
/// What it cannot see: <c>#pragma warning disable</c> around a handler, <c>[SuppressMessage]</c>, diagnostic
/// suppressors, and the bulk <c>dotnet_analyzer_diagnostic.*</c> options (analyzers.md says so).
/// </summary>
internal static class SeverityReader
{
    /// <summary>The overrides for a diagnostic reported in <paramref name="tree"/>, or without a location when null.</summary>
    public static EquatableArray<RuleOverride> Read(CompilationOptions options, SyntaxTree? tree, CancellationToken cancellationToken)
    {
        List<RuleOverride>? overrides = null;
        foreach (var rule in RuleCatalog.All)
        {
            var level = Effective(rule, options, tree, cancellationToken);
            if (level != RuleLevels.Default(rule))
                (overrides ??= new List<RuleOverride>()).Add(new RuleOverride(rule.Id, level));
        }
        return overrides is null ? EquatableArray<RuleOverride>.Empty : overrides.ToEquatableArray();
    }

    private static RuleLevel Effective(Rule rule, CompilationOptions options, SyntaxTree? tree, CancellationToken cancellationToken)
    {
        var isWarning = rule.Severity == RuleSeverity.Warning;
        var general = options.GeneralDiagnosticOption;

        // 1. Command line: /nowarn:ID, /warnaserror[+|-]:ID, ruleset entries. Default here means /warnaserror-:ID.
        bool specified = options.SpecificDiagnosticOptions.TryGetValue(rule.Id, out var report);
        bool warnAsErrorMinus = specified && report == ReportDiagnostic.Default;

        // 2. .editorconfig for the file, else .globalconfig for the project (unless /warnaserror-:ID forbids raising a warning).
        if ((!specified || warnAsErrorMinus) && options.SyntaxTreeOptionsProvider is { } provider)
        {
            if (((tree is not null && provider.TryGetDiagnosticValue(tree, rule.Id, cancellationToken, out var configured))
                 || provider.TryGetGlobalDiagnosticValue(rule.Id, cancellationToken, out configured))
                && !(warnAsErrorMinus && isWarning && configured == ReportDiagnostic.Error))
            {
                specified = true;
                report = configured;
                if (!warnAsErrorMinus && report == ReportDiagnostic.Warn && general == ReportDiagnostic.Error)
                    report = ReportDiagnostic.Error;
            }
        }
        if (!specified)
            report = ReportDiagnostic.Default;

        // 3. TreatWarningsAsErrors (/warnaserror+) raises a warning nobody configured; /nowarn (all) lowers it.
        if (report == ReportDiagnostic.Default && isWarning && !specified)
        {
            if (general == ReportDiagnostic.Error)
                report = ReportDiagnostic.Error;
            else if (general == ReportDiagnostic.Suppress)
                report = ReportDiagnostic.Suppress;
        }

        return report switch
        {
            ReportDiagnostic.Error => RuleLevel.Error,
            ReportDiagnostic.Warn => RuleLevel.Warning,
            ReportDiagnostic.Info => RuleLevel.Suggestion,
            ReportDiagnostic.Hidden => RuleLevel.Silent,
            ReportDiagnostic.Suppress => RuleLevel.None,
            _ => RuleLevels.Default(rule),
        };
    }
}
