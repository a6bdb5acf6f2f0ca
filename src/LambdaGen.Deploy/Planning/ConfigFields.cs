using System.Text.Json.Nodes;

namespace LambdaGen.Deploy.Planning;

/// <summary>Which call changes a setting on an existing function.</summary>
internal enum FieldChannel
{
    /// <summary>UpdateFunctionConfiguration.</summary>
    Configuration,
    /// <summary>UpdateFunctionCode (Architectures travel with the code).</summary>
    Code,
}

/// <summary>
/// One setting the deploy manages after creation: how to read it from GetFunctionConfiguration,
/// and the service default (by function name). The default does two jobs: it fills in what the
/// deployed configuration leaves out, and it is what the setting is reset to when the manifest no
/// longer declares it. Null: no default, never reset (Role, Runtime, Handler).
/// </summary>
internal sealed record ConfigField(
    string Name,
    FieldChannel Channel,
    Func<string, JsonNode?>? ServiceDefault,
    Func<JsonObject, JsonNode?> ReadDeployed,
    bool ImageOnly = false);

/// <summary>
/// The settings table (data, in one place): every CreateFunction field that can change later.
/// Fields not listed here are create-only (FunctionName, PackageType, Code), handled elsewhere
/// (Tags: ListTags/TagResource; Publish: PublishVersion; CodeSigningConfigArn: its own calls, see
/// <see cref="CodeSigningPlan"/>).
/// </summary>
internal static class ConfigFields
{
    public static readonly IReadOnlyList<ConfigField> All = new[]
    {
        Scalar("Description", _ => ""),
        Scalar("Runtime", null),
        Scalar("Handler", null),
        Scalar("Role", null),
        Scalar("MemorySize", _ => 128),
        Scalar("Timeout", _ => 3),
        new ConfigField("Environment", FieldChannel.Configuration,
            _ => new JsonObject { ["Variables"] = new JsonObject() },
            c => c["Environment"] is JsonObject e ? new JsonObject { ["Variables"] = e["Variables"]?.DeepClone() ?? new JsonObject() } : null),
        new ConfigField("VpcConfig", FieldChannel.Configuration,
            _ => new JsonObject { ["SubnetIds"] = new JsonArray(), ["SecurityGroupIds"] = new JsonArray(), ["Ipv6AllowedForDualStack"] = false },
            c => c["VpcConfig"]?.DeepClone()),
        new ConfigField("DeadLetterConfig", FieldChannel.Configuration,
            _ => new JsonObject { ["TargetArn"] = "" },
            c => c["DeadLetterConfig"]?.DeepClone()),
        new ConfigField("TracingConfig", FieldChannel.Configuration,
            _ => new JsonObject { ["Mode"] = "PassThrough" },
            c => c["TracingConfig"]?.DeepClone()),
        Scalar("KMSKeyArn", _ => ""),
        new ConfigField("Layers", FieldChannel.Configuration,
            _ => new JsonArray(),
            // GetFunctionConfiguration reports layers as {"Arn","CodeSize",…}; the request has ARNs.
            c => c["Layers"] is JsonArray layers
                ? new JsonArray(layers.Select(l => (JsonNode?)JsonValue.Create(l is JsonObject o ? o["Arn"]?.GetValue<string>() : l?.GetValue<string>())).ToArray())
                : null),
        new ConfigField("FileSystemConfigs", FieldChannel.Configuration,
            _ => new JsonArray(),
            c => c["FileSystemConfigs"]?.DeepClone()),
        new ConfigField("ImageConfig", FieldChannel.Configuration,
            _ => new JsonObject { ["EntryPoint"] = new JsonArray(), ["Command"] = new JsonArray(), ["WorkingDirectory"] = "" },
            c => c["ImageConfigResponse"]?["ImageConfig"]?.DeepClone(),
            ImageOnly: true),
        new ConfigField("EphemeralStorage", FieldChannel.Configuration,
            _ => new JsonObject { ["Size"] = 512 },
            c => c["EphemeralStorage"]?.DeepClone()),
        new ConfigField("SnapStart", FieldChannel.Configuration,
            _ => new JsonObject { ["ApplyOn"] = "None" },
            c => c["SnapStart"]?.DeepClone()),
        new ConfigField("LoggingConfig", FieldChannel.Configuration,
            name => new JsonObject { ["LogFormat"] = "Text", ["LogGroup"] = "/aws/lambda/" + name },
            c => c["LoggingConfig"]?.DeepClone()),
        new ConfigField("Architectures", FieldChannel.Code,
            _ => new JsonArray("x86_64"),
            c => c["Architectures"]?.DeepClone()),
    };

    /// <summary>How each path compares (see <see cref="CompareAs"/>).</summary>
    public static CompareAs ModeOf(string path) => path switch
    {
        "Environment.Variables" => CompareAs.Map,
        "VpcConfig.SubnetIds" or "VpcConfig.SecurityGroupIds" or "FileSystemConfigs" => CompareAs.Set,
        _ => CompareAs.Declared,
    };

    private static ConfigField Scalar(string name, Func<string, JsonNode?>? serviceDefault) =>
        new(name, FieldChannel.Configuration, serviceDefault, c => c[name]?.DeepClone());
}
