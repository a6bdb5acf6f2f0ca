namespace LambdaGen.Core.Rules;

/// <summary>
/// The naming rules of an S3 general purpose bucket (https://docs.aws.amazon.com/AmazonS3/latest/userguide/bucketnamingrules.html),
/// for the <c>LambdaS3Bucket</c> MSBuild property the deploy uploads large packages to.
/// </summary>
public static class BucketNames
{
    public const int MinLength = 3;
    public const int MaxLength = 63;

    /// <summary>Prefixes the page reserves (<c>sthree-configurator</c>, listed by older versions, starts with <c>sthree-</c>).</summary>
    public static readonly string[] ReservedPrefixes = { "xn--", "sthree-", "amzn-s3-demo-" };

    /// <summary>Suffixes the page reserves: access point aliases, Object Lambda access point aliases, Multi-Region Access
    /// Points and directory buckets.</summary>
    public static readonly string[] ReservedSuffixes = { "-s3alias", "--ol-s3", ".mrap", "--x-s3" };

    /// <summary>The first naming rule <paramref name="name"/> breaks, as a clause for a message ("must be 3–63 characters …"),
    /// or null when the name is valid.</summary>
    public static string? Problem(string name)
    {
        int length = Text.CodePoints(name);
        if (length < MinLength || length > MaxLength)
        {
            return $"is {Text.Number(length)} characters; a bucket name is {MinLength}–{MaxLength} characters long";
        }

        foreach (var c in name)
        {
            if (!(c is >= 'a' and <= 'z' or >= '0' and <= '9' or '.' or '-'))
            {
                return $"contains {DescribeCharacter(c)}; a bucket name has only lowercase letters, digits, periods (.) and hyphens (-)";
            }
        }
        if (!IsLetterOrDigit(name[0]) || !IsLetterOrDigit(name[name.Length - 1]))
        {
            return "must begin and end with a lowercase letter or a digit";
        }

        if (name.Contains(".."))
        {
            return "has two adjacent periods";
        }

        if (IsIpAddress(name))
        {
            return "is formatted as an IP address";
        }

        foreach (var prefix in ReservedPrefixes)
        {
            if (name.StartsWith(prefix, System.StringComparison.Ordinal))
            {
                return $"starts with '{prefix}', which is reserved";
            }
        }

        foreach (var suffix in ReservedSuffixes)
        {
            if (name.EndsWith(suffix, System.StringComparison.Ordinal))
            {
                return $"ends with '{suffix}', which is reserved";
            }
        }

        return null;
    }

    private static bool IsLetterOrDigit(char c) => c is >= 'a' and <= 'z' or >= '0' and <= '9';

    /// <summary>Four dot-separated groups of digits, as 192.168.5.4.</summary>
    private static bool IsIpAddress(string name)
    {
        var parts = name.Split('.');
        if (parts.Length != 4)
        {
            return false;
        }

        foreach (var part in parts)
        {
            if (part.Length is 0 or > 3)
            {
                return false;
            }

            foreach (var c in part)
            {
                if (c is < '0' or > '9')
                {
                    return false;
                }
            }
        }
        return true;
    }

    private static string DescribeCharacter(char c) =>
        c is >= 'A' and <= 'Z' ? $"the uppercase letter '{c}'"
        : c == ' ' ? "a space"
        : char.IsControl(c) || char.IsSurrogate(c) ? "the character U+" + ((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture)
        : $"'{c}'";
}
