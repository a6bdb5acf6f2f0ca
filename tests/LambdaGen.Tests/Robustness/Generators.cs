using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;

namespace LambdaGen.Tests.Robustness;

/// <summary>FsCheck generators for hostile values and the C# literals that carry them into test sources.</summary>
internal static class Generators
{
    public static readonly Gen<int> Ints = Gen.OneOf(
        Gen.Elements(int.MinValue, int.MinValue + 1, int.MaxValue, -1, 0, 1, 90, 91, 127, 128, 511, 512, 900, 901, 1600, 1601, 3008, 10240, 10241,
            31622400, 31622401),
        Gen.Choose(-100_000, 100_000),
        Gen.Choose(int.MinValue / 2, int.MaxValue / 2));

    /// <summary>Doubles that break naive comparisons and formatting: NaN, both infinities, the extremes, the smallest
    /// denormal, negative zero, values a hair outside the model's ranges, huge and negative values.</summary>
    public static readonly Gen<double> Doubles = Gen.OneOf(
        Gen.Elements(double.NaN, double.PositiveInfinity, double.NegativeInfinity, double.MaxValue, double.MinValue, double.Epsilon, -double.Epsilon,
            0.0, -0.0, -1.0, 1.9999999999999998, 2.0, 2.5, 4.0, 7.999999999999999, 8.0, 8.000000000000002, 16.0, 0.1, 1e300, -1e300, 3e9, 1e-300),
        Gen.Choose(-100_000, 100_000).Select(i => i / 100.0),
        Gen.Choose(int.MinValue / 2, int.MaxValue / 2).Select(i => i * 1e6));

    /// <summary>A C# expression of type double for any double, NaN and the infinities included.</summary>
    public static string DoubleLiteral(double value) =>
        double.IsNaN(value) ? "double.NaN"
        : double.IsPositiveInfinity(value) ? "double.PositiveInfinity"
        : double.IsNegativeInfinity(value) ? "double.NegativeInfinity"
        : value == double.MaxValue ? "double.MaxValue"
        : value == double.MinValue ? "double.MinValue"
        : value == double.Epsilon ? "double.Epsilon"
        : value == -double.Epsilon ? "-double.Epsilon"
        : value == 0 && double.IsNegative(value) ? "-0.0"
        : value.ToString("R", CultureInfo.InvariantCulture) + "d";

    /// <summary>Characters that break naive code: controls, NUL, line and paragraph separators, both surrogate halves,
    /// quotes, backslashes, combining marks, RTL, BOM, non-characters.</summary>
    private static readonly char[] Nasty =
    {
        'a', 'Z', '0', '9', '_', '-', '.', ':', '/', '@', '=', '+', ' ', '#', '!', ',', ';', '*', '"', '\'', '\\', '{', '}', '[', ']', '|',
        '\0', '\n', '\r', '\t', '\v', '\f', '\u0085', '\u00A0', '\u2028', '\u2029', '\u200D', '\u202E', '\uFEFF', '\uFFFF', '\uFFFE',
        '\uD800', '\uDBFF', '\uDC00', '\uDFFF', '\uD83D', '\uDE00', 'é', '\u0301', '名', '٢', 'Ⅻ',
    };

    private static readonly string?[] Interesting =
    {
        null, "", " ", "x86_64", "arm64", "X86_64", "dotnet10", "dotnet8", "dotnet8.0", "provided.al2023", "provided", "Image", "Zip",
        "JSON", "Text", "INFO", "PublishedVersions", "Active", "arn:aws:iam::123456789012:role/app", "aws:x", "AWS_REGION", "/mnt/a",
        "arn:aws:lambda:us-east-1:123456789012:layer:a:1", "arn:aws:lambda:us-east-1:123456789012:layer:a:99999999999999999999",
        "arn:aws:elasticfilesystem:us-east-1:123456789012:access-point/fsap-0123456789abcdef0", "subnet-1", "sg-1",
        "arn:aws:sqs:us-east-1:123456789012:q", ":", "::", "function:", "arn:", "😀", "\uD800", "\uDC00\uD800", "a\nb", "\0",
        "arn:aws:lambda:us-east-1:123456789012:capacity-provider:fleet", "arn:aws:lambda:us-east-1:123456789012:capacity-provider:",
        "arn:aws:kms:us-east-1:123456789012:key/1", "alias/app", "PER_TENANT", "per_tenant", "PerTenant", "LATEST_PUBLISHED", "LatestPublished",
        "$LATEST.PUBLISHED", "AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "net10.0", "net8.0", "net9.0", "netstandard2.0", "linux-arm64", "linux-x64",
        "us-east-1", "cn-north-1", "eu-west-1",
        "arn:aws-cn:lambda:cn-north-1:123456789012:layer:a:1", "arn:aws:lambda:::awslayer:x", "arn:aws:lambda:eu-west-1:123456789012:function:f",
        "192.168.5.4", "xn--bucket", "my..bucket", "bucket--x-s3",
    };

    public static readonly Gen<string?> Strings = Gen.OneOf(
        Gen.Elements(Interesting),
        Gen.ArrayOf(Gen.Elements(Nasty)).Select(chars => (string?)new string(chars)),
        Gen.Choose(0, 5000).Select(n => (string?)new string('é', n)),
        Gen.Choose(0, 3000).Select(n => (string?)string.Concat(Enumerable.Repeat("😀", n))));

    public static readonly Gen<string?[]?> StringArrays = Gen.OneOf(
        Gen.Constant<string?[]?>(null),
        Gen.Constant<string?[]?>(Array.Empty<string?>()),
        Gen.ArrayOf(Strings).Select(a => (string?[]?)a),
        Gen.Choose(0, 60).Select(n => (string?[]?)Enumerable.Repeat<string?>("x", n).ToArray()));

    public static readonly Gen<bool> Bools = Gen.Elements(true, false);

    /// <summary>A C# string literal for any string, lone surrogates and line breaks included.</summary>
    public static string Literal(string? value)
    {
        if (value is null)
        {
            return "null";
        }

        var builder = new StringBuilder("\"");
        foreach (var c in value)
        {
            if (c is >= ' ' and <= '~' and not '"' and not '\\')
            {
                builder.Append(c);
            }
            else
            {
                builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
        }
        return builder.Append('"').ToString();
    }

    /// <summary>A string array as <c>null</c>, <c>new string[] {…}</c> or a collection expression.</summary>
    public static Gen<string> ArrayLiteral(string?[]? items) =>
        items is null
            ? Gen.Constant("null")
            : Gen.Elements(
                $"new string[] {{ {string.Join(", ", items.Select(Literal))} }}",
                $"[{string.Join(", ", items.Select(Literal))}]");

    /// <summary>A random value of the attribute property's type, as C#.</summary>
    public static Gen<string> ValueFor(Type type) =>
        type == typeof(int) ? Ints.Select(i => i == int.MinValue ? "int.MinValue" : i.ToString(CultureInfo.InvariantCulture))
        : type == typeof(double) ? Gen.OneOf(
            Gen.Elements("double.NaN", "double.PositiveInfinity", "double.NegativeInfinity", "-0.0", "double.Epsilon", "double.MaxValue", "2.5", "1e-300"),
            Ints.Select(i => i == int.MinValue ? "int.MinValue" : i.ToString(CultureInfo.InvariantCulture)),
            Ints.Select(i => (i / 7.0).ToString("R", CultureInfo.InvariantCulture) + "d"))
        : type == typeof(bool) ? Bools.Select(b => b ? "true" : "false")
        : type == typeof(string) ? Strings.Select(Literal)
        : StringArrays.SelectMany(ArrayLiteral);

    /// <summary>Some of the attribute's settable properties with random values: <c>MemorySize = -1, Layers = [null]</c>.</summary>
    public static Gen<string> NamedArguments(Type attribute)
    {
        var properties = attribute.GetProperties().Where(p => p.CanWrite).ToArray();
        return Gen.SubListOf(properties).SelectMany(chosen =>
            chosen.Aggregate(Gen.Constant(new List<string>()), (acc, p) =>
                acc.SelectMany(list => ValueFor(p.PropertyType).Select(v => { var copy = new List<string>(list) { $"{p.Name} = {v}" }; return copy; }))))
            .Select(list => string.Join(", ", list));
    }

    /// <summary>Zero to <paramref name="max"/> attributes <c>[prefix Name(lit, lit)]</c>.</summary>
    public static Gen<string> KeyValueAttributes(string name, string prefix, int max) =>
        Gen.Choose(0, max).SelectMany(count =>
            Gen.ArrayOf(Gen.Zip(Strings, Strings), count).Select(pairs =>
                string.Concat(pairs.Select(p => $"[{prefix}{name}({Literal(p.Item1)}, {Literal(p.Item2)})]\n"))));
}
