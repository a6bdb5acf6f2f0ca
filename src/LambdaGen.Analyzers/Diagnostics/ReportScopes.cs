using System.Collections.Generic;
using System.Linq;
using LambdaGen.Core.Fields;
using LambdaGen.Core.Model;
using LambdaGen.Core.Rules;

namespace LambdaGen.Analyzers.Diagnostics;

/// <summary>Where the analyzer reports a rule for a handler, which decides which severity settings apply to it.</summary>
internal enum ReportScope : byte
{
    /// <summary>In the handler's file (a value on the method, or one computed from it): that file's <c>.editorconfig</c> applies.</summary>
    Handler,
    /// <summary>At <c>[assembly: LambdaDefaults]</c> (or an assembly-level environment/tag attribute): that file's settings apply.</summary>
    Assembly,
    /// <summary>Without a location (MSBuild properties, the target framework): only project-wide settings apply.</summary>
    Project,
}

/// <summary>
/// Chooses, per rule, the severity the build applied to a handler, from the severities in the handler's file, in the
/// assembly attributes' file and project-wide, by where the rule's value came from (as <see cref="Locator"/> reports it).
/// A rule about two settings follows the first (<see cref="Rule.Field"/>); the analyzer blames the one set on the
/// method, so the two differ only when those settings come from different places and the places are configured differently.
/// </summary>
internal static class ReportScopes
{
    public static EquatableArray<RuleOverride> ForHandler(FunctionSpec spec, EquatableArray<RuleOverride> handler, EquatableArray<RuleOverride> assembly, EquatableArray<RuleOverride> project)
    {
        if (handler.Count == 0 && assembly.Count == 0 && project.Count == 0)
        {
            return EquatableArray<RuleOverride>.Empty;
        }

        if (handler == assembly && handler == project)
        {
            return handler;
        }

        var byScope = new[] { ToDictionary(handler), ToDictionary(assembly), ToDictionary(project) };
        var result = new List<RuleOverride>();
        foreach (var rule in RuleCatalog.All)
        {
            if (byScope[(int)ScopeOf(rule, spec)].TryGetValue(rule.Id, out var level))
            {
                result.Add(new RuleOverride(rule.Id, level));
            }
        }
        return result.ToEquatableArray();
    }

    public static ReportScope ScopeOf(Rule rule, FunctionSpec spec)
    {
        if (rule == RuleCatalog.NoManagedRuntime || rule == RuleCatalog.RuntimeIdentifierArchitectureMismatch || rule == RuleCatalog.MsBuildPropertyInvalid)
        {
            return ReportScope.Project; // always reported from the project's properties, without a location
        }

        switch (rule.Field)
        {
            case FieldKeys.Environment:
                return Entries(spec.Environment);
            case FieldKeys.Tags:
                return Entries(spec.Tags);
        }
        return FieldTable.ByName(rule.Field) is { Index: >= 0 } field && spec.Settings[field] is ISetting setting
            ? FromOrigin(setting.Origin)
            : ReportScope.Handler; // not set: reported at the handler ("no execution role"), as is everything about the method itself
    }

    private static ReportScope Entries(EquatableArray<KeyValueEntry> entries) =>
        entries.Any(e => e.Origin == ValueOrigin.Method) || !entries.Any(e => e.Origin == ValueOrigin.Assembly) ? ReportScope.Handler : ReportScope.Assembly;

    private static ReportScope FromOrigin(ValueOrigin origin) => origin switch
    {
        ValueOrigin.Method or ValueOrigin.Derived => ReportScope.Handler,
        ValueOrigin.Assembly => ReportScope.Assembly,
        _ => ReportScope.Project,
    };

    private static Dictionary<string, RuleLevel> ToDictionary(EquatableArray<RuleOverride> overrides)
    {
        var map = new Dictionary<string, RuleLevel>(System.StringComparer.Ordinal);
        foreach (var item in overrides)
        {
            map[item.RuleId] = item.Level;
        }

        return map;
    }
}
