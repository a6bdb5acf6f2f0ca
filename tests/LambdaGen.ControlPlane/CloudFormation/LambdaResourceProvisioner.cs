using System.Text.Json.Nodes;

namespace LambdaGen.ControlPlane.CloudFormation;

/// <summary>
/// Turns the Lambda resources of a stack into calls on the same operations the Lambda API serves, so a function made by
/// a change set is the function GetFunctionConfiguration returns (and goes through the same validation). Each call
/// settles at once, as CloudFormation waits for a function to be Active before it reports CREATE_COMPLETE. A rejected
/// call throws the service's <see cref="AwsServiceException"/>; a permanent fault set on the plane for (operation,
/// function) rejects it the same way.
/// </summary>
internal sealed class LambdaResourceProvisioner(LambdaOperations operations, FunctionStore store, FaultInjector faults, LambdaControlPlaneOptions options)
{
    private static readonly string[] NotConfiguration =
        ["FunctionName", "Code", "Tags", "PackageType", "Architectures", "ReservedConcurrentExecutions", "CodeSigningConfigArn", "SnapStart", "RecursiveLoop", "RuntimeManagementConfig"];

    // What a configuration member no longer declared is reset to (the service defaults the direct deploy also uses).
    private static readonly Dictionary<string, Func<JsonNode>> Resets = new(StringComparer.Ordinal)
    {
        ["Description"] = () => JsonValue.Create(""),
        ["MemorySize"] = () => JsonValue.Create(128),
        ["Timeout"] = () => JsonValue.Create(3),
        ["Environment"] = () => new JsonObject { ["Variables"] = new JsonObject() },
        ["TracingConfig"] = () => new JsonObject { ["Mode"] = "PassThrough" },
        ["DeadLetterConfig"] = () => new JsonObject { ["TargetArn"] = "" },
        ["KmsKeyArn"] = () => JsonValue.Create(""),
        ["Layers"] = () => new JsonArray(),
        ["VpcConfig"] = () => new JsonObject { ["SubnetIds"] = new JsonArray(), ["SecurityGroupIds"] = new JsonArray() },
        ["EphemeralStorage"] = () => new JsonObject { ["Size"] = 512 },
    };

    public static bool Supports(string type) =>
        type is "AWS::Lambda::Function" or "AWS::Lambda::Version" or "AWS::Lambda::Alias" or "AWS::Lambda::Url" or "AWS::Lambda::Permission" or "AWS::Lambda::EventInvokeConfig";

    /// <summary>The properties whose change replaces the resource (a new one is made, the old one deleted in cleanup).</summary>
    public static bool Recreates(string type, string property) => (type, property) switch
    {
        ("AWS::Lambda::Function", "FunctionName" or "PackageType") => true,
        ("AWS::Lambda::Version", _) => true,
        ("AWS::Lambda::Alias", "FunctionName" or "Name") => true,
        ("AWS::Lambda::Url", "TargetFunctionArn" or "Qualifier") => true,
        ("AWS::Lambda::Permission", _) => true,
        ("AWS::Lambda::EventInvokeConfig", "FunctionName" or "Qualifier") => true,
        _ => false,
    };

    // Integer members of the Lambda resources: a parameter reference resolves to a string, and CloudFormation converts it
    // to the schema's type before the handler sees it.
    private static readonly HashSet<string> IntegerMembers = new(StringComparer.Ordinal)
    {
        "MemorySize", "Timeout", "ReservedConcurrentExecutions", "Size", "ProvisionedConcurrentExecutions", "MaximumRetryAttempts", "MaximumEventAgeInSeconds", "MaxAge",
    };

    public DeployedResource Create(string stackName, string logicalId, string type, JsonObject properties)
    {
        properties = Coerce(properties);
        switch (type)
        {
            case "AWS::Lambda::Function":
                return CreateFunction(stackName, logicalId, properties);
            case "AWS::Lambda::Version":
            {
                var function = Str(properties, "FunctionName");
                var body = Pick(properties, "CodeSha256", "Description");
                var published = Call("PublishVersion", function, body: body).Body!;
                var arn = published["FunctionArn"]!.GetValue<string>();
                return Deployed(logicalId, type, arn, properties, ("Version", published["Version"]!.GetValue<string>()), ("FunctionArn", arn));
            }

            case "AWS::Lambda::Alias":
            {
                var function = Str(properties, "FunctionName");
                var alias = Call("CreateAlias", function, body: Pick(properties, "Name", "FunctionVersion", "Description", "RoutingConfig")).Body!;
                var arn = alias["AliasArn"]!.GetValue<string>();
                if (properties["ProvisionedConcurrencyConfig"] is JsonObject provisioned)
                {
                    Call("PutProvisionedConcurrencyConfig", function, qualifier: Str(properties, "Name"), body: provisioned);
                }

                return Deployed(logicalId, type, arn, properties, ("AliasArn", arn));
            }

            case "AWS::Lambda::Url":
            {
                var target = Str(properties, "TargetFunctionArn");
                var url = Call("CreateFunctionUrlConfig", target, qualifier: OptStr(properties, "Qualifier"), body: Pick(properties, "AuthType", "Cors", "InvokeMode")).Body!;
                var functionArn = url["FunctionArn"]!.GetValue<string>();
                return Deployed(logicalId, type, functionArn, properties, ("FunctionUrl", url["FunctionUrl"]!.GetValue<string>()), ("FunctionArn", functionArn));
            }

            case "AWS::Lambda::Permission":
            {
                var function = Str(properties, "FunctionName");
                var statementId = PhysicalName(stackName, logicalId, 100);
                var body = Pick(properties, "Action", "Principal", "SourceArn", "SourceAccount", "EventSourceToken", "PrincipalOrgID", "FunctionUrlAuthType", "InvokedViaFunctionUrl");
                body["StatementId"] = statementId;
                Call("AddPermission", function, body: body);
                return Deployed(logicalId, type, statementId, properties, ("FunctionName", function));
            }

            case "AWS::Lambda::EventInvokeConfig":
            {
                var function = Str(properties, "FunctionName");
                var qualifier = Str(properties, "Qualifier");
                Call("PutFunctionEventInvokeConfig", function, qualifier: qualifier, body: Pick(properties, "MaximumRetryAttempts", "MaximumEventAgeInSeconds", "DestinationConfig"));
                return Deployed(logicalId, type, $"{function}:{qualifier}", properties);
            }

            default:
                throw new AwsServiceException(400, "UnsupportedResourceType", $"Resource type {type} is not served by the local control plane's CloudFormation endpoint (it applies AWS::Lambda::Function, Version, Alias, Url, Permission and EventInvokeConfig).");
        }
    }

    /// <summary>Brings a resource to <paramref name="properties"/>; a replacing change makes a new resource (the caller deletes the old one).</summary>
    public DeployedResource Update(string stackName, DeployedResource old, JsonObject properties)
    {
        properties = Coerce(properties);
        var changed = ChangedProperties(old.Properties, properties);
        if (changed.Any(p => Recreates(old.Type, p)))
        {
            return Create(stackName, old.LogicalId, old.Type, properties);
        }

        switch (old.Type)
        {
            case "AWS::Lambda::Function":
                UpdateFunction(old, properties, changed);
                return old with { Properties = properties };
            case "AWS::Lambda::Alias":
            {
                var function = Str(properties, "FunctionName");
                var name = Str(properties, "Name");
                var body = Pick(properties, "FunctionVersion", "Description", "RoutingConfig");
                Call("UpdateAlias", function, name: name, body: body);
                if (changed.Contains("ProvisionedConcurrencyConfig"))
                {
                    if (properties["ProvisionedConcurrencyConfig"] is JsonObject provisioned)
                    {
                        Call("PutProvisionedConcurrencyConfig", function, qualifier: name, body: provisioned);
                    }
                    else
                    {
                        Call("DeleteProvisionedConcurrencyConfig", function, qualifier: name);
                    }
                }

                return old with { Properties = properties };
            }

            case "AWS::Lambda::Url":
                Call("UpdateFunctionUrlConfig", Str(properties, "TargetFunctionArn"), qualifier: OptStr(properties, "Qualifier"), body: Pick(properties, "AuthType", "Cors", "InvokeMode"));
                return old with { Properties = properties };
            case "AWS::Lambda::EventInvokeConfig":
                Call("PutFunctionEventInvokeConfig", Str(properties, "FunctionName"), qualifier: Str(properties, "Qualifier"),
                    body: Pick(properties, "MaximumRetryAttempts", "MaximumEventAgeInSeconds", "DestinationConfig"));
                return old with { Properties = properties };
            default:
                return Create(stackName, old.LogicalId, old.Type, properties);
        }
    }

    public void Delete(DeployedResource resource)
    {
        var p = resource.Properties;
        try
        {
            switch (resource.Type)
            {
                case "AWS::Lambda::Function":
                    Call("DeleteFunction", resource.PhysicalId);
                    break;
                case "AWS::Lambda::Version":
                    Call("DeleteFunction", Str(p, "FunctionName"), qualifier: resource.Attributes["Version"]);
                    break;
                case "AWS::Lambda::Alias":
                    Call("DeleteAlias", Str(p, "FunctionName"), name: Str(p, "Name"));
                    break;
                case "AWS::Lambda::Url":
                    Call("DeleteFunctionUrlConfig", Str(p, "TargetFunctionArn"), qualifier: OptStr(p, "Qualifier"));
                    break;
                case "AWS::Lambda::Permission":
                    Call("RemovePermission", resource.Attributes["FunctionName"], name: resource.PhysicalId);
                    break;
                case "AWS::Lambda::EventInvokeConfig":
                    Call("DeleteFunctionEventInvokeConfig", Str(p, "FunctionName"), qualifier: Str(p, "Qualifier"));
                    break;
            }
        }
        catch (AwsServiceException e) when (e.ErrorType == "ResourceNotFoundException")
        {
            // Already gone (its function was deleted first, or by someone else): CloudFormation counts that as deleted.
        }
    }

    /// <summary>The top-level property names whose values differ (added and removed included).</summary>
    public static List<string> ChangedProperties(JsonObject before, JsonObject after) =>
        before.Select(p => p.Key).Union(after.Select(p => p.Key), StringComparer.Ordinal)
            .Where(k => !JsonNode.DeepEquals(before[k], after[k]))
            .OrderBy(k => k, StringComparer.Ordinal)
            .ToList();

    private static JsonObject Coerce(JsonObject properties) => (JsonObject)Coerce(properties, null)!;

    private static JsonNode? Coerce(JsonNode? node, string? name) => node switch
    {
        JsonObject o => new JsonObject(o.Select(p => KeyValuePair.Create(p.Key, Coerce(p.Value, p.Key)))),
        JsonArray a => new JsonArray(a.Select(v => Coerce(v, null)).ToArray()),
        JsonValue v when name is not null && IntegerMembers.Contains(name) && v.TryGetValue(out string? text)
                         && int.TryParse(text, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var number) => JsonValue.Create(number),
        _ => node?.DeepClone(),
    };

    private DeployedResource CreateFunction(string stackName, string logicalId, JsonObject properties)
    {
        var body = (JsonObject)properties.DeepClone();
        var name = OptStr(body, "FunctionName") ?? PhysicalName(stackName, logicalId, 64);
        body["FunctionName"] = name;
        body.Remove("ReservedConcurrentExecutions");
        if (body["Tags"] is JsonArray tags)
        {
            body["Tags"] = TagMap(tags);
        }

        Call("CreateFunction", name, body: body);
        Settle(name);
        if (properties["ReservedConcurrentExecutions"] is JsonNode reserved)
        {
            Call("PutFunctionConcurrency", name, body: new JsonObject { ["ReservedConcurrentExecutions"] = reserved.DeepClone() });
        }

        return Deployed(logicalId, "AWS::Lambda::Function", name, properties, ("Arn", store.ArnFor(name)));
    }

    private void UpdateFunction(DeployedResource old, JsonObject properties, List<string> changed)
    {
        var name = old.PhysicalId;
        var configuration = new JsonObject();
        foreach (var key in changed.Where(k => !NotConfiguration.Contains(k)))
        {
            if (properties[key] is JsonNode value)
            {
                configuration[key] = value.DeepClone();
            }
            else if (Resets.TryGetValue(key, out var reset))
            {
                configuration[key] = reset();
            }
        }

        if (configuration.Count > 0)
        {
            Call("UpdateFunctionConfiguration", name, body: configuration);
            Settle(name);
        }

        if (changed.Contains("Code") || changed.Contains("Architectures"))
        {
            var code = (properties["Code"] as JsonObject)?.DeepClone() as JsonObject ?? new JsonObject();
            if (properties["Architectures"] is JsonNode architectures)
            {
                code["Architectures"] = architectures.DeepClone();
            }

            Call("UpdateFunctionCode", name, body: code);
            Settle(name);
        }

        if (changed.Contains("Tags"))
        {
            var before = old.Properties["Tags"] is JsonArray b ? TagMap(b) : new JsonObject();
            var after = properties["Tags"] is JsonArray a ? TagMap(a) : new JsonObject();
            var removed = before.Select(t => t.Key).Where(k => !after.ContainsKey(k)).ToList();
            var arn = store.ArnFor(name);
            if (removed.Count > 0)
            {
                operations.Execute(new RouteMatch("UntagResource", arn), removed.Select(k => new KeyValuePair<string, string>("tagKeys", k)).ToList(), "");
            }

            if (after.Count > 0)
            {
                Call("TagResource", arn, body: new JsonObject { ["Tags"] = after });
            }
        }

        if (changed.Contains("ReservedConcurrentExecutions"))
        {
            if (properties["ReservedConcurrentExecutions"] is JsonNode reserved)
            {
                Call("PutFunctionConcurrency", name, body: new JsonObject { ["ReservedConcurrentExecutions"] = reserved.DeepClone() });
            }
            else
            {
                Call("DeleteFunctionConcurrency", name);
            }
        }
    }

    private OperationResult Call(string operation, string label, string? qualifier = null, string? name = null, JsonObject? body = null)
    {
        var function = FunctionStore.ParseRef(label)?.Name ?? label;
        if (faults.PermanentFor(operation, function) is { } rejected)
        {
            throw rejected;
        }

        var query = qualifier is null ? new List<KeyValuePair<string, string>>() : [new("Qualifier", qualifier)];
        return operations.Execute(new RouteMatch(operation, label) { Name = name }, query, body is null ? "" : LambdaJson.Write(body));
    }

    private void Settle(string name)
    {
        lock (store.Sync)
        {
            if (FunctionStore.ParseRef(name) is { } r && store.Find(r) is { } f)
            {
                FunctionStore.SettleNow(f);
            }
        }
    }

    private static JsonObject TagMap(JsonArray tags)
    {
        var map = new JsonObject();
        foreach (var tag in tags.OfType<JsonObject>())
        {
            map[tag["Key"]?.GetValue<string>() ?? ""] = tag["Value"]?.DeepClone();
        }

        return map;
    }

    private static JsonObject Pick(JsonObject properties, params string[] names)
    {
        var body = new JsonObject();
        foreach (var n in names)
        {
            if (properties[n] is JsonNode v)
            {
                body[n] = v.DeepClone();
            }
        }

        return body;
    }

    private static string Str(JsonObject properties, string name) =>
        OptStr(properties, name) ?? throw new AwsServiceException(400, "InvalidRequest", $"Model validation failed (#: required key [{name}] not found)");

    private static string? OptStr(JsonObject properties, string name) => properties[name] is JsonValue v ? v.ToString() : null;

    /// <summary>A generated physical name, as CloudFormation makes one: stack-LogicalId-RANDOM, cut to the type's limit.</summary>
    private static string PhysicalName(string stackName, string logicalId, int max)
    {
        var suffix = Guid.NewGuid().ToString("N")[..12].ToUpperInvariant();
        var head = $"{stackName}-{logicalId}";
        return (head.Length + 13 > max ? head[..(max - 13)] : head) + "-" + suffix;
    }

    private DeployedResource Deployed(string logicalId, string type, string physicalId, JsonObject properties, params (string Name, string Value)[] attributes) =>
        new(logicalId, type, physicalId, properties, attributes.ToDictionary(a => a.Name, a => a.Value, StringComparer.Ordinal));

    /// <summary>The account and region the plane's ARNs use (for pseudo parameters).</summary>
    public LambdaControlPlaneOptions Options => options;
}
