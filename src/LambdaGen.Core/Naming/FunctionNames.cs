using System.Text;
using LambdaGen.Core.Rules;

namespace LambdaGen.Core.Naming;

/// <summary>Function names: deriving them from a handler, prefixing them, and the plain name inside an ARN.</summary>
public static class FunctionNames
{
    /// <summary>A name from the containing type and method (<c>Orders.Create</c> → <c>Orders-Create</c>), every character
    /// outside the name pattern replaced by '-'.</summary>
    public static string Derive(string containingTypeName, string methodName) => Sanitize(containingTypeName + "-" + methodName);

    /// <summary>The name with every character outside <c>[a-zA-Z0-9-_]</c> replaced by '-', runs collapsed.</summary>
    public static string Sanitize(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            bool allowed = c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '-' or '_';
            if (allowed)
            {
                builder.Append(c);
            }
            else if (builder.Length > 0 && builder[builder.Length - 1] != '-')
            {
                builder.Append('-');
            }
        }
        var result = builder.ToString().Trim('-');
        return result.Length == 0 ? "function" : result;
    }

    /// <summary>An ARN form (full or partial) contains ':'; the prefix applies only to plain names.</summary>
    public static bool IsArnForm(string name) => name.IndexOf(':') >= 0;

    public static string ApplyPrefix(string name, string? prefix) =>
        string.IsNullOrEmpty(prefix) || IsArnForm(name) ? name : prefix + name;

    /// <summary>The plain function name inside any accepted form: <c>name</c>, <c>123456789012:function:name</c>,
    /// <c>arn:aws:lambda:us-east-1:123456789012:function:name[:qualifier]</c>.</summary>
    public static string PlainName(string name)
    {
        if (!IsArnForm(name))
        {
            return name;
        }

        var parts = name.Split(':');
        int functionIndex = System.Array.IndexOf(parts, "function");
        if (functionIndex >= 0 && functionIndex + 1 < parts.Length)
        {
            return parts[functionIndex + 1];
        }
        // "123456789012:name" or "name:qualifier" partial forms: the name is the first non-account part.
        foreach (var part in parts)
        {
            if (part.Length > 0 && !IsAccountId(part))
            {
                return part;
            }
        }

        return Sanitize(name);
    }

    /// <summary>A PascalCase C# identifier for a function name (<c>orders-create</c> → <c>OrdersCreate</c>).</summary>
    public static string ToIdentifier(string name)
    {
        var builder = new StringBuilder(name.Length);
        bool upperNext = true;
        foreach (var c in PlainName(name))
        {
            if (c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9'))
            {
                builder.Append(upperNext ? char.ToUpperInvariant(c) : c);
                upperNext = false;
            }
            else
            {
                upperNext = true;
            }
        }
        if (builder.Length == 0 || char.IsDigit(builder[0]))
        {
            builder.Insert(0, "Function");
        }

        return builder.ToString();
    }

    private static bool IsAccountId(string part) => part.Length == 12 && Patterns.IsFullMatch(AccountId, part);

    private static readonly System.Text.RegularExpressions.Regex AccountId = new(@"\A[0-9]{12}\z", System.Text.RegularExpressions.RegexOptions.CultureInvariant);
}
