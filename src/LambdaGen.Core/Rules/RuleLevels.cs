using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using LambdaGen.Core.Model;

namespace LambdaGen.Core.Rules;

/// <summary>The severity a build gave a rule, in the words of <c>.editorconfig</c>.</summary>
public enum RuleLevel : byte
{
    Error,
    Warning,
    /// <summary><c>suggestion</c> (Roslyn's Info).</summary>
    Suggestion,
    /// <summary><c>silent</c> (Roslyn's Hidden).</summary>
    Silent,
    /// <summary><c>none</c>: suppressed.</summary>
    None,
}

/// <summary>One rule whose effective severity differs from its default.</summary>
public readonly record struct RuleOverride(string RuleId, RuleLevel Level);

/// <summary>
/// The hand-off of effective severities from the build to the deploy. The generator records, per handler, only the
/// rules whose severity the project changed (<c>.editorconfig</c>, <c>.globalconfig</c>, NoWarn, WarningsAsErrors,
/// TreatWarningsAsErrors, a ruleset), as <c>LG0005=warning;LG0007=error</c>; the deploy applies them, and every other
/// rule keeps its default. The text form is sorted by ID so it is byte-stable.
/// </summary>
public static class RuleLevels
{
    public static RuleLevel Default(Rule rule) => rule.Severity == RuleSeverity.Error ? RuleLevel.Error : RuleLevel.Warning;

    /// <summary>The <c>.editorconfig</c> word: error, warning, suggestion, silent, none.</summary>
    public static string Name(RuleLevel level) => level switch
    {
        RuleLevel.Error => "error",
        RuleLevel.Warning => "warning",
        RuleLevel.Suggestion => "suggestion",
        RuleLevel.Silent => "silent",
        _ => "none",
    };

    /// <summary>Reads an <c>.editorconfig</c> word (also Roslyn's info/hidden/default spellings); null when unknown.</summary>
    public static RuleLevel? Parse(string? name) => name?.Trim().ToLowerInvariant() switch
    {
        "error" => RuleLevel.Error,
        "warning" or "warn" => RuleLevel.Warning,
        "suggestion" or "info" => RuleLevel.Suggestion,
        "silent" or "hidden" => RuleLevel.Silent,
        "none" or "suppress" => RuleLevel.None,
        _ => null,
    };

    /// <summary><c>LG0005=warning;LG0007=error</c>, sorted by rule ID (ordinal), each rule once.</summary>
    public static string Format(IEnumerable<RuleOverride> overrides)
    {
        var builder = new StringBuilder();
        foreach (var item in overrides.GroupBy(o => o.RuleId, StringComparer.Ordinal).Select(g => g.First()).OrderBy(o => o.RuleId, StringComparer.Ordinal))
        {
            if (builder.Length > 0)
            {
                builder.Append(';');
            }

            builder.Append(item.RuleId).Append('=').Append(Name(item.Level));
        }
        return builder.ToString();
    }

    /// <summary>The inverse of <see cref="Format"/>; entries that are not <c>ID=level</c> are skipped.</summary>
    public static EquatableArray<RuleOverride> ParseList(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return EquatableArray<RuleOverride>.Empty;
        }

        var result = new List<RuleOverride>();
        foreach (var part in text!.Split(';'))
        {
            int eq = part.IndexOf('=');
            if (eq <= 0)
            {
                continue;
            }

            var id = part.Substring(0, eq).Trim();
            if (Parse(part.Substring(eq + 1)) is { } level && id.Length > 0)
            {
                result.Add(new RuleOverride(id, level));
            }
        }
        return result.ToEquatableArray();
    }

    /// <summary>The level a rule has under <paramref name="overrides"/>: the override when there is one, else the default.</summary>
    public static RuleLevel Effective(Rule rule, IReadOnlyDictionary<string, RuleLevel>? overrides) =>
        overrides is not null && overrides.TryGetValue(rule.Id, out var level) ? level : Default(rule);
}
