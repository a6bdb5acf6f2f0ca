using System.Linq;
using LambdaGen.Core.Model;

namespace LambdaGen.Analyzers.Generation;

/// <summary>
/// Writes <c>CreateFunctionRequest(code)</c> and <c>CreateFunctionAsync(lambda, code)</c> against the
/// AWSSDK.Lambda v4 surface: nullable value types, collections that start null, ConstantClass values built
/// with <c>FindValue</c> (an older SDK may lack a static member), and fully qualified names (the
/// <c>Environment</c> and <c>Runtime</c> names clash with System and Amazon.Runtime).
/// </summary>
internal static class TypedCallEmitter
{
    private const string Model = "global::Amazon.Lambda.Model.";
    private const string Enums = "global::Amazon.Lambda.";
    private const string StringList = "global::System.Collections.Generic.List<string>";
    private const string StringMap = "global::System.Collections.Generic.Dictionary<string, string>";

    public static void Write(SourceWriter w, FunctionSpec spec)
    {
        w.Line();
        w.Line("/// <summary>A CreateFunction request with every configured setting filled in.</summary>");
        w.Open($"public static {Model}CreateFunctionRequest CreateFunctionRequest({Model}FunctionCode code)");
        w.Open($"return new {Model}CreateFunctionRequest");
        w.Line("FunctionName = FunctionName,");
        w.Line("Code = code,");
        Str(w, "Description", spec.Description);
        if (!spec.IsImage)
        {
            Constant(w, "Runtime", "Runtime", spec.Runtime);
            Str(w, "Handler", spec.Handler);
        }
        Str(w, "Role", spec.Role);
        Int(w, "MemorySize", spec.MemorySize);
        Int(w, "Timeout", spec.Timeout);
        List(w, "Architectures", spec.Architectures);
        if (spec.EphemeralStorage is { } storage)
            w.Line($"EphemeralStorage = new {Model}EphemeralStorage {{ Size = {storage.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)} }},");
        Constant(w, "PackageType", "PackageType", spec.PackageType);
        if (spec.Publish is { } publish)
            w.Line($"Publish = {(publish.Value ? "true" : "false")},");

        var environment = KeyValues.Effective(spec.Environment);
        if (environment.Count > 0)
            w.Line($"Environment = new {Model}Environment {{ Variables = {Map(environment)} }},");

        if (spec.SubnetIds is not null || spec.SecurityGroupIds is not null || spec.Ipv6AllowedForDualStack is not null)
        {
            w.Open($"VpcConfig = new {Model}VpcConfig");
            List(w, "SubnetIds", spec.SubnetIds);
            List(w, "SecurityGroupIds", spec.SecurityGroupIds);
            if (spec.Ipv6AllowedForDualStack is { } ipv6)
                w.Line($"Ipv6AllowedForDualStack = {(ipv6.Value ? "true" : "false")},");
            w.Close(",");
        }
        if (spec.DeadLetterTargetArn is { } dlq)
            w.Line($"DeadLetterConfig = new {Model}DeadLetterConfig {{ TargetArn = {Emitter.Literal(dlq.Value ?? "")} }},");
        if (spec.TracingMode is { } tracing)
            w.Line($"TracingConfig = new {Model}TracingConfig {{ Mode = {Enums}TracingMode.FindValue({Emitter.Literal(tracing.Value ?? "")}) }},");
        Str(w, "KMSKeyArn", spec.KMSKeyArn);
        if (!spec.IsImage)
            List(w, "Layers", spec.Layers);
        if (spec.FileSystems.Count > 0)
        {
            var items = spec.FileSystems.Select(fs =>
                $"new {Model}FileSystemConfig {{ Arn = {Emitter.Literal(fs.Arn ?? "")}, LocalMountPath = {Emitter.Literal(fs.LocalMountPath ?? "")} }}");
            w.Line($"FileSystemConfigs = new global::System.Collections.Generic.List<{Model}FileSystemConfig> {{ {string.Join(", ", items)} }},");
        }
        if (spec.ImageEntryPoint is not null || spec.ImageCommand is not null || spec.ImageWorkingDirectory is not null)
        {
            w.Open($"ImageConfig = new {Model}ImageConfig");
            List(w, "EntryPoint", spec.ImageEntryPoint);
            List(w, "Command", spec.ImageCommand);
            Str(w, "WorkingDirectory", spec.ImageWorkingDirectory);
            w.Close(",");
        }
        Str(w, "CodeSigningConfigArn", spec.CodeSigningConfigArn);
        if (spec.SnapStart is { } snapStart)
            w.Line($"SnapStart = new {Model}SnapStart {{ ApplyOn = {Enums}SnapStartApplyOn.FindValue({Emitter.Literal(snapStart.Value ?? "")}) }},");
        if (spec.LogFormat is not null || spec.ApplicationLogLevel is not null || spec.SystemLogLevel is not null || spec.LogGroup is not null)
        {
            w.Open($"LoggingConfig = new {Model}LoggingConfig");
            Constant(w, "LogFormat", "LogFormat", spec.LogFormat);
            Constant(w, "ApplicationLogLevel", "ApplicationLogLevel", spec.ApplicationLogLevel);
            Constant(w, "SystemLogLevel", "SystemLogLevel", spec.SystemLogLevel);
            Str(w, "LogGroup", spec.LogGroup);
            w.Close(",");
        }
        var tags = KeyValues.Effective(spec.Tags);
        if (tags.Count > 0)
            w.Line($"Tags = {Map(tags)},");
        w.Close(";");
        w.Close();

        w.Line();
        w.Line("/// <summary>Creates the function with <paramref name=\"lambda\"/>, using <see cref=\"CreateFunctionRequest\"/>.</summary>");
        w.Line($"public static global::System.Threading.Tasks.Task<{Model}CreateFunctionResponse> CreateFunctionAsync(global::Amazon.Lambda.IAmazonLambda lambda, {Model}FunctionCode code, global::System.Threading.CancellationToken cancellationToken = default)");
        w.Line("    => lambda.CreateFunctionAsync(CreateFunctionRequest(code), cancellationToken);");
    }

    private static void Str(SourceWriter w, string property, Setting<string>? setting)
    {
        if (setting?.Value is { } value)
            w.Line($"{property} = {Emitter.Literal(value)},");
    }

    private static void Int(SourceWriter w, string property, Setting<int>? setting)
    {
        if (setting is { } s)
            w.Line($"{property} = {s.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)},");
    }

    private static void Constant(SourceWriter w, string property, string type, Setting<string>? setting)
    {
        if (setting?.Value is { } value)
            w.Line($"{property} = {Enums}{type}.FindValue({Emitter.Literal(value)}),");
    }

    private static void List(SourceWriter w, string property, Setting<EquatableArray<string?>>? setting)
    {
        if (setting is { } s)
            w.Line($"{property} = new {StringList} {{ {string.Join(", ", Emitter.Items(s.Value))} }},");
    }

    private static string Map(System.Collections.Generic.IReadOnlyList<System.Collections.Generic.KeyValuePair<string, string>> pairs) =>
        $"new {StringMap} {{ {string.Join(", ", pairs.Select(p => $"[{Emitter.Literal(p.Key)}] = {Emitter.Literal(p.Value)}"))} }}";
}
