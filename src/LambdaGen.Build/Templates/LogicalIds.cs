using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace LambdaGen.Build.Templates;

/// <summary>
/// The logical IDs of a template's resources and parameters. CloudFormation allows only ASCII letters and digits, so each
/// function's base is its plain name in PascalCase (<c>orders-api</c> → <c>OrdersApi</c>, a leading digit gets <c>Fn</c>);
/// every ID a function owns is the base plus a fixed word (<c>OrdersApiFunction</c>, <c>OrdersApiAliasLive</c>). Stable:
/// a function keeps its IDs as long as its name and the names sorted before it do not collide, and collision-free: a base
/// whose IDs meet an ID already given (ignoring case) gets the next number (<c>OrdersApi2</c>).
/// </summary>
internal sealed class LogicalIds
{
    private readonly HashSet<string> _used = new(StringComparer.OrdinalIgnoreCase);

    /// <param name="reserved">The parameter names, which share the namespace with resources.</param>
    public LogicalIds(IEnumerable<string> reserved)
    {
        foreach (var name in reserved)
        {
            _used.Add(name);
        }
    }

    /// <summary>The base for a function whose resources are named <paramref name="suffixes"/>; all of them are then taken.</summary>
    public string Claim(string functionName, IReadOnlyCollection<string> suffixes)
    {
        var stem = Pascal(functionName);
        for (int n = 1; ; n++)
        {
            var candidate = n == 1 ? stem : stem + n.ToString(CultureInfo.InvariantCulture);
            if (suffixes.Any(s => _used.Contains(candidate + s)))
            {
                continue;
            }

            foreach (var suffix in suffixes)
            {
                _used.Add(candidate + suffix);
            }

            return candidate;
        }
    }

    /// <summary>ASCII letters and digits in PascalCase, <c>Fn</c> in front of a leading digit or nothing at all.</summary>
    public static string Pascal(string text)
    {
        var words = Words(text);
        return words.Length == 0 || char.IsDigit(words[0]) ? "Fn" + words : words;
    }

    /// <summary>ASCII letters and digits in PascalCase; anything else separates words.</summary>
    public static string Words(string text) => LambdaGen.Core.Naming.PascalCase.Words(text);
}
