using LambdaGen.Core.Model;

namespace LambdaGen.Core.Rules;

public static partial class SpecValidator
{
    private static readonly string[] ApplicationLevels = { "TRACE", "DEBUG", "INFO", "WARN", "ERROR", "FATAL" };
    private static readonly string[] SystemLevels = { "DEBUG", "INFO", "WARN" };
    private const int LogGroupMax = 512;

    private static void CheckLogging(Run run)
    {
        var spec = run.Spec;
        if (spec.LogFormat is { } format && format.Value is not ("JSON" or "Text"))
        {
            run.Report(RuleCatalog.LogFormatUnknown, FieldKeys.LogFormat, format.Origin,
                $"LogFormat {Text.Quote(format.Value)} is not valid; use 'JSON' or 'Text'",
                Suggestions.Enumeration(format.Value, new[] { "JSON", "Text" }));
        }

        CheckLevel(run, spec.ApplicationLogLevel, FieldKeys.ApplicationLogLevel, ApplicationLevels);
        CheckLevel(run, spec.SystemLogLevel, FieldKeys.SystemLogLevel, SystemLevels);

        if (spec.LogGroup is { } group)
        {
            var value = group.Value ?? "";
            int length = Text.CodePoints(value);
            if (length < 1 || length > LogGroupMax || !Patterns.LogGroup.IsFullMatch(value))
            {
                run.Report(RuleCatalog.LogGroupInvalid, FieldKeys.LogGroup, group.Origin,
                    $"LogGroup {Text.Quote(value)} is not valid: 1–{LogGroupMax} letters, digits or . - _ / #");
            }
        }
    }

    private static void CheckLevel(Run run, Setting<string>? level, string field, string[] valid)
    {
        if (level is not { } setting)
        {
            return;
        }

        if (System.Array.IndexOf(valid, setting.Value) < 0)
        {
            run.Report(RuleCatalog.LogLevelUnknown, field, setting.Origin,
                $"{field} {Text.Quote(setting.Value)} is not valid; use one of {string.Join(", ", valid)}",
                Suggestions.Enumeration(setting.Value, valid));
            return;
        }
        var format = run.Spec.LogFormat;
        if (format?.Value != "JSON")
        {
            var (blamed, origin) = Blame((field, setting.Origin), (FieldKeys.LogFormat, format?.Origin));
            run.Report(RuleCatalog.LogLevelRequiresJson, blamed, origin,
                format is null
                    ? $"{field} needs LogFormat 'JSON'; the default log format is Text"
                    : $"{field} needs LogFormat 'JSON', not {Text.Quote(format.Value.Value)}");
        }
    }
}
