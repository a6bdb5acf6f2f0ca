using System.Globalization;
using System.Text;

namespace LambdaGen.Core.Rules;

/// <summary>Text measurement and quoting as AWS and our messages need them.</summary>
public static class Text
{
    /// <summary>AWS counts lengths in Unicode code points; string.Length counts an emoji as two.</summary>
    public static int CodePoints(string value)
    {
        int count = 0;
        for (int i = 0; i < value.Length; i++)
        {
            if (char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
            }

            count++;
        }
        return count;
    }

    /// <summary>The index of the first UTF-16 surrogate without its partner, or null when every surrogate is paired.</summary>
    public static int? UnpairedSurrogate(string value)
    {
        for (int i = 0; i < value.Length; i++)
        {
            if (char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(value[i]))
            {
                return i;
            }
        }
        return null;
    }

    /// <summary>The first <paramref name="maxCodePoints"/> code points, never splitting a surrogate pair.</summary>
    public static string TruncateCodePoints(string value, int maxCodePoints)
    {
        int count = 0;
        for (int i = 0; i < value.Length; i++)
        {
            if (count == maxCodePoints)
            {
                return value.Substring(0, i);
            }

            if (char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
            }

            count++;
        }
        return value;
    }

    /// <summary>A value quoted for a message, shortened so a 10 KB value does not flood the error list.</summary>
    public static string Quote(string? value)
    {
        if (value is null)
        {
            return "null";
        }

        const int max = 80;
        var shown = CodePoints(value) > max ? TruncateCodePoints(value, max) + "…" : value;
        var builder = new StringBuilder(shown.Length + 2).Append('\'');
        for (int i = 0; i < shown.Length; i++)
        {
            var c = shown[i];
            bool paired = char.IsHighSurrogate(c) && i + 1 < shown.Length && char.IsLowSurrogate(shown[i + 1])
                || char.IsLowSurrogate(c) && i > 0 && char.IsHighSurrogate(shown[i - 1]);
            // Control characters would break a one-line message, and an unpaired surrogate any UTF-8 log; show them escaped.
            if (char.IsControl(c) || char.IsSurrogate(c) && !paired)
            {
                builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }
        return builder.Append('\'').ToString();
    }

    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
