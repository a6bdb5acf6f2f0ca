using System.Text.Json.Nodes;

namespace LambdaGen.ControlPlane;

/// <summary>
/// Asynchronous invocation configs (<c>/2019-09-25/functions/{FunctionName}/event-invoke-config</c>, list at <c>…/list</c>):
/// PUT replaces the whole config (members left out are removed), POST (Update) merges into an existing one
/// (https://docs.aws.amazon.com/lambda/latest/api/API_PutFunctionEventInvokeConfig.html). Per qualifier: $LATEST, a
/// version or an alias. Destinations must match the model's pattern, then name a service that can receive records:
/// SQS, SNS, Lambda (not the function itself), EventBridge, or S3 for OnFailure only. LastModified is epoch seconds.
/// Messages follow LocalStack's AWS-recorded provider.
/// </summary>
internal sealed partial class LambdaOperations
{
    private const string EventInvokeFunctionMissing = "The function doesn't exist.";

    private OperationResult PutFunctionEventInvokeConfig(string label, string? qualifier, string body, bool replace)
    {
        var req = ShapeValidator.ParseAndValidate(body,
            replace ? ResourceShapes.PutFunctionEventInvokeConfigRequest : ResourceShapes.UpdateFunctionEventInvokeConfigRequest);
        if (req["MaximumRetryAttempts"] is null && req["MaximumEventAgeInSeconds"] is null && req["DestinationConfig"] is null)
        {
            throw AwsServiceException.InvalidParameter("You must specify at least one of error handling or destination setting.");
        }

        lock (_store.Sync)
        {
            var t = ResolveEventInvokeTarget(label, qualifier, _ => NotFoundWith(EventInvokeFunctionMissing));
            if (!t.IsLatest && !(t.IsVersion ? VersionExists(t.Function, t.Qualifier!) : AliasTarget(t.Function, t.Qualifier!) is not null))
            {
                throw NotFoundWith(EventInvokeFunctionMissing);
            }

            var key = t.Key;
            var configs = t.Resources.EventInvoke;
            EventInvokeRecord config;
            if (replace)
            {
                config = new EventInvokeRecord();
            }
            else if (!configs.TryGetValue(key, out config!))
            {
                throw NoEventInvokeConfig(t);
            }

            var onSuccess = config.OnSuccess;
            var onFailure = config.OnFailure;
            if (Json.Obj(req, "DestinationConfig") is { } destinations)
            {
                var success = Json.Obj(destinations, "OnSuccess") is { } s ? Json.Str(s, "Destination") : null;
                var failure = Json.Obj(destinations, "OnFailure") is { } fl ? Json.Str(fl, "Destination") : null;
                CheckDestinations(t.Function, success, failure);
                // A destination given replaces the current one; an empty DestinationConfig member keeps it on Update.
                if (replace || destinations["OnSuccess"] is not null)
                {
                    onSuccess = success is { Length: > 0 } ? success : null;
                }

                if (replace || destinations["OnFailure"] is not null)
                {
                    onFailure = failure is { Length: > 0 } ? failure : null;
                }
            }

            config.OnSuccess = onSuccess;
            config.OnFailure = onFailure;
            if (Json.Int(req, "MaximumRetryAttempts") is { } retries)
            {
                config.MaximumRetryAttempts = retries;
            }

            if (Json.Int(req, "MaximumEventAgeInSeconds") is { } age)
            {
                config.MaximumEventAgeInSeconds = age;
            }

            config.LastModified = DateTimeOffset.UtcNow;
            configs[key] = config;
            return new OperationResult(200, RenderEventInvoke(t.Function, key, config));
        }
    }

    private OperationResult GetFunctionEventInvokeConfig(string label, string? qualifier)
    {
        lock (_store.Sync)
        {
            var t = ResolveEventInvokeTarget(label, qualifier, null);
            return t.Resources.EventInvoke.TryGetValue(t.Key, out var config)
                ? new OperationResult(200, RenderEventInvoke(t.Function, t.Key, config))
                : throw NoEventInvokeConfig(t);
        }
    }

    private OperationResult DeleteFunctionEventInvokeConfig(string label, string? qualifier)
    {
        lock (_store.Sync)
        {
            var t = ResolveEventInvokeTarget(label, qualifier, null);
            return t.Resources.EventInvoke.Remove(t.Key) ? new OperationResult(204, null) : throw NoEventInvokeConfig(t);
        }
    }

    private OperationResult ListFunctionEventInvokeConfigs(string label, IReadOnlyList<KeyValuePair<string, string>> query)
    {
        lock (_store.Sync)
        {
            var t = ResolveEventInvokeTarget(label, null, _ => NotFoundWith(EventInvokeFunctionMissing));
            var all = t.Resources.EventInvoke
                .OrderBy(kv => kv.Key, StringComparer.Ordinal)
                .Select(kv => (JsonNode)RenderEventInvoke(t.Function, kv.Key, kv.Value))
                .ToList();
            var (page, next) = Page(all, query, ResourceShapes.MaxItems50);
            var response = new JsonObject { ["FunctionEventInvokeConfigs"] = new JsonArray(page.Select(n => n.DeepClone()).ToArray()) };
            if (next is not null)
            {
                response["NextMarker"] = next;
            }

            return new OperationResult(200, response);
        }
    }

    /// <summary>A missing function is worded as a missing config ("The function arn:…:$LATEST doesn't have an EventInvokeConfig").</summary>
    private ResourceTarget ResolveEventInvokeTarget(string label, string? qualifier, Func<FunctionRef, AwsServiceException>? notFound) =>
        ResolveTarget(label, qualifier, ResourceShapes.NamespacedFunctionName, ResourceShapes.NumericLatestPublishedOrAliasQualifier,
            notFound ?? (r => NotFoundWith(
                $"The function {_store.NotFoundArn(r with { Qualifier = null })}:{r.Qualifier ?? qualifier ?? "$LATEST"} doesn't have an EventInvokeConfig")));

    private static AwsServiceException NoEventInvokeConfig(ResourceTarget t) =>
        NotFoundWith($"The function {t.Function.Arn}:{t.Key} doesn't have an EventInvokeConfig");

    private void CheckDestinations(FunctionRecord f, string? onSuccess, string? onFailure)
    {
        var valid = true;
        foreach (var (arn, isFailure) in new[] { (onSuccess, false), (onFailure, true) })
        {
            if (arn is not { Length: > 0 })
            {
                continue;
            }

            var parts = arn.Split(':');
            var service = parts.Length > 2 ? parts[2] : "";
            switch (service)
            {
                case "lambda":
                    if (FunctionStore.ParseRef(arn) is { } target && target.Name == f.Name)
                    {
                        throw AwsServiceException.InvalidParameter("You can't specify the function as a destination for itself.");
                    }

                    break;
                case "sqs" or "sns" or "events":
                    break;
                case "s3" when isFailure:
                    break;
                default:
                    valid = false;
                    break;
            }
        }

        if (!valid)
        {
            var success = onSuccess is { Length: > 0 } ? $"OnSuccess(destination={onSuccess})" : "null";
            var failure = onFailure is { Length: > 0 } ? $"OnFailure(destination={onFailure})" : "null";
            throw AwsServiceException.InvalidParameter($"The provided destination config DestinationConfig(onSuccess={success}, onFailure={failure}) is invalid.");
        }
    }

    private static JsonObject RenderEventInvoke(FunctionRecord f, string key, EventInvokeRecord c)
    {
        var o = new JsonObject
        {
            // A timestamp member in REST-JSON: epoch seconds (with milliseconds).
            ["LastModified"] = Math.Round(c.LastModified.ToUnixTimeMilliseconds() / 1000.0, 3),
            ["FunctionArn"] = $"{f.Arn}:{key}",
        };
        if (c.MaximumRetryAttempts is { } retries)
        {
            o["MaximumRetryAttempts"] = retries;
        }

        if (c.MaximumEventAgeInSeconds is { } age)
        {
            o["MaximumEventAgeInSeconds"] = age;
        }

        var onSuccess = new JsonObject();
        if (c.OnSuccess is not null)
        {
            onSuccess["Destination"] = c.OnSuccess;
        }

        var onFailure = new JsonObject();
        if (c.OnFailure is not null)
        {
            onFailure["Destination"] = c.OnFailure;
        }

        o["DestinationConfig"] = new JsonObject { ["OnSuccess"] = onSuccess, ["OnFailure"] = onFailure };
        return o;
    }
}
