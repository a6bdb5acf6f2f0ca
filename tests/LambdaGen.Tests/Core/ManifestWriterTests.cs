using System.Text.Json;
using LambdaGen.Core.Manifest;
using LambdaGen.Core.Model;

namespace LambdaGen.Tests.Core;

public class ManifestWriterTests
{
    private static Setting<T> S<T>(T value) => new(value, ValueOrigin.Method);
    private static Setting<EquatableArray<string?>> L(params string?[] items) => new(EquatableArray.From(items), ValueOrigin.Method);
    private static KeyValueEntry E(string key, string value, ValueOrigin origin = ValueOrigin.Method, int index = 0) => new(key, value, origin, index);

    [Fact]
    public void Keys_follow_the_CreateFunction_order_and_unset_fields_are_omitted()
    {
        var spec = new FunctionSpec
        {
            Tags = EquatableArray.From(E("team", "core")),
            LogGroup = S("/aws/lambda/x"),
            SnapStart = S("None"),
            Layers = L("arn:aws:lambda:us-east-1:123456789012:layer:a:1"),
            Environment = EquatableArray.From(E("B", "2"), E("A", "1", index: 1)),
            Architectures = L("arm64"),
            EphemeralStorage = S(1024),
            Timeout = S(30),
            MemorySize = S(512),
            Role = S("arn:aws:iam::123456789012:role/app"),
            Handler = S("App::App.F::H"),
            Runtime = S("dotnet10"),
            Description = S("d"),
            FunctionName = S("orders"),
            Publish = S(true),
            TracingMode = S("Active"),
            SubnetIds = L("subnet-1"),
            SecurityGroupIds = L("sg-1"),
            Ipv6AllowedForDualStack = S(false),
            DeadLetterTargetArn = S("arn:aws:sqs:us-east-1:123456789012:q"),
            KMSKeyArn = S(""),
            FileSystems = EquatableArray.From(new FileSystemEntry("arn:fs", "/mnt/a", ValueOrigin.Method, 0)),
            CodeSigningConfigArn = S("arn:csc"),
        };
        Assert.Equal(
            "{\"FunctionName\":\"orders\",\"Description\":\"d\",\"Runtime\":\"dotnet10\",\"Handler\":\"App::App.F::H\"," +
            "\"Role\":\"arn:aws:iam::123456789012:role/app\",\"MemorySize\":512,\"Timeout\":30,\"Architectures\":[\"arm64\"]," +
            "\"EphemeralStorage\":{\"Size\":1024},\"Publish\":true,\"Environment\":{\"Variables\":{\"A\":\"1\",\"B\":\"2\"}}," +
            "\"VpcConfig\":{\"SubnetIds\":[\"subnet-1\"],\"SecurityGroupIds\":[\"sg-1\"],\"Ipv6AllowedForDualStack\":false}," +
            "\"DeadLetterConfig\":{\"TargetArn\":\"arn:aws:sqs:us-east-1:123456789012:q\"},\"TracingConfig\":{\"Mode\":\"Active\"}," +
            "\"KMSKeyArn\":\"\",\"Layers\":[\"arn:aws:lambda:us-east-1:123456789012:layer:a:1\"]," +
            "\"FileSystemConfigs\":[{\"Arn\":\"arn:fs\",\"LocalMountPath\":\"/mnt/a\"}],\"CodeSigningConfigArn\":\"arn:csc\"," +
            "\"SnapStart\":{\"ApplyOn\":\"None\"},\"LoggingConfig\":{\"LogGroup\":\"/aws/lambda/x\"},\"Tags\":{\"team\":\"core\"}}",
            ManifestWriter.Write(spec));
    }

    [Fact]
    public void An_empty_spec_is_an_empty_object() => Assert.Equal("{}", ManifestWriter.Write(new FunctionSpec()));

    [Fact]
    public void An_image_function_omits_runtime_handler_and_layers()
    {
        var json = ManifestWriter.Write(new FunctionSpec
        {
            PackageType = S("Image"), Runtime = S("dotnet10"), Handler = S("h"), Layers = L("x"),
            ImageCommand = L("cmd"), ImageWorkingDirectory = S("/w"),
        });
        Assert.Equal("{\"PackageType\":\"Image\",\"ImageConfig\":{\"Command\":[\"cmd\"],\"WorkingDirectory\":\"/w\"}}", json);
    }

    [Fact]
    public void Strings_are_escaped_for_JSON_and_JavaScript_and_non_ASCII_stays_raw()
    {
        var value = "q\"b\\s/n\nr\rt\tb\bf\fnul\0esc\u001bdel\u007fls\u2028ps\u2029é😀";
        var json = ManifestWriter.Write(new FunctionSpec { Description = S(value) });
        Assert.Equal("{\"Description\":\"q\\\"b\\\\s/n\\nr\\rt\\tb\\bf\\fnul\\u0000esc\\u001bdel\u007fls\\u2028ps\\u2029é😀\"}", json);
        Assert.Equal(value, JsonDocument.Parse(json).RootElement.GetProperty("Description").GetString());
    }

    [Fact]
    public void Environment_and_tags_are_written_as_their_effective_maps_sorted_by_key()
    {
        var json = ManifestWriter.Write(new FunctionSpec
        {
            Environment = EquatableArray.From(E("Z", "assembly", ValueOrigin.Assembly), E("a", "x", ValueOrigin.Assembly, 1), E("Z", "method")),
            Tags = EquatableArray.From(E("b", "1"), E("B", "2", index: 1), E("b", "dup", index: 2)),
        });
        Assert.Equal("{\"Environment\":{\"Variables\":{\"Z\":\"method\",\"a\":\"x\"}},\"Tags\":{\"B\":\"2\",\"b\":\"1\"}}", json);
    }

    [Fact]
    public void Null_array_items_and_null_strings_are_written_as_JSON_null_or_omitted()
    {
        var json = ManifestWriter.Write(new FunctionSpec { Architectures = L(null, "arm64"), FunctionName = new Setting<string>(null!, ValueOrigin.Method) });
        Assert.Equal("{\"Architectures\":[null,\"arm64\"]}", json);
    }

    [Fact]
    public void The_output_is_the_same_in_every_culture()
    {
        var spec = new FunctionSpec { MemorySize = S(-1), Timeout = S(1000000) };
        var previous = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("fa-IR");
            Assert.Equal("{\"MemorySize\":-1,\"Timeout\":1000000}", ManifestWriter.Write(spec));
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void JsonWriter_can_escape_non_ASCII()
    {
        var writer = new JsonWriter(escapeNonAscii: true).BeginArray().Value("é😀\u007f").Value(1).Value(true).Value((string?)null).EndArray();
        Assert.Equal("[\"\\u00e9\\ud83d\\ude00\\u007f\",1,true,null]", writer.ToString());
    }
}

public class EnvironmentSizeTests
{
    private static IReadOnlyList<KeyValuePair<string, string>> Map(params (string Key, string Value)[] pairs) =>
        pairs.Select(p => new KeyValuePair<string, string>(p.Key, p.Value)).ToList();

    [Fact]
    public void Size_is_the_UTF8_length_of_the_compact_JSON_map()
    {
        Assert.Equal(0, LambdaGen.Core.Rules.SpecValidator.EnvironmentJsonBytes(Map()));
        Assert.Equal("{\"AB\":\"c\"}".Length, LambdaGen.Core.Rules.SpecValidator.EnvironmentJsonBytes(Map(("AB", "c"))));
        Assert.Equal("{\"AB\":\"c\",\"CD\":\"\"}".Length, LambdaGen.Core.Rules.SpecValidator.EnvironmentJsonBytes(Map(("AB", "c"), ("CD", ""))));
        // é = 2 bytes, € = 3, 😀 = 4; a quote is escaped to 2 bytes, a newline to 2, a NUL to 6.
        Assert.Equal(10 + 2 + 3 + 4, LambdaGen.Core.Rules.SpecValidator.EnvironmentJsonBytes(Map(("BIG", "é€😀"))));
        Assert.Equal(10 + 2 + 2 + 6, LambdaGen.Core.Rules.SpecValidator.EnvironmentJsonBytes(Map(("BIG", "\"\n\0"))));
    }
}
