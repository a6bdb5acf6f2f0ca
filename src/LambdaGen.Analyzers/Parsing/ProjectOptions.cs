using LambdaGen.Core.Model;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LambdaGen.Analyzers.Parsing;

/// <summary>The MSBuild properties LambdaGen reads, as an equatable value (declared CompilerVisibleProperty by the package).</summary>
internal sealed record ProjectOptions(MsBuildDefaults Defaults, string? TargetFramework, string? RuntimeIdentifier, string? RootNamespace)
{
    public static ProjectOptions Read(AnalyzerConfigOptions global)
    {
        string? Get(string name) => Property(global, name);
        return new ProjectOptions(MsBuildDefaults.Parse(Get), Get("TargetFramework"), Get("RuntimeIdentifier"), Get("RootNamespace"));
    }

    /// <summary>One MSBuild property, trimmed; null when unset (an unset property arrives as "").</summary>
    public static string? Property(AnalyzerConfigOptions global, string name) =>
        global.TryGetValue("build_property." + name, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    public ProjectContext ToContext() => new()
    {
        TargetFramework = TargetFramework,
        RuntimeIdentifier = RuntimeIdentifier,
        MaxMemorySize = Defaults.MaxMemorySize,
        Region = Defaults.Region,
    };
}
