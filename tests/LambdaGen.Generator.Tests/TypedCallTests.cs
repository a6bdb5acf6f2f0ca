using System.Collections;
using System.Reflection;
using System.Runtime.Loader;
using System.Text.Json.Nodes;
using Amazon.Lambda.Model;
using Amazon.Runtime;
using LambdaGen.Generator.Tests.Harness;
using Microsoft.CodeAnalysis;

namespace LambdaGen.Generator.Tests;

/// <summary>
/// Compiles the generated code against the stand-in AWSSDK.Lambda, loads it, calls
/// <c>LambdaFunctions.X.CreateFunctionRequest(new FunctionCode())</c> and checks that every property of the request
/// equals the manifest: the request is walked by reflection into the manifest's JSON shape and compared as values.
/// </summary>
public sealed class TypedCallTests
{
    public static IEnumerable<object[]> Cases() => TestCases.NamesData().Append(new object[] { "SpecialCharacters" });

    internal const string SpecialCharactersSource = """
        using LambdaGen;
        namespace Contoso.Orders
        {
            /// <summary>T.</summary>
            public class T
            {
                [LambdaFunction(FunctionName = "special", Description = "line\u2028sep\u2029para \"q\" back\\slash 🚀 nul\u0000 é",
                    Role = "arn:aws:iam::123456789012:role/r", Timeout = 900, MemorySize = 10240, Publish = false, Ipv6AllowedForDualStack = false)]
                [LambdaEnvironment("EMOJI", "🚀\u2028")]
                [LambdaTag("quote\"key", "back\\value")]
                public string M(string input) => input;
            }
        }
        """;

    internal static GeneratorInput Input(string name) =>
        name == "SpecialCharacters" ? GeneratorInput.Of(SpecialCharactersSource, awsSdk: true) : TestCases.Get(name, awsSdk: true);

    [Theory]
    [MemberData(nameof(Cases))]
    public void CreateFunctionRequest_EqualsManifest(string name)
    {
        var result = GeneratorHarness.Run(Input(name));
        var manifests = result.Manifests;
        Assert.NotEmpty(manifests);

        using var stream = new MemoryStream();
        var emit = result.Output.Emit(stream);
        Assert.True(emit.Success, string.Join("\n", emit.Diagnostics));
        stream.Position = 0;

        var context = new TestLoadContext();
        try
        {
            var assembly = context.LoadFromStream(stream);
            var classes = assembly.GetTypes().Where(t => t.DeclaringType?.Name == "LambdaFunctions").ToList();
            Assert.Equal(manifests.Keys.OrderBy(k => k, StringComparer.Ordinal), classes.Select(c => "LambdaFunctions." + c.Name).OrderBy(k => k, StringComparer.Ordinal));
            foreach (var type in classes)
            {
                var code = new FunctionCode();
                var method = type.GetMethod("CreateFunctionRequest", BindingFlags.Public | BindingFlags.Static)!;
                var request = (CreateFunctionRequest)method.Invoke(null, new object[] { code })!;
                Assert.Same(code, request.Code);
                var expected = JsonNode.Parse(manifests["LambdaFunctions." + type.Name]);
                JsonCompare.AssertEqual(expected, RequestToJson(request), $"{name}: LambdaFunctions.{type.Name}.CreateFunctionRequest vs ManifestJson");

                // Spot-check the typed values directly, so a walker bug cannot hide a wrong ConstantClass.
                Assert.Equal(expected!["FunctionName"]!.GetValue<string>(), request.FunctionName);
                Assert.Equal((string?)expected["Runtime"], request.Runtime?.Value);
                Assert.Equal((string?)expected["PackageType"], request.PackageType?.Value);
                Assert.Equal((int?)expected["MemorySize"], request.MemorySize);
                Assert.Equal((bool?)expected["Publish"], request.Publish);
                Assert.Equal((string?)expected["TracingConfig"]?["Mode"], request.TracingConfig?.Mode?.Value);
                Assert.Equal((string?)expected["SnapStart"]?["ApplyOn"], request.SnapStart?.ApplyOn?.Value);
                Assert.Equal((string?)expected["LoggingConfig"]?["ApplicationLogLevel"], request.LoggingConfig?.ApplicationLogLevel?.Value);
            }
        }
        finally
        {
            context.Unload();
        }
    }

    /// <summary>The request as CreateFunction JSON: every non-null property declared by an Amazon.Lambda.Model shape
    /// (not Code, not the IsXxxSet flags, not client-side callbacks); ConstantClass values as their string.</summary>
    public static JsonNode? RequestToJson(object? value)
    {
        switch (value)
        {
            case null:
                return null;
            case string s:
                return JsonValue.Create(s);
            case bool b:
                return JsonValue.Create(b);
            case int i:
                return JsonValue.Create(i);
            case long l:
                return JsonValue.Create(l);
            case ConstantClass constant:
                return JsonValue.Create(constant.Value);
            case IDictionary dictionary:
            {
                var obj = new JsonObject();
                foreach (DictionaryEntry entry in dictionary)
                    obj[(string)entry.Key] = RequestToJson(entry.Value);
                return obj;
            }
            case IEnumerable list:
            {
                var array = new JsonArray();
                foreach (var item in list)
                    array.Add(RequestToJson(item));
                return array;
            }
        }

        var type = value.GetType();
        Assert.True(type.Namespace == "Amazon.Lambda.Model", $"Unexpected value of type {type.FullName} in a request.");
        var result = new JsonObject();
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.DeclaringType?.Namespace != "Amazon.Lambda.Model" || property.GetIndexParameters().Length > 0)
                continue;
            if (property.Name is "Code" or "StreamTransferProgress")
                continue;
            if (property.PropertyType == typeof(bool) && property.Name.StartsWith("Is", StringComparison.Ordinal) && property.Name.EndsWith("Set", StringComparison.Ordinal))
                continue;
            var propertyValue = property.GetValue(value);
            if (propertyValue is not null)
                result[property.Name] = RequestToJson(propertyValue);
        }
        return result;
    }

    /// <summary>A collectible context for the emitted assembly; AWSSDK and LambdaGen assemblies come from the test's output folder.</summary>
    private sealed class TestLoadContext() : AssemblyLoadContext("LambdaGen.GeneratedCode", isCollectible: true)
    {
        protected override Assembly? Load(AssemblyName name)
        {
            var path = Path.Combine(AppContext.BaseDirectory, name.Name + ".dll");
            return name.Name is "AWSSDK.Core" or "AWSSDK.Lambda" or "LambdaGen.Attributes" && File.Exists(path)
                ? Default.LoadFromAssemblyPath(path)
                : null;
        }
    }
}
