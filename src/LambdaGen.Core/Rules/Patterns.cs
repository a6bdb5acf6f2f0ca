using System.Text.RegularExpressions;
using LambdaGen.Core.Fields;

namespace LambdaGen.Core.Rules;

/// <summary>
/// The service model's patterns: those of a setting come from its field table row (one description of each fact). Lambda full-matches them, so each is wrapped as <c>\A(?:p)\z</c>
/// (<c>$</c> would let a trailing newline through), and ECMAScript mode keeps <c>\d</c> ASCII-only.
/// </summary>
public static class Patterns
{
    public static readonly Regex FunctionName = FullMatch(FieldTable.FunctionName.Model.Pattern!);
    public static readonly Regex PlainFunctionName = FullMatch(@"[a-zA-Z0-9-_]+");
    public static readonly Regex Role = FullMatch(FieldTable.Role.Model.Pattern!);
    public static readonly Regex Handler = FullMatch(FieldTable.Handler.Model.Pattern!);
    public static readonly Regex GenericArn = FullMatch(FieldTable.KMSKeyArn.Model.Pattern!);
    public static readonly Regex CodeSigningConfigArn = FullMatch(FieldTable.CodeSigningConfigArn.Model.Pattern!);
    public static readonly Regex Layer = FullMatch(FieldTable.Layers.Model.Pattern!);
    /// <summary>A region as the model's ARN patterns spell it (us-east-1, cn-north-1, us-gov-west-1, us-isob-east-1, eusc-de-east-1).</summary>
    public static readonly Regex Region = FullMatch(@"(eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\d{1}");
    public static readonly Regex EnvironmentKey = FullMatch(FieldTable.Environment.Model.Pattern!);
    public static readonly Regex Tag = FullMatch(FieldTable.Tags.Model.Pattern!);
    public static readonly Regex SubnetId = FullMatch(FieldTable.SubnetIds.Model.Pattern!);
    public static readonly Regex SecurityGroupId = FullMatch(FieldTable.SecurityGroupIds.Model.Pattern!);
    public static readonly Regex FileSystemArn = FullMatch(@"arn:aws[a-zA-Z-]*:elasticfilesystem:(eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\d{1}:\d{12}:access-point/fsap-[a-f0-9]{17}$|^arn:aws[-a-z]*:s3files:[0-9a-z-:]+:file-system/fs-[0-9a-f]{17,40}/access-point/fsap-[0-9a-f]{17,40}");
    public static readonly Regex LocalMountPath = FullMatch(@"/mnt/[a-zA-Z0-9-_.]+");
    public static readonly Regex LogGroup = FullMatch(FieldTable.LogGroup.Model.Pattern!);
    /// <summary>An AWS access key ID anywhere in a value.</summary>
    public static readonly Regex AccessKeyId = new(@"(?<![A-Z0-9])(AKIA|ASIA)[A-Z0-9]{16}(?![A-Z0-9])", RegexOptions.ECMAScript | RegexOptions.CultureInvariant);
    /// <summary>A 40-character value shaped like a secret access key.</summary>
    public static readonly Regex SecretKeyShape = FullMatch(@"[A-Za-z0-9/+=]{40}");

    public static bool IsFullMatch(this Regex regex, string? value) => value is not null && regex.IsMatch(value);

    /// <summary>
    /// The <see cref="Tag"/> pattern, <c>[\p{L}\p{Z}\p{N}_.:/=+\-@]*</c>, applied to code points as the service does:
    /// .NET's regex sees a letter outside the BMP (U+20000 𠀀, U+1D49C 𝒜) as two surrogates, not as \p{L}.
    /// </summary>
    public static bool IsTagText(string? value)
    {
        if (value is null)
        {
            return false;
        }

        for (int i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c is '_' or '.' or ':' or '/' or '=' or '+' or '-' or '@')
            {
                continue;
            }

            if (char.IsSurrogate(c) && !char.IsSurrogatePair(value, i))
            {
                return false;
            }

            var category = System.Globalization.CharUnicodeInfo.GetUnicodeCategory(value, i);
            if (char.IsSurrogatePair(value, i))
            {
                i++;
            }

            if (category is System.Globalization.UnicodeCategory.UppercaseLetter or System.Globalization.UnicodeCategory.LowercaseLetter
                or System.Globalization.UnicodeCategory.TitlecaseLetter or System.Globalization.UnicodeCategory.ModifierLetter
                or System.Globalization.UnicodeCategory.OtherLetter
                or System.Globalization.UnicodeCategory.SpaceSeparator or System.Globalization.UnicodeCategory.LineSeparator
                or System.Globalization.UnicodeCategory.ParagraphSeparator
                or System.Globalization.UnicodeCategory.DecimalDigitNumber or System.Globalization.UnicodeCategory.LetterNumber
                or System.Globalization.UnicodeCategory.OtherNumber)
            {
                continue;
            }

            return false;
        }
        return true;
    }

    /// <summary>A service-model pattern as Lambda applies it: the whole value must match.</summary>
    public static Regex FullMatch(string pattern) =>
        new(@"\A(?:" + pattern + @")\z", RegexOptions.ECMAScript | RegexOptions.CultureInvariant);
}
