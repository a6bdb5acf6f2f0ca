using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using LambdaGen.Core.Fields;
using LambdaGen.Core.Model;

namespace LambdaGen.Core.Rules;

public static partial class SpecValidator
{
    /// <summary>The rule that reports a structure's member the model marks required (<see cref="ModelConstraints.RequiredInParent"/>)
    /// missing while another member of that structure is set, by the required row's name. A required row without an entry
    /// is not checked; one whose structure has no other member never needs an entry (TenancyConfig).</summary>
    private static readonly Dictionary<string, Rule> RequiredInParentRules = new()
    {
        [FieldTable.CapacityProviderArn.Name] = RuleCatalog.CapacityProviderArnMissing,
    };

    /// <summary>Each checked required row with its rule and the other rows of its structure, computed once from the table.</summary>
    private static readonly (Field Required, Rule Rule, Field[] Siblings)[] RequiredInParent = FieldTable.All
        .Where(f => f.Model.RequiredInParent && RequiredInParentRules.ContainsKey(f.Name) && f.Segments.Length > 1)
        .Select(f =>
        {
            var parent = f.ApiPath.Substring(0, f.ApiPath.LastIndexOf('.') + 1);
            var siblings = FieldTable.All.Where(s => s != f && s.Index >= 0 && s.ApiPath.StartsWith(parent, System.StringComparison.Ordinal)).ToArray();
            return (f, RequiredInParentRules[f.Name], siblings);
        })
        .Where(r => r.siblings.Length > 0)
        .ToArray();

    /// <summary>The full-match regex of each row's <see cref="ModelConstraints.Pattern"/>, built once per row.</summary>
    private static readonly ConcurrentDictionary<Field, Regex> ModelPatterns = new();

    /// <summary>
    /// The generic check of the model constraints: every row of <see cref="FieldTable.All"/> with a
    /// <see cref="Field.ModelRule"/> has its value checked against the row's <see cref="Field.Model"/> (range, length in
    /// code points, full-match pattern, enum, item count), and a structure's required member must be set when one of its
    /// siblings is. A new row with a model rule needs no code here.
    /// </summary>
    private static void CheckModel(Run run)
    {
        // Each declared operation's rows, in the settings they were read into ([LambdaFunction]'s, or one attribute's).
        foreach (var operation in OperationInstance.Declared(run.Spec))
        {
            foreach (var field in FieldTable.Of(operation.Operation))
            {
                if (field.ModelRule is { } rule && operation.Settings[field] is ISetting setting)
                {
                    CheckModelValue(run, field, rule, setting, field.Key(operation.Position), Subject(field, operation));
                }
            }
        }

        foreach (var (required, rule, siblings) in RequiredInParent)
        {
            CheckRequiredInParent(run, required, rule, siblings);
        }
    }

    /// <summary>The violations of one value of <paramref name="field"/>, as the generic check reports them (for tests of rows
    /// that are not in the table).</summary>
    internal static IReadOnlyList<Violation> CheckModelValue(Field field, Rule rule, ISetting setting, ProjectContext? context = null)
    {
        var run = new Run(new FunctionSpec(), context ?? new ProjectContext());
        CheckModelValue(run, field, rule, setting, field.Name, field.Name);
        return run.Violations;
    }

    /// <summary>How a message names the value: the row's name, which the origin ("set on [LambdaFunctionUrl]") places; for
    /// a row of a repeatable attribute also which one: <c>Alias 'live' Description</c>, and the alias's own name as
    /// <c>Alias name</c>.</summary>
    private static string Subject(Field field, OperationInstance operation)
    {
        if (operation.Operation.PerSource)
        {
            return "Event source " + Text.Quote(operation.Source ?? "#" + Text.Number((operation.Position ?? 0) + 1)) + " " + field.Name;
        }

        if (!operation.Operation.PerAlias)
        {
            return field.Name;
        }

        if (field == FieldTable.AliasName)
        {
            return "Alias name";
        }

        return (operation.Alias is { } alias ? "Alias " + Text.Quote(alias) : "Alias #" + Text.Number((operation.Position ?? 0) + 1)) + " " + field.Name;
    }

    /// <param name="key">Where the value is (<see cref="Field.Key"/>): the diagnostic points there.</param>
    /// <param name="subject">How the message names the value (<see cref="Subject"/>).</param>
    private static void CheckModelValue(Run run, Field field, Rule rule, ISetting setting, string key, string subject)
    {
        var model = field.Model;
        switch (setting)
        {
            case Setting<int> number:
                CheckRange(run, key, subject, field, rule, number.Origin, number.Value, Text.Number(number.Value), isInteger: true);
                break;
            case Setting<double> number:
                CheckRange(run, key, subject, field, rule, number.Origin, number.Value, FormatNumber(number.Value), isInteger: false);
                break;
            case Setting<string> text when text.Value is not null:
                CheckText(run, key, subject, field, rule, text.Origin, text.Value);
                break;
            case Setting<EquatableArray<string?>> list:
            {
                var items = list.Value;
                if (model.MinItems is { } minItems && items.Count < minItems || model.MaxItems is { } maxItems && items.Count > maxItems)
                {
                    run.Report(rule, key, list.Origin, $"{subject} has {Text.Number(items.Count)} items; it must have {Bounds(model.MinItems, model.MaxItems)}");
                    break;
                }
                for (int i = 0; i < items.Count; i++)
                {
                    CheckText(run, FieldKeys.Item(key, i), subject, field, rule, list.Origin, items[i]);
                }

                break;
            }
        }
    }

    private static void CheckRange(Run run, string key, string subject, Field field, Rule rule, ValueOrigin origin, double value, string shown, bool isInteger)
    {
        var model = field.Model;
        bool bounded = model.Min is not null || model.Max is not null;
        var allowed = bounded ? "; it must be " + Bounds(model.Min, model.Max) : "";
        if (double.IsNaN(value))
        {
            // NaN compares false with everything: it would pass both bounds. JSON cannot carry it either.
            run.Report(rule, key, origin, $"{subject} NaN is not a number{allowed}");
            return;
        }
        if (double.IsPositiveInfinity(value) && model.Max is null || double.IsNegativeInfinity(value) && model.Min is null)
        {
            // No bound to clamp to, and JSON cannot carry an infinity.
            run.Report(rule, key, origin, $"{subject} {shown} is not a finite number{allowed}");
            return;
        }
        double? bound = value < model.Min ? model.Min : value > model.Max ? model.Max : null;
        if (bound is not { } clamped)
        {
            return;
        }
        // An integer setting's fix must be a whole number inside the range even if a bound is not.
        if (isInteger)
        {
            clamped = value < clamped ? System.Math.Ceiling(clamped) : System.Math.Floor(clamped);
        }

        var what = model.Min is null ? "is above the maximum of " + FormatNumber(model.Max!.Value)
            : model.Max is null ? "is below the minimum of " + FormatNumber(model.Min.Value)
            : "is outside " + Bounds(model.Min, model.Max);
        run.Report(rule, key, origin, $"{subject} {shown} {what}", FormatNumber(clamped));
    }

    private static void CheckText(Run run, string key, string subject, Field field, Rule rule, ValueOrigin origin, string? value)
    {
        var model = field.Model;
        if (value is null)
        {
            return; // a null item is LG0113's, whatever the row (CheckItemsAndEncoding)
        }

        if (model.MinLength is not null || model.MaxLength is not null)
        {
            int length = Text.CodePoints(value);
            if (length < (model.MinLength ?? 0) || model.MaxLength is { } max && length > max)
            {
                run.Report(rule, key, origin, $"{subject} {Text.Quote(value)} is {Text.Number(length)} characters; it must be {Bounds(model.MinLength, model.MaxLength)} characters");
                return;
            }
        }
        if (model.Pattern is { } pattern && !ModelPatterns.GetOrAdd(field, _ => Patterns.FullMatch(pattern)).IsMatch(value))
        {
            run.Report(rule, key, origin, $"{subject} {Text.Quote(value)} does not match the model's pattern {pattern}");
            return;
        }
        if (model.Enum.Count > 0 && !model.Enum.Contains(value))
        {
            var suggestion = Suggestions.Enumeration(value, model.Enum);
            run.Report(rule, key, origin,
                suggestion is null
                    ? $"{subject} {Text.Quote(value)} is not valid; use {OneOf(model.Enum)}"
                    : $"{subject} {Text.Quote(value)} is not valid; the API spells it '{suggestion}'",
                suggestion);
        }
    }

    /// <summary>LG0063 and its kind: a structure's required member (<paramref name="required"/>) is missing while another
    /// member of the structure is set. Reported once, at the set sibling the user most likely just wrote.</summary>
    private static void CheckRequiredInParent(Run run, Field required, Rule rule, Field[] siblings)
    {
        if (IsSet(run.Spec.Settings[required]))
        {
            return;
        }

        var set = siblings.Where(f => IsSet(run.Spec.Settings[f]))
            .Select(f => (f.Name, Origin: (ValueOrigin?)((ISetting)run.Spec.Settings[f]!).Origin))
            .ToArray();
        if (set.Length == 0)
        {
            return;
        }

        var (blamed, origin) = Blame(set);
        var names = set.Select(s => s.Name).ToList();
        var subject = names.Count == 1 ? names[0] + " is" : string.Join(", ", names.Take(names.Count - 1)) + " and " + names[names.Count - 1] + " are";
        run.Report(rule, blamed, origin,
            $"{subject} set but {required.Name} is not; {required.Name} is required with {string.Join(" and ", siblings.Select(s => s.Name))}");
    }

    /// <summary>Set as the manifest sees it: a setting, and for a string not null.</summary>
    private static bool IsSet(object? setting) => setting is ISetting and not Setting<string> { Value: null };

    /// <summary>A number as messages and fixes write it: invariant, round-trip, no exponent for whole numbers in int range.</summary>
    internal static string FormatNumber(double value)
    {
        if (double.IsNaN(value))
        {
            return "NaN";
        }

        if (double.IsPositiveInfinity(value))
        {
            return "Infinity";
        }

        if (double.IsNegativeInfinity(value))
        {
            return "-Infinity";
        }

        if (value == System.Math.Floor(value) && value >= int.MinValue && value <= int.MaxValue)
        {
            return ((int)value).ToString(CultureInfo.InvariantCulture);
        }

        return value.ToString("R", CultureInfo.InvariantCulture);
    }

    private static string Bounds(double? min, double? max) =>
        min is { } low && max is { } high ? FormatNumber(low) + "–" + FormatNumber(high)
        : min is { } onlyLow ? "at least " + FormatNumber(onlyLow)
        : "at most " + FormatNumber(max ?? 0);

    private static string Bounds(int? min, int? max) => Bounds((double?)min, (double?)max);

    private static string OneOf(EquatableArray<string> values) => values.Count switch
    {
        1 => "'" + values[0] + "'",
        2 => "'" + values[0] + "' or '" + values[1] + "'",
        _ => "one of " + string.Join(", ", values),
    };
}
