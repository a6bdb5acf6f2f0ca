using System.Globalization;
using System.Text;

namespace LambdaGen.Fuzz.Tests;

/// <summary>One fuzz case: the project's source files, its MSBuild properties and whether it references the (stand-in)
/// AWSSDK.Lambda. <see cref="ToString"/> is what a failure prints, so it is the whole input, pasteable as a test.</summary>
public sealed record FuzzInput(string Kind, IReadOnlyList<(string Path, string Source)> Files, IReadOnlyList<(string Key, string? Value)> Properties, bool ReferencesAwsSdk)
{
    public override string ToString()
    {
        var builder = new StringBuilder();
        builder.Append(CultureInfo.InvariantCulture, $"[{Kind}] AWSSDK.Lambda referenced: {ReferencesAwsSdk}\n");
        foreach (var (key, value) in Properties)
        {
            builder.Append(CultureInfo.InvariantCulture, $"  build_property.{key} = {LambdaGen.Tests.Robustness.Generators.Literal(value)}\n");
        }

        foreach (var (path, source) in Files)
        {
            builder.Append("--- ").Append(path).Append('\n').Append(Printable(source)).Append('\n');
        }

        return builder.ToString();
    }

    /// <summary>The source with characters a terminal would hide or mangle (controls, surrogates, non-characters) as \uXXXX.</summary>
    private static string Printable(string source)
    {
        var builder = new StringBuilder(source.Length);
        foreach (var c in source)
        {
            if ((c < ' ' && c is not '\n' and not '\t') || char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF' or '\u2028' or '\u2029' or '\u0085' or '\uFEFF')
            {
                builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }
        return builder.ToString();
    }
}
