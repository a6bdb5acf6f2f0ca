using System.Collections.Generic;
using LambdaGen.Core.Fields;
using LambdaGen.Core.Model;

namespace LambdaGen.Core.Rules;

/// <summary>Aliases ([LambdaAlias], CreateAlias): LG0098, LG0099.</summary>
public static partial class SpecValidator
{
    private static void CheckAliases(Run run)
    {
        var seen = new Dictionary<string, string>(System.StringComparer.OrdinalIgnoreCase);
        bool published = run.Spec.Publish is { Value: true };
        foreach (var attached in run.Spec.Attached)
        {
            if (attached.Attribute != Operations.LambdaAliasAttribute)
            {
                continue;
            }

            var key = FieldTable.AliasName.Key(attached.Position);
            if (attached.Settings.Get(FieldTable.AliasName) is not { Value: { } name } setting)
            {
                // [LambdaAlias(null)]: the model check skips a null string, but CreateAlias requires the name (LG0089).
                run.Report(RuleCatalog.AliasNameInvalid, key, ValueOrigin.Method, "Alias name is null; CreateAlias requires a name of 1–128 letters, digits, - or _");
                continue;
            }

            // LG0098: names equal, or equal but for case (their manifest files collide on Windows and macOS).
            if (seen.TryGetValue(name, out var first))
            {
                run.Report(RuleCatalog.AliasDuplicate, key, setting.Origin,
                    first == name
                        ? $"Alias {Text.Quote(name)} is declared twice on this method; each [LambdaAlias] creates one alias"
                        : $"Alias {Text.Quote(name)} differs only in case from alias {Text.Quote(first)}; their manifest files collide on Windows and macOS: use one spelling");
            }
            else
            {
                seen.Add(name, name);
            }

            // LG0099: the alias points at the version the deploy publishes.
            if (!published)
            {
                run.Report(RuleCatalog.AliasWithoutPublish, key, setting.Origin,
                    $"Alias {Text.Quote(name)} points at the version the deploy publishes, but Publish is not true, so no version is published; set Publish = true on [LambdaFunction]");
            }
        }
    }
}
