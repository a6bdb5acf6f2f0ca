using System.Globalization;
using LambdaGen.Core.Rules;

namespace LambdaGen.Core.Naming;

/// <summary>Which managed Lambda runtime runs a target framework.</summary>
public static class TargetFrameworks
{
    /// <summary>The major .NET version of <c>net8.0</c>, <c>net10.0-windows</c>…; null for netstandard, netcoreapp and .NET Framework.</summary>
    public static int? MajorVersion(string? targetFramework)
    {
        if (targetFramework is null || !targetFramework.StartsWith("net", System.StringComparison.Ordinal))
        {
            return null;
        }

        var rest = targetFramework.Substring(3);
        int dash = rest.IndexOf('-');
        if (dash >= 0)
        {
            rest = rest.Substring(0, dash);
        }

        int dot = rest.IndexOf('.');
        // net48 / net472 have no dot; netstandard / netcoreapp are not digits.
        if (dot <= 0)
        {
            return null;
        }

        return int.TryParse(rest.Substring(0, dot), NumberStyles.None, CultureInfo.InvariantCulture, out var major) && major >= 5 ? major : null;
    }

    /// <summary>The managed runtime identifier for the framework (<c>net10.0</c> → <c>dotnet10</c>) when Lambda has one
    /// that still accepts new functions; otherwise null.</summary>
    public static string? ManagedRuntime(string? targetFramework)
    {
        var major = MajorVersion(targetFramework);
        if (major is null)
        {
            return null;
        }

        var identifier = "dotnet" + major.Value.ToString(CultureInfo.InvariantCulture);
        var info = Runtimes.Find(identifier);
        return info is not null && info.Status != RuntimeStatus.CreateBlocked ? identifier : null;
    }

    /// <summary>The managed runtime for the framework, only when it is fully supported (not deprecated).</summary>
    public static string? SupportedManagedRuntime(string? targetFramework)
    {
        var identifier = ManagedRuntime(targetFramework);
        return identifier is not null && Runtimes.Find(identifier)!.Status == RuntimeStatus.Supported ? identifier : null;
    }
}
