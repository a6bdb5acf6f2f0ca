using LambdaGen.Core.Model;
using LambdaGen.Core.Naming;

namespace LambdaGen.Core.Rules;

public static partial class SpecValidator
{
    private const int PlainNameMax = 64;
    private const int ArnNameMax = 140;
    private const int DescriptionMax = 256;
    private const int HandlerMax = 128;

    private static void CheckIdentity(Run run)
    {
        var spec = run.Spec;
        if (spec.FunctionName is { } name)
        {
            var value = name.Value ?? "";
            bool arn = FunctionNames.IsArnForm(value);
            int length = Text.CodePoints(value);
            // The fix replaces the argument, which does not include LambdaFunctionNamePrefix.
            var raw = spec.NameWithoutPrefix ?? value;
            var fix = arn ? null : FunctionNames.Sanitize(raw);
            // LambdaFunctionNamePrefix (an MSBuild property) is blamed for its own characters, once for the project,
            // rather than every handler's name.
            var prefix = !arn && value.Length > raw.Length && value.EndsWith(raw, System.StringComparison.Ordinal) ? value.Substring(0, value.Length - raw.Length) : "";
            bool badPrefix = prefix.Length > 0 && !Patterns.PlainFunctionName.IsFullMatch(prefix);
            if (badPrefix)
            {
                run.Report(RuleCatalog.FunctionNameInvalid, FieldKeys.FunctionName, ValueOrigin.MsBuild,
                    $"The function name prefix {Text.Quote(prefix)} may contain only letters, digits, '-' and '_'");
            }

            if (value.Length == 0)
            {
                run.Report(RuleCatalog.FunctionNameInvalid, FieldKeys.FunctionName, name.Origin, "FunctionName is empty; a name has 1–64 characters");
            }
            else if (!arn && !Patterns.PlainFunctionName.IsFullMatch(badPrefix ? raw : value))
            {
                run.Report(RuleCatalog.FunctionNameInvalid, FieldKeys.FunctionName, name.Origin,
                    $"FunctionName {Text.Quote(value)} may contain only letters, digits, '-' and '_'",
                    // The deployed name is LambdaFunctionNamePrefix + the fixed argument: offer it only if that fits.
                    fix != raw && Text.CodePoints(prefix) + Text.CodePoints(fix!) <= PlainNameMax ? fix : null);
            }
            else if (!arn && length > PlainNameMax)
            {
                run.Report(RuleCatalog.FunctionNameInvalid, FieldKeys.FunctionName, name.Origin,
                    $"FunctionName {Text.Quote(value)} is {length} characters; a plain name has at most {PlainNameMax}");
            }
            else if (arn && length > ArnNameMax)
            {
                run.Report(RuleCatalog.FunctionNameInvalid, FieldKeys.FunctionName, name.Origin,
                    $"FunctionName {Text.Quote(value)} is {length} characters; an ARN has at most {ArnNameMax}");
            }
            else if (arn && !Patterns.FunctionName.IsFullMatch(value))
            {
                run.Report(RuleCatalog.FunctionNameInvalid, FieldKeys.FunctionName, name.Origin,
                    $"FunctionName {Text.Quote(value)} is not a valid function name or function ARN");
            }
        }

        if (spec.Description is { } description && Text.CodePoints(description.Value ?? "") > DescriptionMax)
        {
            var value = description.Value!;
            run.Report(RuleCatalog.DescriptionTooLong, FieldKeys.Description, description.Origin,
                $"Description is {Text.CodePoints(value)} characters; the maximum is {DescriptionMax}", Text.TruncateCodePoints(value, DescriptionMax));
        }

        if (spec.Handler is { } handler && !spec.IsImage)
        {
            var value = handler.Value ?? "";
            if (Text.CodePoints(value) > HandlerMax)
            {
                run.Report(RuleCatalog.HandlerInvalid, FieldKeys.Handler, handler.Origin,
                    $"Handler {Text.Quote(value)} is {Text.CodePoints(value)} characters; the maximum is {HandlerMax}");
            }
            else if (!Patterns.Handler.IsFullMatch(value))
            {
                run.Report(RuleCatalog.HandlerInvalid, FieldKeys.Handler, handler.Origin,
                    $"Handler {Text.Quote(value)} must be non-empty and contain no whitespace");
            }
        }
    }
}
