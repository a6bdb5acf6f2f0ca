using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LambdaGen.Testing;

/// <summary>
/// An <see cref="AnalyzerConfigOptionsProvider"/> over a dictionary of global options, as MSBuild passes
/// <c>CompilerVisibleProperty</c> values (<c>build_property.LambdaMemorySize</c>). Per-file options are empty.
/// </summary>
public sealed class TestOptions : AnalyzerConfigOptionsProvider
{
    private static readonly AnalyzerConfigOptions Empty = new DictionaryOptions(ImmutableDictionary<string, string>.Empty);

    /// <summary>Options with exactly these keys (use <see cref="Create"/> for the usual defaults).</summary>
    public TestOptions(IReadOnlyDictionary<string, string> globalOptions)
    {
        GlobalOptions = new DictionaryOptions(globalOptions.ToImmutableDictionary(KeyComparer));
    }

    /// <summary>Option keys are case-insensitive, as in .editorconfig.</summary>
    public static StringComparer KeyComparer => StringComparer.OrdinalIgnoreCase;

    /// <inheritdoc/>
    public override AnalyzerConfigOptions GlobalOptions { get; }

    /// <inheritdoc/>
    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Empty;

    /// <inheritdoc/>
    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Empty;

    /// <summary>
    /// <c>build_property.TargetFramework = net10.0</c> and <c>build_property.RootNamespace = assemblyName</c>,
    /// then <paramref name="properties"/> on top. A key without a dot is an MSBuild property name and gets the
    /// <c>build_property.</c> prefix (<c>"LambdaMemorySize"</c>); a key with a dot is used as is. A null value
    /// removes the key (e.g. <c>("TargetFramework", null)</c> for a project without one).
    /// </summary>
    public static TestOptions Create(IEnumerable<(string Key, string? Value)>? properties = null, string assemblyName = TestCompilation.DefaultAssemblyName)
    {
        var values = new Dictionary<string, string>(KeyComparer)
        {
            ["build_property.TargetFramework"] = "net10.0",
            ["build_property.RootNamespace"] = assemblyName,
        };
        foreach (var (key, value) in properties ?? [])
        {
            var fullKey = key.Contains('.') ? key : "build_property." + key;
            if (value is null)
            {
                values.Remove(fullKey);
            }
            else
            {
                values[fullKey] = value;
            }
        }
        return new TestOptions(values);
    }

    private sealed class DictionaryOptions(IReadOnlyDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);

        public override IEnumerable<string> Keys => values.Keys;
    }
}
