using System.Text;
using static LambdaGen.Build.Tests.TestAssembly;

namespace LambdaGen.Build.Tests;

/// <summary>The other operations' manifests (<c>LambdaGen.Operation:&lt;function&gt;|&lt;operation&gt;[|&lt;alias&gt;]</c>).</summary>
public sealed class OperationManifestTests : IDisposable
{
    private readonly TempDirectory _temp = new();
    private string Output => _temp.Combine("bin", "lambda");

    public void Dispose() => _temp.Dispose();

    private const string Url = "{\"FunctionName\":\"orders\",\"AuthType\":\"NONE\",\"Qualifier\":\"live\"}";
    private const string Concurrency = "{\"FunctionName\":\"orders\",\"ReservedConcurrentExecutions\":50}";
    private const string AliasLive = "{\"FunctionName\":\"orders\",\"Name\":\"live\",\"Description\":\"traffic\"}";
    private const string AliasBeta = "{\"FunctionName\":\"orders\",\"Name\":\"beta\"}";
    private const string ProvisionedLive = "{\"FunctionName\":\"orders\",\"Qualifier\":\"live\",\"ProvisionedConcurrentExecutions\":5}";
    private const string Async = "{\"FunctionName\":\"orders\",\"MaximumRetryAttempts\":1}";

    private static IEnumerable<(string, string)> All() => Entries(new[] { Zip("orders") }).Concat(new[]
    {
        ("LambdaGen.Operation:orders|PutFunctionEventInvokeConfig", Async),
        ("LambdaGen.Operation:orders|CreateFunctionUrlConfig", Url),
        ("LambdaGen.Operation:orders|CreateAlias|live", AliasLive),
        ("LambdaGen.Operation:orders|PutProvisionedConcurrencyConfig|live", ProvisionedLive),
        ("LambdaGen.Operation:orders|CreateAlias|beta", AliasBeta),
        ("LambdaGen.Operation:orders|PutFunctionConcurrency", Concurrency),
    });

    private string Read(string file) => File.ReadAllText(Path.Combine(Output, file), Encoding.UTF8);

    private static void AssertSuccess(ExportResult result) =>
        Assert.True(result.Success, "Expected success, got:\n" + string.Join("\n", result.Messages));

    [Fact]
    public void Each_operation_gets_its_file_named_by_its_suffix_and_the_index_lists_them_in_deploy_order()
    {
        var assembly = EmitAssembly(_temp.Combine("obj"), Source(All()));

        var result = ManifestExporter.Export(assembly, Output);

        AssertSuccess(result);
        Assert.Equal(Url, Read("orders.url.json"));
        Assert.Equal(Concurrency, Read("orders.concurrency.json"));
        Assert.Equal(AliasLive, Read("orders.alias.live.json"));
        Assert.Equal(AliasBeta, Read("orders.alias.beta.json"));
        Assert.Equal(ProvisionedLive, Read("orders.provisioned.live.json"));
        Assert.Equal(Async, Read("orders.async.json"));
        Assert.Equal(
            "{\"Functions\":[{\"FunctionName\":\"orders\",\"Manifest\":\"orders.json\",\"Handler\":\"Functions::Functions.Handlers::orders\",\"PackageType\":\"Zip\"," +
            "\"Operations\":[" +
            "{\"Operation\":\"PutFunctionConcurrency\",\"Manifest\":\"orders.concurrency.json\"}," +
            "{\"Operation\":\"CreateAlias\",\"Alias\":\"beta\",\"Manifest\":\"orders.alias.beta.json\"}," +
            "{\"Operation\":\"CreateAlias\",\"Alias\":\"live\",\"Manifest\":\"orders.alias.live.json\"}," +
            "{\"Operation\":\"PutProvisionedConcurrencyConfig\",\"Alias\":\"live\",\"Manifest\":\"orders.provisioned.live.json\"}," +
            "{\"Operation\":\"CreateFunctionUrlConfig\",\"Manifest\":\"orders.url.json\"}," +
            "{\"Operation\":\"PutFunctionEventInvokeConfig\",\"Manifest\":\"orders.async.json\"}]}]}",
            Read("functions.json"));
        Assert.Equal(8, result.Files.Count);
        Assert.Equal(Path.Combine(Output, "functions.json"), result.Files[^1]);
    }

    [Fact]
    public void A_second_export_writes_nothing_and_the_index_is_byte_stable_whatever_the_entry_order()
    {
        AssertSuccess(ManifestExporter.Export(EmitAssembly(_temp.Combine("obj"), Source(All())), Output));
        var index = Read("functions.json");

        var again = ManifestExporter.Export(EmitAssembly(_temp.Combine("obj2"), Source(All().Reverse())), Output);

        AssertSuccess(again);
        Assert.Empty(again.Written);
        Assert.Equal(8, again.Unchanged.Count);
        Assert.Equal(index, Read("functions.json"));
    }

    [Fact]
    public void A_removed_operation_deletes_its_file_but_never_a_file_the_index_did_not_list()
    {
        AssertSuccess(ManifestExporter.Export(EmitAssembly(_temp.Combine("obj"), Source(All())), Output));
        File.WriteAllText(Path.Combine(Output, "orders.notes.json"), "{}");

        var fewer = All().Where(e => !e.Item1.EndsWith("|live", StringComparison.Ordinal) && !e.Item1.EndsWith("|CreateFunctionUrlConfig", StringComparison.Ordinal));
        var result = ManifestExporter.Export(EmitAssembly(_temp.Combine("obj2"), Source(fewer)), Output);

        AssertSuccess(result);
        Assert.Equal(new[] { "orders.alias.live.json", "orders.provisioned.live.json", "orders.url.json" },
            result.Deleted.Select(Path.GetFileName).OrderBy(f => f, StringComparer.Ordinal));
        Assert.True(File.Exists(Path.Combine(Output, "orders.notes.json")));
        Assert.DoesNotContain("live", Read("functions.json"));
    }

    [Fact]
    public void Removing_every_handler_deletes_the_operation_files_too()
    {
        AssertSuccess(ManifestExporter.Export(EmitAssembly(_temp.Combine("obj"), Source(All())), Output));

        var result = ManifestExporter.Export(EmitAssembly(_temp.Combine("obj2"), Source(Array.Empty<(string, string)>())), Output);

        AssertSuccess(result);
        Assert.Equal(8, result.Deleted.Count);
        Assert.False(Directory.Exists(Output));
    }

    [Theory]
    [InlineData("Live", "live")]
    [InlineData("LIVE", "live")]
    public void Aliases_equal_ignoring_case_get_distinct_files(string first, string second)
    {
        var entries = Entries(new[] { Zip("orders") }).Concat(new[]
        {
            ("LambdaGen.Operation:orders|CreateAlias|" + first, "{\"FunctionName\":\"orders\",\"Name\":\"" + first + "\"}"),
            ("LambdaGen.Operation:orders|CreateAlias|" + second, "{\"FunctionName\":\"orders\",\"Name\":\"" + second + "\"}"),
        });

        var result = ManifestExporter.Export(EmitAssembly(_temp.Combine("obj"), Source(entries)), Output);

        AssertSuccess(result);
        var files = Assert.Single(result.Functions).Operations.Select(o => o.ManifestFile).ToList();
        Assert.Equal(2, files.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.All(files, f => Assert.Matches(@"^orders\.alias\.(live|Live|LIVE)-[0-9a-f]{8}\.json$", f));
    }

    [Fact]
    public void An_alias_with_characters_a_file_name_cannot_hold_is_sanitised()
    {
        Assert.Equal("live", ManifestExporter.AliasFilePart("live", new[] { "live" }));
        Assert.Matches(@"^a_b-[0-9a-f]{8}$", ManifestExporter.AliasFilePart("a/b", new[] { "a/b" }));
        Assert.NotEqual(ManifestExporter.AliasFilePart("a/b", new[] { "a/b" }), ManifestExporter.AliasFilePart("a_b", new[] { "a_b", "a/b" }));
    }

    [Theory]
    [InlineData("LambdaGen.Operation:orders|CreateFunctionUrlConfig", "{\"FunctionName\":\"other\",\"AuthType\":\"NONE\"}", "holds a manifest whose FunctionName is not 'orders'")]
    [InlineData("LambdaGen.Operation:orders|CreateFunctionUrlConfig", "[1]", "is not a JSON object.")]
    [InlineData("LambdaGen.Operation:orders|CreateFunctionUrlConfig", "{", "is not valid JSON")]
    [InlineData("LambdaGen.Operation:orders|CreateFunctionUrlConfig", " ", "has an empty manifest.")]
    [InlineData("LambdaGen.Operation:orders|DeleteFunction", "{\"FunctionName\":\"orders\"}", "names the operation 'DeleteFunction', which this LambdaGen build task does not know")]
    [InlineData("LambdaGen.Operation:orders|CreateAlias", "{\"FunctionName\":\"orders\",\"Name\":\"live\"}", "has no alias; CreateAlias is written once per [LambdaAlias]")]
    [InlineData("LambdaGen.Operation:orders|CreateFunctionUrlConfig|live", "{\"FunctionName\":\"orders\"}", "names an alias, but CreateFunctionUrlConfig is not per alias.")]
    [InlineData("LambdaGen.Operation:orders|CreateAlias|live", "{\"FunctionName\":\"orders\",\"Name\":\"beta\"}", "is for alias 'live' but its manifest's Name is not 'live'")]
    [InlineData("LambdaGen.Operation:orders|PutProvisionedConcurrencyConfig|live", "{\"FunctionName\":\"orders\",\"ProvisionedConcurrentExecutions\":1}", "is for alias 'live' but its manifest's Qualifier is not 'live'")]
    [InlineData("LambdaGen.Operation:ghost|CreateFunctionUrlConfig", "{\"FunctionName\":\"ghost\"}", "is for function 'ghost', which has no 'LambdaGen.ManifestClass:ghost' entry")]
    [InlineData("LambdaGen.Operation:orders", "{\"FunctionName\":\"orders\"}", "is not of the form 'LambdaGen.Operation:<FunctionName>|<OperationName>[|<alias>]'")]
    public void A_bad_entry_is_an_error_naming_the_assembly_and_the_entry_and_nothing_is_written(string key, string value, string expected)
    {
        var assembly = EmitAssembly(_temp.Combine("obj"), Source(Entries(new[] { Zip("orders") }).Append((key, value))));

        var result = ManifestExporter.Export(assembly, Output);

        Assert.False(result.Success);
        var error = Assert.Single(result.Errors);
        Assert.Equal($"'{assembly}': the AssemblyMetadata entry '{key}' " + error.Text.Substring(error.Text.IndexOf("' ", assembly.Length + 40, StringComparison.Ordinal) + 2), error.Text);
        Assert.Contains(expected, error.Text);
        Assert.Equal(assembly, error.File);
        Assert.False(Directory.Exists(Output));
    }
}
