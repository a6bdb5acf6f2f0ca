using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using LambdaGen.Core.Model;
using LambdaGen.Core.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LambdaGen.Analyzers.Parsing;

/// <summary>
/// The severity the compiler gives each LambdaGen rule at a place in the project, reduced to the rules whose severity
/// differs from the default. Follows the compiler's order for a diagnostic at a location: command-line options
/// (NoWarn, WarningsAsErrors, a ruleset: <see cref="CompilationOptions.SpecificDiagnosticOptions"/>) first, then
/// <c>.editorconfig</c> for the file and <c>.globalconfig</c> for the project
/// (<see cref="SyntaxTreeOptionsProvider"/>), then TreatWarningsAsErrors (<see cref="CompilationOptions.GeneralDiagnosticOption"/>).
/// The bulk <c>dotnet_analyzer_diagnostic.*</c> options are applied per file by <see cref="ApplyBulk"/>.
/// What it cannot see: <c>#pragma warning disable</c> around a handler, <c>[SuppressMessage]</c> and diagnostic
/// suppressors (analyzers.md says so).
/// </summary>
internal static class SeverityReader
{
    public const string BulkSeverityKey = "dotnet_analyzer_diagnostic.severity";

    public static string BulkCategoryKey(string category) => "dotnet_analyzer_diagnostic.category-" + category + ".severity";

    /// <summary>The overrides for a diagnostic reported in <paramref name="tree"/>, or without a location when null.</summary>
    public static EquatableArray<RuleOverride> Read(CompilationOptions options, SyntaxTree? tree, CancellationToken cancellationToken) =>
        ReadFacts(options, tree, cancellationToken).Overrides;

    /// <summary>The overrides from the compilation options, with what the bulk options need to be applied later
    /// (<see cref="ApplyBulk"/>): the rules configured by ID, and whether TreatWarningsAsErrors is on.</summary>
    public static SeverityFacts ReadFacts(CompilationOptions options, SyntaxTree? tree, CancellationToken cancellationToken)
    {
        if (tree is null)
        {
            return Compute(options, null, cancellationToken);
        }
        // Every handler of a file asks the same question, again on every edit of another file: answer it once per
        // (options, tree). Both keys are weak, so nothing here keeps a tree or a compilation's options alive.
        var byTree = Cache.GetValue(options, static _ => new ConditionalWeakTable<SyntaxTree, SeverityFacts>());
        if (byTree.TryGetValue(tree, out var cached))
        {
            return cached;
        }

        var facts = Compute(options, tree, cancellationToken);
        try
        {
            byTree.Add(tree, facts);
        }
        catch (ArgumentException)
        {
            // Another thread answered first; its answer is the same.
        }
        return facts;
    }

    private static readonly ConditionalWeakTable<CompilationOptions, ConditionalWeakTable<SyntaxTree, SeverityFacts>> Cache = new();

    private static SeverityFacts Compute(CompilationOptions options, SyntaxTree? tree, CancellationToken cancellationToken)
    {
        List<RuleOverride>? overrides = null;
        List<string>? configured = null;
        foreach (var rule in RuleCatalog.All)
        {
            var level = Effective(rule, options, tree, cancellationToken, out var byId);
            if (level != RuleLevels.Default(rule))
            {
                (overrides ??= new List<RuleOverride>()).Add(new RuleOverride(rule.Id, level));
            }

            if (byId)
            {
                (configured ??= new List<string>()).Add(rule.Id);
            }
        }
        return new SeverityFacts(
            overrides is null ? EquatableArray<RuleOverride>.Empty : overrides.ToEquatableArray(),
            configured is null ? EquatableArray<string>.Empty : configured.ToEquatableArray(),
            options.GeneralDiagnosticOption == ReportDiagnostic.Error);
    }

    /// <summary>
    /// Applies <c>dotnet_analyzer_diagnostic.category-&lt;Category&gt;.severity</c>, else <c>dotnet_analyzer_diagnostic.severity</c>,
    /// from the file's analyzer options, as the analyzer driver does for a diagnostic in that file: only to rules no option
    /// names by ID and the compiler did not suppress; TreatWarningsAsErrors raises a bulk <c>warning</c>.
    /// </summary>
    public static EquatableArray<RuleOverride> ApplyBulk(SeverityFacts facts, AnalyzerConfigOptions fileOptions)
    {
        bool any = fileOptions.TryGetValue(BulkSeverityKey, out _);
        foreach (var category in Categories)
        {
            any |= fileOptions.TryGetValue(BulkCategoryKey(category), out _);
        }

        if (!any)
        {
            return facts.Overrides;
        }

        var current = new Dictionary<string, RuleLevel>(StringComparer.Ordinal);
        foreach (var item in facts.Overrides)
        {
            current[item.RuleId] = item.Level;
        }

        var result = new List<RuleOverride>();
        foreach (var rule in RuleCatalog.All)
        {
            var level = current.TryGetValue(rule.Id, out var found) ? found : RuleLevels.Default(rule);
            if (level != RuleLevel.None && !facts.ConfiguredIds.Contains(rule.Id)
                && (fileOptions.TryGetValue(BulkCategoryKey(rule.Category), out var text) || fileOptions.TryGetValue(BulkSeverityKey, out text))
                && Bulk(text, rule) is { } bulk)
            {
                level = bulk == RuleLevel.Warning && facts.WarningsAsErrors ? RuleLevel.Error : bulk;
            }
            if (level != RuleLevels.Default(rule))
            {
                result.Add(new RuleOverride(rule.Id, level));
            }
        }
        return result.ToEquatableArray();
    }

    private static readonly string[] Categories = RuleCatalog.All.Select(r => r.Category).Distinct(StringComparer.Ordinal).ToArray();

    /// <summary>A bulk value as Roslyn reads it (<c>default</c> is the rule's default; <c>refactoring</c> is silent); null when not a severity.</summary>
    private static RuleLevel? Bulk(string? text, Rule rule) => text?.Trim().ToLowerInvariant() switch
    {
        "default" => RuleLevels.Default(rule),
        "refactoring" => RuleLevel.Silent,
        "error" or "warning" or "suggestion" or "silent" or "none" => RuleLevels.Parse(text),
        _ => null,
    };

    private static RuleLevel Effective(Rule rule, CompilationOptions options, SyntaxTree? tree, CancellationToken cancellationToken, out bool byId)
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
                {
                    report = ReportDiagnostic.Error;
                }
            }
        }
        byId = specified;
        if (!specified)
        {
            report = ReportDiagnostic.Default;
        }

        // 3. TreatWarningsAsErrors (/warnaserror+) raises a warning nobody configured; /nowarn (all) lowers it.
        if (report == ReportDiagnostic.Default && isWarning && !specified)
        {
            if (general == ReportDiagnostic.Error)
            {
                report = ReportDiagnostic.Error;
            }
            else if (general == ReportDiagnostic.Suppress)
            {
                report = ReportDiagnostic.Suppress;
            }
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

/// <summary>What <see cref="SeverityReader.ApplyBulk"/> needs from the compilation options for one place.</summary>
internal sealed record SeverityFacts(EquatableArray<RuleOverride> Overrides, EquatableArray<string> ConfiguredIds, bool WarningsAsErrors);
