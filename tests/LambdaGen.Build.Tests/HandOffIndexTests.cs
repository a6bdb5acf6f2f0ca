using System.Text;
using static LambdaGen.Build.Tests.TestAssembly;

namespace LambdaGen.Build.Tests;

/// <summary>functions.json carries what the deploy needs to agree with the build: each function's changed rule
/// severities and the project's settings, byte-stable and written only when they change.</summary>
public sealed class HandOffIndexTests : IDisposable
{
    private readonly TempDirectory _temp = new();
    private string Output => _temp.Combine("bin", "lambda");

    public void Dispose() => _temp.Dispose();

    private string Index() => File.ReadAllText(Path.Combine(Output, "functions.json"), Encoding.UTF8);

    private static IEnumerable<(string Key, string Value)> Entries(string severities, params (string Key, string Value)[] project)
    {
        foreach (var entry in TestAssembly.Entries(new[] { Zip("b-fn"), Zip("a-fn") }))
        {
            yield return entry;
        }

        yield return ("LambdaGen.Severity:b-fn", severities);
        foreach (var (key, value) in project)
        {
            yield return ("LambdaGen.Project:" + key, value);
        }
    }

    [Fact]
    public void Severities_and_project_settings_are_written_sorted_into_the_index()
    {
        var assembly = EmitAssembly(_temp.Combine("obj"), Source(Entries("LG0007=error;LG0005=warning",
            ("TargetFramework", "net10.0"), ("RuntimeIdentifier", "linux-arm64"), ("LambdaMaxMemorySize", "3008"))));

        var result = ManifestExporter.Export(assembly, Output);

        Assert.True(result.Success, string.Join("\n", result.Messages));
        Assert.Equal(
            "{\"Functions\":[" +
            "{\"FunctionName\":\"a-fn\",\"Manifest\":\"a-fn.json\",\"Handler\":\"Functions::Functions.Handlers::a_fn\",\"PackageType\":\"Zip\"}," +
            "{\"FunctionName\":\"b-fn\",\"Manifest\":\"b-fn.json\",\"Handler\":\"Functions::Functions.Handlers::b_fn\",\"PackageType\":\"Zip\",\"Severities\":{\"LG0005\":\"warning\",\"LG0007\":\"error\"}}]," +
            "\"Project\":{\"LambdaMaxMemorySize\":\"3008\",\"RuntimeIdentifier\":\"linux-arm64\",\"TargetFramework\":\"net10.0\"}}",
            Index());
    }

    [Fact]
    public void The_index_is_byte_stable_and_rewritten_only_when_a_severity_or_setting_changes()
    {
        var first = EmitAssembly(_temp.Combine("obj1"), Source(Entries("LG0005=none", ("TargetFramework", "net10.0"))));
        Assert.True(ManifestExporter.Export(first, Output).Success);
        var bytes = File.ReadAllBytes(Path.Combine(Output, "functions.json"));

        // The same facts in another metadata order: nothing is written.
        var reordered = EmitAssembly(_temp.Combine("obj2"), Source(Entries("LG0005=none", ("TargetFramework", "net10.0")).Reverse()));
        var again = ManifestExporter.Export(reordered, Output);
        Assert.True(again.Success, string.Join("\n", again.Messages));
        Assert.Empty(again.Written);
        Assert.Equal(bytes, File.ReadAllBytes(Path.Combine(Output, "functions.json")));

        // A severity changes: only the index is written (the manifests are the same).
        var changed = EmitAssembly(_temp.Combine("obj3"), Source(Entries("LG0005=warning", ("TargetFramework", "net10.0"))));
        var third = ManifestExporter.Export(changed, Output);
        Assert.Equal(new[] { Path.Combine(Output, "functions.json") }, third.Written);
        Assert.Contains("\"Severities\":{\"LG0005\":\"warning\"}", Index());

        // The project setting changes: again only the index.
        var retargeted = EmitAssembly(_temp.Combine("obj4"), Source(Entries("LG0005=warning", ("TargetFramework", "net8.0"))));
        var fourth = ManifestExporter.Export(retargeted, Output);
        Assert.Equal(new[] { Path.Combine(Output, "functions.json") }, fourth.Written);
        Assert.EndsWith(",\"Project\":{\"TargetFramework\":\"net8.0\"}}", Index());
    }

    [Fact]
    public void An_assembly_without_the_new_entries_gives_the_index_it_always_did()
    {
        var assembly = EmitAssembly(_temp.Combine("obj"), Zip("a-fn"));
        Assert.True(ManifestExporter.Export(assembly, Output).Success);
        Assert.Equal("{\"Functions\":[{\"FunctionName\":\"a-fn\",\"Manifest\":\"a-fn.json\",\"Handler\":\"Functions::Functions.Handlers::a_fn\",\"PackageType\":\"Zip\"}]}", Index());
    }

    [Fact]
    public void A_severity_entry_for_a_function_without_a_manifest_is_an_error_naming_it()
    {
        var entries = TestAssembly.Entries(new[] { Zip("a-fn") }).Append(("LambdaGen.Severity:ghost", "LG0005=warning"));
        var assembly = EmitAssembly(_temp.Combine("obj"), Source(entries));
        var result = ManifestExporter.Export(assembly, Output);
        Assert.False(result.Success);
        Assert.Contains("function 'ghost'", Assert.Single(result.Errors).Text);
    }
}
