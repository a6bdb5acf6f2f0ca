using System.Collections;
using System.Globalization;
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
    public static IEnumerable<object[]> Cases() => TestCases.NamesData().Append(new object[] { "SpecialCharacters" }).Append(new object[] { "FractionalRatio" });

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

    /// <summary>A fractional GiB-per-vCPU ratio (the model allows any double from 2.0 to 8.0), a double default from
    /// [assembly: LambdaDefaults] written as an integer literal, and every other new member on one function.</summary>
    internal const string FractionalRatioSource = """
        using LambdaGen;

        [assembly: LambdaDefaults(ExecutionEnvironmentMemoryGiBPerVCpu = 2, PerExecutionEnvironmentMaxConcurrency = 1600)]

        namespace Contoso.Orders
        {
            /// <summary>T.</summary>
            public class T
            {
                [LambdaFunction(FunctionName = "fractional", Role = "arn:aws:iam::123456789012:role/r", MemorySize = 2048,
                    CapacityProviderArn = "arn:aws:lambda:eu-central-1:123456789012:capacity-provider:p", ExecutionEnvironmentMemoryGiBPerVCpu = 2.5,
                    PublishTo = LambdaPublishTo.LatestPublished)]
                public string M(string input) => input;

                [LambdaFunction(FunctionName = "defaults", Role = "arn:aws:iam::123456789012:role/r", MemorySize = 2048,
                    CapacityProviderArn = "arn:aws:lambda:eu-central-1:123456789012:capacity-provider:p")]
                public string D(string input) => input;
            }
        }
        """;

    internal static GeneratorInput Input(string name) => name switch
    {
        "SpecialCharacters" => GeneratorInput.Of(SpecialCharactersSource, awsSdk: true),
        "FractionalRatio" => GeneratorInput.Of(FractionalRatioSource, awsSdk: true),
        _ => TestCases.Get(name, awsSdk: true),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void CreateFunctionRequest_EqualsManifest(string name) => AssertRequestsEqualManifests(name);

    /// <summary>Every other operation a handler declares has its builder, and the request it builds equals the operation's
    /// manifest (the <c>LambdaGen.Operation:</c> metadata): <c>PutFunctionConcurrencyRequest()</c>,
    /// <c>CreateFunctionUrlConfigRequest()</c>, <c>PutFunctionEventInvokeConfigRequest()</c> on the function's class, and per
    /// alias <c>Aliases.&lt;Alias&gt;.CreateAliasRequest(functionVersion)</c> (the manifest plus that FunctionVersion) and
    /// <c>PutProvisionedConcurrencyConfigRequest()</c>.</summary>
    [Fact]
    public void OperationRequests_EqualTheirManifests()
    {
        var result = GeneratorHarness.Run(Input("Storefront"));
        var manifests = result.OperationManifests;
        Assert.Equal(9, manifests.Count);

        using var stream = new MemoryStream();
        var emit = result.Output.Emit(stream);
        Assert.True(emit.Success, string.Join("\n", emit.Diagnostics));
        stream.Position = 0;
        var context = new TestLoadContext();
        try
        {
            var assembly = context.LoadFromStream(stream);
            var classes = assembly.GetTypes().Where(t => t.DeclaringType?.Name == "LambdaFunctions").ToList();
            var checkedKeys = new List<string>();
            foreach (var type in classes)
            {
                var functionName = (string)type.GetField("FunctionName")!.GetValue(null)!;
                foreach (var (key, manifest) in manifests.Where(m => m.Key.Split('|')[0] == functionName))
                {
                    var parts = key.Split('|');
                    var operation = parts[1];
                    var expected = JsonNode.Parse(manifest)!.AsObject();
                    object request;
                    if (parts.Length == 3)
                    {
                        var aliasClass = type.GetNestedType("Aliases")!.GetNestedTypes()
                            .Single(t => (string?)t.GetField("AliasName")?.GetValue(null) == parts[2]);
                        if (operation == "CreateAlias")
                        {
                            request = aliasClass.GetMethod("CreateAliasRequest")!.Invoke(null, new object[] { "7" })!;
                            expected["FunctionVersion"] = "7";
                        }
                        else
                        {
                            request = aliasClass.GetMethod(operation + "Request")!.Invoke(null, null)!;
                        }
                    }
                    else
                    {
                        request = type.GetMethod(operation + "Request", Type.EmptyTypes)!.Invoke(null, null)!;
                    }
                    Assert.Equal("Amazon.Lambda.Model." + operation + "Request", request.GetType().FullName);
                    JsonCompare.AssertEqual(expected, RequestToJson(request), $"{key}: the typed request vs its manifest");
                    checkedKeys.Add(key);
                }
            }
            Assert.Equal(manifests.Keys.OrderBy(k => k, StringComparer.Ordinal), checkedKeys.OrderBy(k => k, StringComparer.Ordinal));

            // The typed values themselves: ConstantClass instances, nullable value types, collections.
            var api = classes.Single(c => c.Name == "StorefrontApi");
            var url = (CreateFunctionUrlConfigRequest)api.GetMethod("CreateFunctionUrlConfigRequest")!.Invoke(null, null)!;
            Assert.Same(Amazon.Lambda.FunctionUrlAuthType.AWS_IAM, url.AuthType);
            Assert.Same(Amazon.Lambda.InvokeMode.RESPONSE_STREAM, url.InvokeMode);
            Assert.Equal(300, url.Cors.MaxAge);
            Assert.Equal(new[] { "GET", "POST" }, url.Cors.AllowMethods);
            var asyncConfig = (PutFunctionEventInvokeConfigRequest)api.GetMethod("PutFunctionEventInvokeConfigRequest")!.Invoke(null, null)!;
            Assert.Equal("arn:aws:sns:us-east-1:123456789012:storefront-failed", asyncConfig.DestinationConfig.OnFailure.Destination);
            Assert.Null(asyncConfig.Qualifier);
            var webhook = classes.Single(c => c.Name == "StorefrontWebhook");
            var webhookUrl = (CreateFunctionUrlConfigRequest)webhook.GetMethod("CreateFunctionUrlConfigRequest")!.Invoke(null, null)!;
            Assert.Null(webhookUrl.Cors);
            Assert.Null(webhookUrl.Qualifier);
            var reserved = (PutFunctionConcurrencyRequest)webhook.GetMethod("PutFunctionConcurrencyRequest")!.Invoke(null, null)!;
            Assert.Equal(20, reserved.ReservedConcurrentExecutions);
            var retries = (PutFunctionEventInvokeConfigRequest)webhook.GetMethod("PutFunctionEventInvokeConfigRequest")!.Invoke(null, null)!;
            Assert.Equal(0, retries.MaximumRetryAttempts);
            Assert.Null(retries.MaximumEventAgeInSeconds);
            Assert.Null(retries.DestinationConfig);
            Assert.Null(webhook.GetNestedType("Aliases"));
        }
        finally
        {
            context.Unload();
        }
    }

    /// <summary>German writes 2.5 as "2,5": neither the generated C# (<c>2.5d</c>), the manifest nor the request may depend
    /// on the culture the compiler runs in.</summary>
    [Fact]
    public void CreateFunctionRequest_EqualsManifest_UnderACommaDecimalCulture()
    {
        var saved = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("de-DE");
            // The culture must really write a comma here (ICU present), or this test proves nothing.
            Assert.Equal("2,5", 2.5.ToString(CultureInfo.CurrentCulture));
            var requests = AssertRequestsEqualManifests("FractionalRatio");
            Assert.Equal(2.5, requests["fractional"].CapacityProviderConfig.LambdaManagedInstancesCapacityProviderConfig.ExecutionEnvironmentMemoryGiBPerVCpu);
            Assert.Equal(2.0, requests["defaults"].CapacityProviderConfig.LambdaManagedInstancesCapacityProviderConfig.ExecutionEnvironmentMemoryGiBPerVCpu);
            var generated = GeneratorHarness.Run(Input("FractionalRatio")).Sources.Values.Single();
            Assert.Contains("ExecutionEnvironmentMemoryGiBPerVCpu = 2.5d,", generated);
            Assert.Contains("\\\"ExecutionEnvironmentMemoryGiBPerVCpu\\\":2.5}", generated);
            Assert.Contains("ExecutionEnvironmentMemoryGiBPerVCpu = 2d,", generated);
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = saved;
        }
    }

    /// <summary>Compiles and loads the generated code, and checks each function's request against its manifest; returns the
    /// requests by function name.</summary>
    private static Dictionary<string, CreateFunctionRequest> AssertRequestsEqualManifests(string name)
    {
        var requests = new Dictionary<string, CreateFunctionRequest>(StringComparer.Ordinal);
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
                var managed = expected["CapacityProviderConfig"]?["LambdaManagedInstancesCapacityProviderConfig"];
                var actualManaged = request.CapacityProviderConfig?.LambdaManagedInstancesCapacityProviderConfig;
                Assert.Equal(managed is null, request.CapacityProviderConfig is null);
                Assert.Equal((string?)managed?["CapacityProviderArn"], actualManaged?.CapacityProviderArn);
                Assert.Equal((int?)managed?["PerExecutionEnvironmentMaxConcurrency"], actualManaged?.PerExecutionEnvironmentMaxConcurrency);
                Assert.Equal((double?)managed?["ExecutionEnvironmentMemoryGiBPerVCpu"], actualManaged?.ExecutionEnvironmentMemoryGiBPerVCpu);
                Assert.Equal((int?)expected["DurableConfig"]?["ExecutionTimeout"], request.DurableConfig?.ExecutionTimeout);
                Assert.Equal((int?)expected["DurableConfig"]?["RetentionPeriodInDays"], request.DurableConfig?.RetentionPeriodInDays);
                Assert.Equal((string?)expected["DurableConfig"]?["KMSKeyArn"], request.DurableConfig?.KMSKeyArn);
                Assert.Equal((string?)expected["TenancyConfig"]?["TenantIsolationMode"], request.TenancyConfig?.TenantIsolationMode?.Value);
                Assert.Equal((string?)expected["PublishTo"], request.PublishTo?.Value);
                requests.Add(request.FunctionName, request);
            }
        }
        finally
        {
            context.Unload();
        }
        return requests;
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
            case double d:
                return JsonValue.Create(d);
            case ConstantClass constant:
                return JsonValue.Create(constant.Value);
            case IDictionary dictionary:
            {
                var obj = new JsonObject();
                foreach (DictionaryEntry entry in dictionary)
                {
                    obj[(string)entry.Key] = RequestToJson(entry.Value);
                }

                return obj;
            }
            case IEnumerable list:
            {
                var array = new JsonArray();
                foreach (var item in list)
                {
                    array.Add(RequestToJson(item));
                }

                return array;
            }
        }

        var type = value.GetType();
        Assert.True(type.Namespace == "Amazon.Lambda.Model", $"Unexpected value of type {type.FullName} in a request.");
        var result = new JsonObject();
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.DeclaringType?.Namespace != "Amazon.Lambda.Model" || property.GetIndexParameters().Length > 0)
            {
                continue;
            }

            if (property.Name is "Code" or "StreamTransferProgress")
            {
                continue;
            }

            if (property.PropertyType == typeof(bool) && property.Name.StartsWith("Is", StringComparison.Ordinal) && property.Name.EndsWith("Set", StringComparison.Ordinal))
            {
                continue;
            }

            var propertyValue = property.GetValue(value);
            if (propertyValue is not null)
            {
                result[property.Name] = RequestToJson(propertyValue);
            }
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
