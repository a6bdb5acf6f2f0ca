using System.Text;
using static LambdaGen.Build.Tests.TestAssembly;

namespace LambdaGen.Build.Tests;

public sealed class ManifestExporterTests : IDisposable
{
    private readonly TempDirectory _temp = new();
    private string Output => _temp.Combine("bin", "lambda");

    public void Dispose() => _temp.Dispose();

    private static void AssertSuccess(ExportResult result) =>
        Assert.True(result.Success, "Expected success, got:\n" + string.Join("\n", result.Messages));

    private static BuildMessage SingleError(ExportResult result)
    {
        Assert.False(result.Success);
        return Assert.Single(result.Errors);
    }

    private string Read(string file) => File.ReadAllText(Path.Combine(Output, file), Encoding.UTF8);

    [Fact]
    public void Writes_one_manifest_per_handler_exactly_as_embedded_and_the_index_sorted_by_name()
    {
        var orders = Zip("orders-create", memory: 1024);
        var image = new Function("reports", ImageManifestFor("reports"));
        var alpha = Zip("alpha");
        var assembly = EmitAssembly(_temp.Combine("obj"), orders, image, alpha);

        var result = ManifestExporter.Export(assembly, Output);

        AssertSuccess(result);
        Assert.Equal(orders.Manifest, Read("orders-create.json"));
        Assert.Equal(image.Manifest, Read("reports.json"));
        Assert.Equal(alpha.Manifest, Read("alpha.json"));
        Assert.Equal(
            "{\"Functions\":[" +
            "{\"FunctionName\":\"alpha\",\"Manifest\":\"alpha.json\",\"Handler\":\"Functions::Functions.Handlers::alpha\",\"PackageType\":\"Zip\"}," +
            "{\"FunctionName\":\"orders-create\",\"Manifest\":\"orders-create.json\",\"Handler\":\"Functions::Functions.Handlers::orders_create\",\"PackageType\":\"Zip\"}," +
            "{\"FunctionName\":\"reports\",\"Manifest\":\"reports.json\",\"PackageType\":\"Image\"}]}",
            Read("functions.json"));
        Assert.Equal(new[] { "alpha.json", "functions.json", "orders-create.json", "reports.json" },
            Directory.GetFiles(Output).Select(Path.GetFileName).OrderBy(f => f, StringComparer.Ordinal));
        Assert.Equal(4, result.Files.Count);
        Assert.Equal(Path.Combine(Output, "functions.json"), result.Files[^1]);
        Assert.Equal(4, result.Written.Count);
    }

    [Fact]
    public void Files_are_utf8_without_bom_and_keep_non_ascii_text_exactly()
    {
        var manifest = "{\"FunctionName\":\"greeter\",\"Description\":\"Grüße 👋 \\u2028 line\"}";
        var assembly = EmitAssembly(_temp.Combine("obj"), new Function("greeter", manifest));

        AssertSuccess(ManifestExporter.Export(assembly, Output));

        var bytes = File.ReadAllBytes(Path.Combine(Output, "greeter.json"));
        Assert.Equal(new UTF8Encoding(false).GetBytes(manifest), bytes);
        Assert.NotEqual(0xEF, bytes[0]);
        Assert.NotEqual(0xEF, File.ReadAllBytes(Path.Combine(Output, "functions.json"))[0]);
    }

    [Theory]
    [InlineData("arn:aws:lambda:eu-west-1:123456789012:function:orders-get", "orders-get")]
    [InlineData("123456789012:function:orders-get", "orders-get")]
    [InlineData("arn:aws:lambda:eu-west-1:123456789012:function:orders-get:live", "orders-get")]
    public void Arn_form_function_name_writes_the_manifest_under_the_plain_name(string name, string plain)
    {
        var assembly = EmitAssembly(_temp.Combine("obj"), Zip(name));

        var result = ManifestExporter.Export(assembly, Output);

        AssertSuccess(result);
        Assert.True(File.Exists(Path.Combine(Output, plain + ".json")));
        var function = Assert.Single(result.Functions);
        Assert.Equal(name, function.FunctionName);
        Assert.Contains("\"FunctionName\":\"" + name + "\",\"Manifest\":\"" + plain + ".json\"", Read("functions.json"));
    }

    [Fact]
    public void Manifests_of_removed_handlers_are_deleted_but_files_LambdaGen_did_not_write_are_kept()
    {
        var obj = _temp.Combine("obj");
        AssertSuccess(ManifestExporter.Export(EmitAssembly(obj, Zip("keep"), Zip("remove-me")), Output));
        File.WriteAllText(Path.Combine(Output, "notes.json"), "{\"mine\":true}");
        File.WriteAllText(Path.Combine(Output, "README.txt"), "user file");

        var result = ManifestExporter.Export(EmitAssembly(obj, Zip("keep")), Output);

        AssertSuccess(result);
        Assert.False(File.Exists(Path.Combine(Output, "remove-me.json")));
        Assert.Equal(new[] { Path.Combine(Output, "remove-me.json") }, result.Deleted);
        Assert.True(File.Exists(Path.Combine(Output, "keep.json")));
        Assert.True(File.Exists(Path.Combine(Output, "notes.json")));
        Assert.True(File.Exists(Path.Combine(Output, "README.txt")));
        Assert.DoesNotContain("remove-me", Read("functions.json"));
    }

    [Fact]
    public void A_previous_index_that_is_not_LambdaGens_deletes_nothing()
    {
        Directory.CreateDirectory(Output);
        File.WriteAllText(Path.Combine(Output, "functions.json"), "this is not json");
        File.WriteAllText(Path.Combine(Output, "other.json"), "{}");

        var result = ManifestExporter.Export(EmitAssembly(_temp.Combine("obj"), Zip("one")), Output);

        AssertSuccess(result);
        Assert.Empty(result.Deleted);
        Assert.True(File.Exists(Path.Combine(Output, "other.json")));
    }

    [Fact]
    public void A_previous_index_cannot_make_LambdaGen_delete_outside_its_folder()
    {
        var outside = _temp.Combine("bin", "precious.json");
        Directory.CreateDirectory(Output);
        File.WriteAllText(outside, "{}");
        File.WriteAllText(Path.Combine(Output, "functions.json"),
            "{\"Functions\":[{\"FunctionName\":\"x\",\"Manifest\":\"../precious.json\"},{\"FunctionName\":\"y\",\"Manifest\":\"" + outside.Replace("\\", "\\\\") + "\"}]}");

        var result = ManifestExporter.Export(EmitAssembly(_temp.Combine("obj"), Zip("one")), Output);

        AssertSuccess(result);
        Assert.True(File.Exists(outside));
        Assert.Empty(result.Deleted);
    }

    [Fact]
    public void Unchanged_content_is_not_rewritten_so_timestamps_stay_stable()
    {
        var obj = _temp.Combine("obj");
        AssertSuccess(ManifestExporter.Export(EmitAssembly(obj, Zip("a"), Zip("b")), Output));
        var old = new DateTime(2020, 1, 2, 3, 4, 5, DateTimeKind.Utc);
        foreach (var file in Directory.GetFiles(Output))
        {
            File.SetLastWriteTimeUtc(file, old);
        }

        var again = ManifestExporter.Export(EmitAssembly(obj, Zip("a"), Zip("b")), Output);

        AssertSuccess(again);
        Assert.Empty(again.Written);
        Assert.Equal(3, again.Unchanged.Count);
        Assert.All(Directory.GetFiles(Output), file => Assert.Equal(old, File.GetLastWriteTimeUtc(file)));

        // One handler changes: only its manifest is rewritten (the index content is the same).
        var changed = ManifestExporter.Export(EmitAssembly(obj, Zip("a", memory: 2048), Zip("b")), Output);

        AssertSuccess(changed);
        Assert.Equal(new[] { Path.Combine(Output, "a.json") }, changed.Written);
        Assert.NotEqual(old, File.GetLastWriteTimeUtc(Path.Combine(Output, "a.json")));
        Assert.Equal(old, File.GetLastWriteTimeUtc(Path.Combine(Output, "b.json")));
        Assert.Equal(old, File.GetLastWriteTimeUtc(Path.Combine(Output, "functions.json")));
    }

    [Fact]
    public void Two_handlers_with_one_plain_name_are_an_error_that_names_both_and_nothing_is_written()
    {
        var assembly = EmitAssembly(_temp.Combine("obj"), Zip("orders"), Zip("arn:aws:lambda:eu-west-1:123456789012:function:orders"));

        var result = ManifestExporter.Export(assembly, Output);

        var error = SingleError(result);
        Assert.Equal(BuildCodes.DuplicateFunction, error.Code);
        Assert.Equal(assembly, error.File);
        Assert.Contains("'orders'", error.Text);
        Assert.Contains("'arn:aws:lambda:eu-west-1:123456789012:function:orders'", error.Text);
        Assert.Contains(assembly, error.Text);
        Assert.Contains("LG0002", error.Text);
        Assert.False(Directory.Exists(Output));
    }

    [Fact]
    public void Names_that_differ_only_in_case_collide_as_files_and_are_an_error()
    {
        var result = ManifestExporter.Export(EmitAssembly(_temp.Combine("obj"), Zip("Orders"), Zip("orders")), Output);

        var error = SingleError(result);
        Assert.Equal(BuildCodes.DuplicateFunction, error.Code);
        Assert.Contains("'Orders'", error.Text);
        Assert.Contains("'orders'", error.Text);
    }

    [Fact]
    public void The_same_key_twice_with_different_manifests_is_a_duplicate_error()
    {
        var source = Source(new[] { ("LambdaGen.Manifest:twice", ManifestFor("twice", memory: 128)), ("LambdaGen.Manifest:twice", ManifestFor("twice", memory: 256)) });
        var assembly = EmitAssembly(_temp.Combine("obj"), source.Replace("namespace Functions", "[assembly: global::System.Reflection.AssemblyMetadata(\"unrelated\", \"x\")]\nnamespace Functions"));

        var error = SingleError(ManifestExporter.Export(assembly, Output));

        Assert.Equal(BuildCodes.DuplicateFunction, error.Code);
        Assert.Contains("'twice'", error.Text);
    }

    [Fact]
    public void An_assembly_without_LambdaGen_entries_writes_no_files()
    {
        var source = "[assembly: System.Reflection.AssemblyMetadata(\"RepositoryUrl\", \"https://example.com\")]\n[assembly: System.Reflection.AssemblyTitle(\"x\")]\nclass C { }";
        var fileList = _temp.Combine("obj", "list.txt");

        var result = ManifestExporter.Export(EmitAssembly(_temp.Combine("obj"), source), Output, fileList);

        AssertSuccess(result);
        Assert.Empty(result.Functions);
        Assert.Empty(result.Files);
        Assert.False(Directory.Exists(Output));
        Assert.Equal("", File.ReadAllText(fileList));
    }

    [Fact]
    public void When_the_last_handler_is_removed_the_earlier_manifests_and_index_are_removed()
    {
        var obj = _temp.Combine("obj");
        AssertSuccess(ManifestExporter.Export(EmitAssembly(obj, Zip("gone")), Output));

        var result = ManifestExporter.Export(EmitAssembly(obj, "class C { }"), Output);

        AssertSuccess(result);
        Assert.Equal(2, result.Deleted.Count);
        Assert.False(Directory.Exists(Output));
    }

    [Theory]
    [InlineData("not an assembly at all")]
    [InlineData("")]
    [InlineData("MZ\u0090\0\u0003\0\0\0garbage")]
    public void A_corrupt_assembly_is_a_clear_error_naming_the_file_never_an_exception(string content)
    {
        var path = _temp.Combine("obj", "Corrupt.dll");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content, Encoding.Latin1);

        var error = SingleError(ManifestExporter.Export(path, Output));

        Assert.Equal(BuildCodes.AssemblyUnreadable, error.Code);
        Assert.Equal(path, error.File);
        Assert.StartsWith($"Cannot read the Lambda manifests from '{path}': ", error.Text);
        Assert.False(Directory.Exists(Output));
    }

    [Fact]
    public void A_truncated_assembly_is_a_clear_error()
    {
        var good = EmitAssembly(_temp.Combine("obj"), Zip("a"));
        var bytes = File.ReadAllBytes(good);
        var path = _temp.Combine("obj", "Truncated.dll");
        File.WriteAllBytes(path, bytes.AsSpan(0, bytes.Length / 2).ToArray());

        var error = SingleError(ManifestExporter.Export(path, Output));

        Assert.Equal(BuildCodes.AssemblyUnreadable, error.Code);
        Assert.Contains(path, error.Text);
    }

    [Fact]
    public void A_native_or_missing_file_is_a_clear_error()
    {
        var missing = _temp.Combine("obj", "Missing.dll");
        var error = SingleError(ManifestExporter.Export(missing, Output));
        Assert.Equal(BuildCodes.AssemblyUnreadable, error.Code);
        Assert.Equal($"Cannot read the Lambda manifests from '{missing}': the file does not exist.", error.Text);

        var native = Path.Combine(Path.GetDirectoryName(typeof(object).Assembly.Location)!, OperatingSystem.IsWindows() ? "coreclr.dll" : OperatingSystem.IsMacOS() ? "libcoreclr.dylib" : "libcoreclr.so");
        if (File.Exists(native))
        {
            var nativeError = SingleError(ManifestExporter.Export(native, Output));
            Assert.Equal(BuildCodes.AssemblyUnreadable, nativeError.Code);
            Assert.Contains(native, nativeError.Text);
        }
    }

    [Fact]
    public void Empty_paths_are_errors_not_exceptions()
    {
        Assert.Equal(BuildCodes.AssemblyUnreadable, SingleError(ManifestExporter.Export("", Output)).Code);
        Assert.Equal(BuildCodes.OutputFailed, SingleError(ManifestExporter.Export(EmitAssembly(_temp.Combine("obj"), Zip("a")), " ")).Code);
    }

    [Fact]
    public void A_manifest_that_is_not_valid_json_is_an_error_naming_the_function()
    {
        var assembly = EmitAssembly(_temp.Combine("obj"), new Function("bad-json", "{\"FunctionName\":\"bad-json\","));

        var error = SingleError(ManifestExporter.Export(assembly, Output));

        Assert.Equal(BuildCodes.InvalidEntry, error.Code);
        Assert.Contains("'bad-json'", error.Text);
        Assert.Contains("not valid JSON", error.Text);
    }

    [Fact]
    public void A_manifest_for_another_function_is_an_error()
    {
        var assembly = EmitAssembly(_temp.Combine("obj"), new Function("one", ManifestFor("two")));

        var error = SingleError(ManifestExporter.Export(assembly, Output));

        Assert.Equal(BuildCodes.InvalidEntry, error.Code);
        Assert.Contains("'one'", error.Text);
        Assert.Contains("'two'", error.Text);
    }

    /// <summary>The handler entries an older generator wrote beside the manifest are unknown keys now: the manifest's own
    /// Handler and PackageType are what the index lists.</summary>
    [Fact]
    public void An_older_generators_handler_and_package_type_entries_do_not_override_the_manifest()
    {
        var source = Source(new[]
        {
            ("LambdaGen.Manifest:orders", ManifestFor("orders", handler: "A::B::FromManifest")),
            ("LambdaGen.Handler:orders", "A::B::FromEntry"),
            ("LambdaGen.PackageType:orders", "Image"),
        });

        var result = ManifestExporter.Export(EmitAssembly(_temp.Combine("obj"), source), Output);

        AssertSuccess(result);
        Assert.Equal("{\"Functions\":[{\"FunctionName\":\"orders\",\"Manifest\":\"orders.json\",\"Handler\":\"A::B::FromManifest\",\"PackageType\":\"Zip\"}]}", Read("functions.json"));
    }

    [Theory]
    [InlineData("LambdaGenTest.Missing+M0", "")]
    [InlineData("LambdaGenTest.Manifests+M0", "namespace LambdaGenTest { public static class Manifests { public static class M0 { public const int ManifestJson = 1; } } }")]
    public void A_manifest_entry_naming_a_class_without_the_string_constant_is_an_error(string className, string declaration)
    {
        var source = "[assembly: global::System.Reflection.AssemblyMetadata(\"LambdaGen.ManifestClass:orders\", " + Literal(className) + ")]\n" + declaration;

        var error = SingleError(ManifestExporter.Export(EmitAssembly(_temp.Combine("obj"), source), Output));

        Assert.Equal(BuildCodes.InvalidEntry, error.Code);
        Assert.Contains($"the entry 'LambdaGen.ManifestClass:orders' names the class '{className}' for its manifest, which has no string constant ManifestJson", error.Text);
        Assert.False(Directory.Exists(Output));
    }

    [Fact]
    public void A_severity_entry_without_a_manifest_is_an_error()
    {
        var assembly = EmitAssembly(_temp.Combine("obj"), Source(new[] { ("LambdaGen.Severity:orphan", "LG0005=warning") }));

        var error = SingleError(ManifestExporter.Export(assembly, Output));

        Assert.Equal(BuildCodes.InvalidEntry, error.Code);
        Assert.Contains("'orphan'", error.Text);
        Assert.Contains("LambdaGen.ManifestClass:orphan", error.Text);
    }

    [Fact]
    public void A_function_named_functions_would_overwrite_the_index_and_is_an_error()
    {
        var error = SingleError(ManifestExporter.Export(EmitAssembly(_temp.Combine("obj"), Zip("Functions")), Output));

        Assert.Equal(BuildCodes.InvalidEntry, error.Code);
        Assert.Contains("functions.json", error.Text);
    }

    [Fact]
    public void A_name_unusable_as_a_file_name_is_an_error()
    {
        var error = SingleError(ManifestExporter.Export(EmitAssembly(_temp.Combine("obj"), Zip("../escape")), Output));

        Assert.Equal(BuildCodes.InvalidEntry, error.Code);
        Assert.Contains("'../escape'", error.Text);
        Assert.False(Directory.Exists(Output));
    }

    [Fact]
    public void Missing_package_type_defaults_to_Zip_and_unknown_LambdaGen_keys_are_ignored()
    {
        var source = Source(new[]
        {
            ("LambdaGen.Manifest:plain", ManifestFor("plain", handler: null)),
            ("LambdaGen.FutureFeature:plain", "whatever"),
            ("NotLambdaGen.Manifest:other", "{}"),
        });

        var result = ManifestExporter.Export(EmitAssembly(_temp.Combine("obj"), source), Output);

        AssertSuccess(result);
        var function = Assert.Single(result.Functions);
        Assert.Equal("Zip", function.PackageType);
        Assert.Null(function.Handler);
        Assert.Equal("{\"Functions\":[{\"FunctionName\":\"plain\",\"Manifest\":\"plain.json\",\"PackageType\":\"Zip\"}]}", Read("functions.json"));
    }

    [Fact]
    public void The_file_list_names_every_file_and_is_rewritten_on_every_run()
    {
        var obj = _temp.Combine("obj");
        var fileList = Path.Combine(obj, "LambdaGen.manifests.txt");
        var assembly = EmitAssembly(obj, Zip("a"), Zip("b"));

        AssertSuccess(ManifestExporter.Export(assembly, Output, fileList));
        var lines = File.ReadAllLines(fileList);
        Assert.Equal(new[] { Path.Combine(Output, "a.json"), Path.Combine(Output, "b.json"), Path.Combine(Output, "functions.json") }, lines);

        var old = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(fileList, old);
        AssertSuccess(ManifestExporter.Export(assembly, Output, fileList));
        Assert.NotEqual(old, File.GetLastWriteTimeUtc(fileList));
    }

    [Fact]
    public void An_unwritable_output_location_is_an_error_not_an_exception()
    {
        var blocker = _temp.Combine("bin");
        File.WriteAllText(blocker, "a file where the folder should be");

        var error = SingleError(ManifestExporter.Export(EmitAssembly(_temp.Combine("obj"), Zip("a")), Path.Combine(blocker, "lambda")));

        Assert.Equal(BuildCodes.OutputFailed, error.Code);
        Assert.Contains(Path.Combine(blocker, "lambda"), error.Text);
    }

    [Fact]
    public void The_assembly_file_is_not_locked_after_reading()
    {
        var assembly = EmitAssembly(_temp.Combine("obj"), Zip("a"));

        AssertSuccess(ManifestExporter.Export(assembly, Output));

        using (File.Open(assembly, FileMode.Open, FileAccess.ReadWrite, FileShare.None))
        {
        }
        File.Delete(assembly);
    }
}
