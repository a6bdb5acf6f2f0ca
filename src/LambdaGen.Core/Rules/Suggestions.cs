using System;
using System.Collections.Generic;
using System.Linq;

namespace LambdaGen.Core.Rules;

/// <summary>The valid value a near miss most likely meant: a case slip, a separator slip, a known alias.</summary>
public static class Suggestions
{
    private static readonly Dictionary<string, string> ArchitectureAliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["x86_64"] = "x86_64", ["x86-64"] = "x86_64", ["x64"] = "x86_64", ["amd64"] = "x86_64", ["x8664"] = "x86_64",
        ["arm64"] = "arm64", ["aarch64"] = "arm64", ["arm"] = "arm64",
    };

    public static string? Architecture(string? value) =>
        value is not null && ArchitectureAliases.TryGetValue(value.Trim(), out var fixedValue) ? fixedValue : null;

    /// <summary>The valid value equal to <paramref name="value"/> ignoring case and the separators '-', '_', '.', ' '.</summary>
    public static string? Enumeration(string? value, IEnumerable<string> validValues)
    {
        if (value is null)
        {
            return null;
        }

        var key = Normalize(value);
        return validValues.FirstOrDefault(valid => Normalize(valid) == key);
    }

    /// <summary>The runtime a near miss means: <c>DotNet8</c>, <c>dotnet8.0</c>, <c>net8</c>, <c>net8.0</c> → <c>dotnet8</c>;
    /// <c>provided.AL2023</c> → <c>provided.al2023</c>.</summary>
    public static string? Runtime(string? value)
    {
        if (value is null)
        {
            return null;
        }

        var normalized = Normalize(value);
        foreach (var info in Runtimes.All)
        {
            if (Normalize(info.Identifier) == normalized)
            {
                return info.Identifier;
            }
        }
        // dotnet8.0 / net8.0 / net8 / netcore8 → dotnet8
        var digits = new string(normalized.SkipWhile(c => !char.IsDigit(c)).ToArray());
        var letters = new string(normalized.TakeWhile(c => !char.IsDigit(c)).ToArray());
        if (letters is "dotnet" or "net" or "netcore" or "dotnetcore" && digits.Length > 0)
        {
            var major = digits.EndsWith("0", StringComparison.Ordinal) && digits.Length > 1 && Runtimes.Find("dotnet" + digits) is null
                ? digits.Substring(0, digits.Length - 1)
                : digits;
            if (Runtimes.Find("dotnet" + major) is not null)
            {
                return "dotnet" + major;
            }
        }
        return null;
    }

    private static string Normalize(string value) =>
        new(value.Where(c => c is not ('-' or '_' or '.' or ' ')).Select(char.ToLowerInvariant).ToArray());
}
