using System.Collections.Generic;
using LambdaGen.Core.Model;

namespace LambdaGen.Core.Manifest;

/// <summary>
/// Writes a spec as the exact JSON body of a CreateFunction request, without <c>Code</c> (the deploy adds it):
/// API field names, unset fields omitted, a fixed key order, maps sorted by key.
/// Values are written as given, even when a rule objects; the analyzer's error is what stops the build.
/// </summary>
public static class ManifestWriter
{
    public static string Write(FunctionSpec spec)
    {
        var w = new JsonWriter(escapeNonAscii: false);
        w.BeginObject();
        String(w, "FunctionName", spec.FunctionName);
        String(w, "Description", spec.Description);
        if (!spec.IsImage)
        {
            String(w, "Runtime", spec.Runtime);
            String(w, "Handler", spec.Handler);
        }
        String(w, "Role", spec.Role);
        Int(w, "MemorySize", spec.MemorySize);
        Int(w, "Timeout", spec.Timeout);
        List(w, "Architectures", spec.Architectures);
        if (spec.EphemeralStorage is { } storage)
            w.Name("EphemeralStorage").BeginObject().Property("Size", storage.Value).EndObject();
        String(w, "PackageType", spec.PackageType);
        if (spec.Publish is { } publish)
            w.Property("Publish", publish.Value);

        var environment = KeyValues.Effective(spec.Environment);
        if (environment.Count > 0)
        {
            w.Name("Environment").BeginObject().Name("Variables");
            Map(w, environment);
            w.EndObject();
        }

        if (spec.SubnetIds is not null || spec.SecurityGroupIds is not null || spec.Ipv6AllowedForDualStack is not null)
        {
            w.Name("VpcConfig").BeginObject();
            List(w, "SubnetIds", spec.SubnetIds);
            List(w, "SecurityGroupIds", spec.SecurityGroupIds);
            if (spec.Ipv6AllowedForDualStack is { } ipv6)
                w.Property("Ipv6AllowedForDualStack", ipv6.Value);
            w.EndObject();
        }

        if (spec.DeadLetterTargetArn is { } dlq)
            w.Name("DeadLetterConfig").BeginObject().Property("TargetArn", dlq.Value ?? "").EndObject();
        if (spec.TracingMode is { } tracing)
            w.Name("TracingConfig").BeginObject().Property("Mode", tracing.Value ?? "").EndObject();
        String(w, "KMSKeyArn", spec.KMSKeyArn);
        if (!spec.IsImage)
            List(w, "Layers", spec.Layers);

        if (spec.FileSystems.Count > 0)
        {
            w.Name("FileSystemConfigs").BeginArray();
            foreach (var fs in spec.FileSystems)
                w.BeginObject().Property("Arn", fs.Arn ?? "").Property("LocalMountPath", fs.LocalMountPath ?? "").EndObject();
            w.EndArray();
        }

        if (spec.ImageEntryPoint is not null || spec.ImageCommand is not null || spec.ImageWorkingDirectory is not null)
        {
            w.Name("ImageConfig").BeginObject();
            List(w, "EntryPoint", spec.ImageEntryPoint);
            List(w, "Command", spec.ImageCommand);
            String(w, "WorkingDirectory", spec.ImageWorkingDirectory);
            w.EndObject();
        }

        String(w, "CodeSigningConfigArn", spec.CodeSigningConfigArn);
        if (spec.SnapStart is { } snapStart)
            w.Name("SnapStart").BeginObject().Property("ApplyOn", snapStart.Value ?? "").EndObject();

        if (spec.LogFormat is not null || spec.ApplicationLogLevel is not null || spec.SystemLogLevel is not null || spec.LogGroup is not null)
        {
            w.Name("LoggingConfig").BeginObject();
            String(w, "LogFormat", spec.LogFormat);
            String(w, "ApplicationLogLevel", spec.ApplicationLogLevel);
            String(w, "SystemLogLevel", spec.SystemLogLevel);
            String(w, "LogGroup", spec.LogGroup);
            w.EndObject();
        }

        var tags = KeyValues.Effective(spec.Tags);
        if (tags.Count > 0)
        {
            w.Name("Tags");
            Map(w, tags);
        }

        w.EndObject();
        return w.ToString();
    }

    private static void String(JsonWriter w, string name, Setting<string>? setting)
    {
        if (setting is { } s && s.Value is not null)
            w.Property(name, s.Value);
    }

    private static void Int(JsonWriter w, string name, Setting<int>? setting)
    {
        if (setting is { } s)
            w.Property(name, s.Value);
    }

    private static void List(JsonWriter w, string name, Setting<EquatableArray<string?>>? setting)
    {
        if (setting is not { } s)
            return;
        w.Name(name).BeginArray();
        foreach (var item in s.Value)
            w.Value(item);
        w.EndArray();
    }

    private static void Map(JsonWriter w, IReadOnlyList<KeyValuePair<string, string>> pairs)
    {
        w.BeginObject();
        foreach (var pair in pairs)
            w.Property(pair.Key, pair.Value);
        w.EndObject();
    }
}
