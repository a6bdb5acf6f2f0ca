using System.Text;
using System.Text.Json.Nodes;

namespace LambdaGen.ControlPlane;

/// <summary>
/// Rules the service enforces beyond the model (runtime deprecation, package-type rules, layer and tag
/// counts, reserved/oversized environments, log levels, dead-letter targets, SnapStart). They run after
/// model validation and answer 400 InvalidParameterValueException with the first violation, as the service does.
/// Where the service's exact text was never captured the message is marked "approximate" below.
/// </summary>
internal static class ServiceRules
{
    private static readonly HashSet<string> ReservedEnvironmentKeys = new(StringComparer.Ordinal)
    {
        "_HANDLER", "_X_AMZN_TRACE_ID", "AWS_DEFAULT_REGION", "AWS_REGION", "AWS_EXECUTION_ENV",
        "AWS_LAMBDA_FUNCTION_NAME", "AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "AWS_LAMBDA_FUNCTION_VERSION",
        "AWS_LAMBDA_INITIALIZATION_TYPE", "AWS_LAMBDA_LOG_GROUP_NAME", "AWS_LAMBDA_LOG_STREAM_NAME",
        "AWS_ACCESS_KEY", "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN",
        "AWS_LAMBDA_RUNTIME_API", "LAMBDA_TASK_ROOT", "LAMBDA_RUNTIME_DIR",
    };

    public const int MaxEnvironmentJsonBytes = 4096;
    public const int MaxLayers = 5;
    public const int MaxTags = 50;
    public const int MaxZipBytes = 52428800;

    /// <summary>
    /// Checks a CreateFunction or UpdateFunctionConfiguration body (already model-valid) against the
    /// function it would produce. <paramref name="current"/> is null for CreateFunction.
    /// </summary>
    public static void CheckConfiguration(JsonObject req, FunctionRecord? current, string region)
    {
        var isCreate = current is null;
        var packageType = current?.PackageType ?? Json.Str(req, "PackageType") ?? "Zip";
        var runtime = Json.Str(req, "Runtime");

        if (runtime is not null)
        {
            if (isCreate ? RuntimeLifecycle.CreateBlocked(runtime) : RuntimeLifecycle.UpdateBlocked(runtime))
            {
                throw AwsServiceException.InvalidParameter(
                    $"The runtime parameter of {runtime} is no longer supported for creating or updating AWS Lambda functions. We recommend you use a supported runtime while creating or updating functions.");
            }
        }

        var layers = Json.StrList(req, "Layers");
        if (packageType == "Image")
        {
            if (runtime is not null || Json.Str(req, "Handler") is not null || layers is { Count: > 0 })
            {
                throw AwsServiceException.InvalidParameter(
                    "Please don't provide Handler or Runtime or Layer when the intended function PackageType is Image.");
            }
        }
        else if (isCreate && (runtime is null || Json.Str(req, "Handler") is null))
        {
            throw AwsServiceException.InvalidParameter(
                "Runtime and Handler are mandatory parameters for functions created with deployment packages.");
        }

        if (layers is not null)
        {
            CheckLayers(layers, region);
        }

        if (Json.Obj(req, "Environment") is { } env && Json.Map(env, "Variables") is { } vars)
        {
            CheckEnvironment(vars);
        }

        if (isCreate && Json.Map(req, "Tags") is { } tags)
        {
            CheckTags(tags, tags.Count);
        }

        CheckLogging(Json.Obj(req, "LoggingConfig"), current);

        if (Json.Obj(req, "DeadLetterConfig") is { } dlq)
        {
            CheckDeadLetter(Json.Str(dlq, "TargetArn") ?? "", isCreate);
        }

        if (current is not null && Json.Obj(req, "DurableConfig") is not null && current.DurableConfig is null)
        {
            // "You can only enable durable execution when creating a function. You cannot enable it on existing functions."
            // (Lambda DG, durable-configuration.html). Approximate: the service's rejection text was not captured.
            throw AwsServiceException.InvalidParameter(
                "Durable execution can only be enabled when the function is created. You cannot enable it on an existing function: DurableConfig is not supported for this function.");
        }

        if (current is not null && Json.Obj(req, "CapacityProviderConfig") is not null && current.CapacityProviderConfig is null)
        {
            // The capacity provider "needs to be specified during the first function deployment. It can't be added or removed
            // after the function resource has been created." (SAM CapacityProviderConfig). Approximate wording.
            throw AwsServiceException.InvalidParameter(
                "A capacity provider can only be set when the function is created. You cannot add CapacityProviderConfig to an existing function.");
        }

        if (Json.Obj(req, "SnapStart") is { } snap && Json.Str(snap, "ApplyOn") == "PublishedVersions")
        {
            var effectiveRuntime = runtime ?? current?.Runtime;
            if (packageType == "Image" || effectiveRuntime is null || !RuntimeLifecycle.SupportsSnapStart(effectiveRuntime))
            {
                // Approximate: the service's wording for this rejection was not captured.
                throw AwsServiceException.InvalidParameter(
                    $"{effectiveRuntime ?? packageType} is not supported for SnapStart enabled functions.");
            }
        }
    }

    public static void CheckLayers(IReadOnlyList<string> layers, string region)
    {
        if (layers.Count > MaxLayers)
        {
            throw AwsServiceException.InvalidParameter($"Cannot reference more than {MaxLayers} layers.");
        }

        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var arn in layers)
        {
            // arn:partition:lambda:region:account:layer:name:version
            var parts = arn.Split(':');
            if (parts.Length == 8)
            {
                if (parts[3] != region)
                {
                    // Approximate wording.
                    throw AwsServiceException.InvalidParameter(
                        $"Layers must be in the same region as the function. Layer {arn} is not in {region}.");
                }

                var layerKey = string.Join(':', parts, 0, 7);
                if (seen.TryGetValue(layerKey, out var other) && other != arn)
                {
                    throw AwsServiceException.InvalidParameter(
                        $"Two different versions of the same layer are not allowed to be referenced in the same function. {other} and {arn} are versions of the same layer.");
                }

                seen[layerKey] = arn;
            }
        }
    }

    public static void CheckEnvironment(IReadOnlyDictionary<string, string> vars)
    {
        var reserved = vars.Keys.Where(ReservedEnvironmentKeys.Contains).ToList();
        if (reserved.Count > 0)
        {
            throw AwsServiceException.InvalidParameter(
                "Lambda was unable to configure your environment variables because the environment variables you have provided contains reserved keys that are currently not supported for modification. Reserved keys used in this request: " +
                string.Join(", ", reserved));
        }

        // The limit is on the compact JSON text of the map, quotes, colons, commas and braces included.
        var measured = new JsonObject();
        foreach (var (k, v) in vars)
        {
            measured[k] = v;
        }

        var text = LambdaJson.Write(measured);
        if (Encoding.UTF8.GetByteCount(text) > MaxEnvironmentJsonBytes)
        {
            throw AwsServiceException.InvalidParameter(
                "Lambda was unable to configure your environment variables because the environment variables you have provided exceeded the 4KB limit. String measured: " + text);
        }
    }

    /// <summary><paramref name="resultingCount"/> is how many tags the function would have afterwards.</summary>
    public static void CheckTags(IReadOnlyDictionary<string, string> newTags, int resultingCount)
    {
        if (resultingCount > MaxTags)
        {
            throw AwsServiceException.InvalidParameter("Number of tags exceeds resource tag limit.");
        }

        foreach (var key in newTags.Keys)
        {
            if (key.StartsWith("aws:", StringComparison.OrdinalIgnoreCase))
            {
                // Approximate wording: the prefix is documented as reserved; the rejection text was not captured.
                throw AwsServiceException.InvalidParameter($"Tag keys starting with 'aws:' are reserved for AWS use: {key}");
            }
        }
    }

    private static void CheckLogging(JsonObject? logging, FunctionRecord? current)
    {
        if (logging is null)
        {
            return;
        }

        var format = Json.Str(logging, "LogFormat") ?? current?.LogFormat ?? "Text";
        if (format == "Text" && (Json.Str(logging, "ApplicationLogLevel") is not null || Json.Str(logging, "SystemLogLevel") is not null))
        {
            throw AwsServiceException.InvalidParameter(
                "LogLevel is not supported when LogFormat is set to \"Text\". Remove LogLevel from your request or change the LogFormat to \"JSON\" and try again.");
        }
    }

    private static void CheckDeadLetter(string targetArn, bool isCreate)
    {
        if (targetArn.Length == 0)
        {
            if (isCreate)
            {
                throw AwsServiceException.InvalidParameter("Invalid dead letter queue ARN: ARNs must start with 'arn:'");
            }

            return; // on update an empty TargetArn removes the dead-letter queue
        }

        var service = targetArn.Split(':') is { Length: > 2 } p ? p[2] : "";
        if (service is not ("sqs" or "sns"))
        {
            // Approximate wording.
            throw AwsServiceException.InvalidParameter(
                $"The provided target ARN {targetArn} is not a valid dead-letter target: only an SQS queue or an SNS topic can be used.");
        }
    }
}

/// <summary>Typed reads from an already validated JSON body; JSON null counts as absent.</summary>
internal static class Json
{
    public static string? Str(JsonObject o, string name) =>
        o.TryGetPropertyValue(name, out var n) && n is not null ? n.GetValue<string>() : null;

    public static int? Int(JsonObject o, string name) =>
        o.TryGetPropertyValue(name, out var n) && n is not null ? n.GetValue<int>() : null;

    public static bool? Bool(JsonObject o, string name) =>
        o.TryGetPropertyValue(name, out var n) && n is not null ? n.GetValue<bool>() : null;

    public static JsonObject? Obj(JsonObject o, string name) =>
        o.TryGetPropertyValue(name, out var n) ? n as JsonObject : null;

    public static List<string>? StrList(JsonObject o, string name) =>
        o.TryGetPropertyValue(name, out var n) && n is JsonArray a ? a.Select(i => i!.GetValue<string>()).ToList() : null;

    /// <summary>A string map in request order.</summary>
    public static Dictionary<string, string>? Map(JsonObject o, string name)
    {
        if (!o.TryGetPropertyValue(name, out var n) || n is not JsonObject m)
        {
            return null;
        }

        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (k, v) in m)
        {
            result[k] = v!.GetValue<string>();
        }

        return result;
    }
}
