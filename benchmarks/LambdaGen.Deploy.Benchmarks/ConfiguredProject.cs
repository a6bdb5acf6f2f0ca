using System.Reflection;
using System.Reflection.Emit;
using System.Text.Json.Nodes;
using LambdaGen.Build;
using LambdaGen.ControlPlane;

namespace LambdaGen.Deploy.Benchmarks;

/// <summary>
/// The configured variant's project: N functions, each with <c>Publish = true</c>, reserved concurrency, two aliases
/// (<c>live</c> with provisioned concurrency, <c>canary</c>), a function URL on <c>live</c> and an asynchronous invocation
/// config. Its lambda/ folder is written the way a build writes it: an assembly carries the generator's metadata
/// (each function's manifest in a class the <c>LambdaGen.ManifestClass:</c> entry names, and one
/// <c>LambdaGen.Operation:&lt;function&gt;|&lt;operation&gt;[|&lt;alias&gt;]</c> per configuration, as [assembly: AssemblyMetadata]),
/// and the build task's exporter (<see cref="ManifestExporter"/>) writes the manifests from it. So the deploy sees
/// exactly the files a build of such a project gives it, whatever the exporter writes for the operations.
/// </summary>
internal static class ConfiguredProject
{
    private const string Role = "arn:aws:iam::123456789012:role/lambda-role";

    /// <summary>Reserved per function: 20 × 20 = 400 of the plane's 1,000, leaving well over the 100 that must stay unreserved.</summary>
    public const int ReservedConcurrency = 20;

    /// <summary>What every function declares, for <see cref="Check"/>.</summary>
    public sealed record Declared(int MemorySize, int ProvisionedConcurrency);

    public static void Write(string manifests, string publish, int functions, Declared declared, int codeVersion)
    {
        string assembly = Path.Combine(Path.GetDirectoryName(manifests)!, "obj", $"BenchApp.v{codeVersion}.{declared.ProvisionedConcurrency}.dll");
        Directory.CreateDirectory(Path.GetDirectoryName(assembly)!);
        EmitAssembly(assembly, Metadata(functions, declared));
        ExportResult result = ManifestExporter.Export(assembly, manifests);
        if (!result.Success || result.Functions.Count != functions)
        {
            throw new InvalidOperationException("The build task's exporter did not write the configured project's manifests:\n"
                + string.Join("\n", result.Messages.Select(m => m.ToString())));
        }
        DeployBenchmark.WriteCode(publish, codeVersion);
    }

    /// <summary>The generator's metadata for N configured functions.</summary>
    public static IEnumerable<(string Key, string Value)> Metadata(int functions, Declared declared)
    {
        for (int i = 0; i < functions; i++)
        {
            string name = DeployBenchmark.FunctionName(i);
            string handler = $"App::App.Functions::Handler{i:00}";
            var function = new JsonObject
            {
                ["FunctionName"] = name,
                ["Runtime"] = "dotnet8",
                ["Handler"] = handler,
                ["Role"] = Role,
                ["MemorySize"] = declared.MemorySize,
                ["Timeout"] = 30,
                ["Publish"] = true,
                ["Environment"] = new JsonObject { ["Variables"] = new JsonObject { ["STAGE"] = "bench" } },
                ["Tags"] = new JsonObject { ["team"] = "bench" },
            };
            yield return ("LambdaGen.Manifest:" + name, function.ToJsonString());

            // The operations' inputs as ManifestWriter.Write(spec, operation) gives them (aws lambda <op> --cli-input-json).
            string Operation(string operation, string? alias = null) => "LambdaGen.Operation:" + name + "|" + operation + (alias is null ? "" : "|" + alias);
            yield return (Operation("PutFunctionConcurrency"), new JsonObject { ["FunctionName"] = name, ["ReservedConcurrentExecutions"] = ReservedConcurrency }.ToJsonString());
            yield return (Operation("CreateAlias", "live"), new JsonObject { ["FunctionName"] = name, ["Name"] = "live", ["Description"] = "production traffic" }.ToJsonString());
            yield return (Operation("CreateAlias", "canary"), new JsonObject { ["FunctionName"] = name, ["Name"] = "canary", ["Description"] = "canary" }.ToJsonString());
            yield return (Operation("PutProvisionedConcurrencyConfig", "live"),
                new JsonObject { ["FunctionName"] = name, ["Qualifier"] = "live", ["ProvisionedConcurrentExecutions"] = declared.ProvisionedConcurrency }.ToJsonString());
            yield return (Operation("CreateFunctionUrlConfig"), new JsonObject
            {
                ["FunctionName"] = name,
                ["Qualifier"] = "live",
                ["AuthType"] = "AWS_IAM",
                ["Cors"] = new JsonObject
                {
                    ["AllowCredentials"] = true,
                    ["AllowHeaders"] = new JsonArray("content-type"),
                    ["AllowMethods"] = new JsonArray("GET", "POST"),
                    ["AllowOrigins"] = new JsonArray("https://shop.example.com"),
                    ["ExposeHeaders"] = new JsonArray("x-request-id"),
                    ["MaxAge"] = 300,
                },
                ["InvokeMode"] = "BUFFERED",
            }.ToJsonString());
            yield return (Operation("PutFunctionEventInvokeConfig"), new JsonObject
            {
                ["FunctionName"] = name,
                ["MaximumRetryAttempts"] = 1,
                ["MaximumEventAgeInSeconds"] = 3600,
                ["DestinationConfig"] = new JsonObject
                {
                    ["OnSuccess"] = new JsonObject { ["Destination"] = "arn:aws:sqs:us-east-1:123456789012:bench-done" },
                    ["OnFailure"] = new JsonObject { ["Destination"] = "arn:aws:sns:us-east-1:123456789012:bench-failed" },
                },
            }.ToJsonString());
        }
    }

    /// <summary>An assembly with <c>[assembly: AssemblyMetadata(key, value)]</c> entries (PersistedAssemblyBuilder); a
    /// <c>LambdaGen.Manifest:&lt;name&gt;</c> entry becomes what the generator writes: a class whose ManifestJson constant is the
    /// manifest, and a <c>LambdaGen.ManifestClass:&lt;name&gt;</c> entry naming it.</summary>
    private static void EmitAssembly(string path, IEnumerable<(string Key, string Value)> entries)
    {
        const string manifestKey = "LambdaGen.Manifest:";
        var builder = new PersistedAssemblyBuilder(new AssemblyName("BenchApp"), typeof(object).Assembly);
        ModuleBuilder module = builder.DefineDynamicModule("BenchApp");
        ConstructorInfo metadata = typeof(AssemblyMetadataAttribute).GetConstructor([typeof(string), typeof(string)])!;
        int classes = 0;
        foreach ((string key, string value) in entries)
        {
            if (!key.StartsWith(manifestKey, StringComparison.Ordinal))
            {
                builder.SetCustomAttribute(new CustomAttributeBuilder(metadata, [key, value]));
                continue;
            }

            string className = $"BenchApp.Manifest{classes++}";
            TypeBuilder type = module.DefineType(className, TypeAttributes.Public | TypeAttributes.Abstract | TypeAttributes.Sealed);
            type.DefineField(ManifestExporter.ManifestJsonConstant, typeof(string), FieldAttributes.Public | FieldAttributes.Static | FieldAttributes.Literal)
                .SetConstant(value);
            type.CreateType();
            builder.SetCustomAttribute(new CustomAttributeBuilder(metadata, [ManifestExporter.ManifestClassKeyPrefix + key[manifestKey.Length..], className]));
        }
        builder.Save(path);
    }

    /// <summary>
    /// How many functions the plane holds exactly as declared: two aliases on the newest version, provisioned concurrency on
    /// live (READY), reserved concurrency, the URL on live and the async config. A deploy that does not apply the operations
    /// yet leaves this at 0; the timings then cover CreateFunction/UpdateFunction* and PublishVersion only.
    /// </summary>
    public static int Check(LambdaControlPlane plane, int functions, Declared declared)
    {
        int ok = 0;
        for (int i = 0; i < functions; i++)
        {
            string name = DeployBenchmark.FunctionName(i);
            FunctionResourcesState? resources = plane.ResourcesOf(name);
            if (resources is null || !plane.Functions.TryGetValue(name, out FunctionState? function))
            {
                continue;
            }
            string newest = function.Versions.Select(v => v.Version).Where(v => v.All(char.IsAsciiDigit)).MaxBy(int.Parse) ?? "$LATEST";
            bool aliases = resources.Aliases.Count == 2 && resources.Aliases.All(a => a.FunctionVersion == newest)
                && resources.Aliases.Select(a => a.Name).Order(StringComparer.Ordinal).SequenceEqual(["canary", "live"]);
            bool provisioned = resources.ProvisionedConcurrency.TryGetValue("live", out ProvisionedConcurrencyState? pc)
                && pc.Requested == declared.ProvisionedConcurrency && pc.Status == "READY";
            if (aliases && provisioned && resources.ReservedConcurrency == ReservedConcurrency
                && resources.FunctionUrlConfigs.ContainsKey("live") && resources.EventInvokeConfigs.ContainsKey("$LATEST"))
            {
                ok++;
            }
        }
        return ok;
    }
}
