using System.Globalization;
using System.Text.Json.Nodes;

namespace LambdaGen.ControlPlane;

/// <summary>
/// Dispatch and shared lookups for the operations on what a function owns (routes in <see cref="ResourceRoutes"/>).
/// Each family lives in its own file: Urls, Policy, Aliases (with versions and DeleteFunction), Concurrency, EventInvoke.
/// </summary>
internal sealed partial class LambdaOperations
{
    private OperationResult? ExecuteResource(RouteMatch route, IReadOnlyList<KeyValuePair<string, string>> query, string body)
    {
        var label = route.Target!;
        var qualifier = QueryValue(query, "Qualifier");
        return route.Operation switch
        {
            "DeleteFunction" => DeleteFunction(label, qualifier),
            "ListVersionsByFunction" => ListVersionsByFunction(label, query),
            "CreateAlias" => CreateAlias(label, body),
            "GetAlias" => GetAlias(label, route.Name!),
            "UpdateAlias" => UpdateAlias(label, route.Name!, body),
            "DeleteAlias" => DeleteAlias(label, route.Name!),
            "ListAliases" => ListAliases(label, query),
            "AddPermission" => AddPermission(label, qualifier, body),
            "GetPolicy" => GetPolicy(label, qualifier),
            "RemovePermission" => RemovePermission(label, route.Name!, qualifier, QueryValue(query, "RevisionId")),
            "CreateFunctionUrlConfig" => CreateFunctionUrlConfig(label, qualifier, body),
            "GetFunctionUrlConfig" => GetFunctionUrlConfig(label, qualifier),
            "UpdateFunctionUrlConfig" => UpdateFunctionUrlConfig(label, qualifier, body),
            "DeleteFunctionUrlConfig" => DeleteFunctionUrlConfig(label, qualifier),
            "ListFunctionUrlConfigs" => ListFunctionUrlConfigs(label, query),
            "PutFunctionConcurrency" => PutFunctionConcurrency(label, body),
            "GetFunctionConcurrency" => GetFunctionConcurrency(label),
            "DeleteFunctionConcurrency" => DeleteFunctionConcurrency(label),
            "PutProvisionedConcurrencyConfig" => PutProvisionedConcurrencyConfig(label, qualifier, body),
            "GetProvisionedConcurrencyConfig" => GetProvisionedConcurrencyConfig(label, qualifier),
            "DeleteProvisionedConcurrencyConfig" => DeleteProvisionedConcurrencyConfig(label, qualifier),
            "ListProvisionedConcurrencyConfigs" => ListProvisionedConcurrencyConfigs(label, query),
            "PutFunctionEventInvokeConfig" => PutFunctionEventInvokeConfig(label, qualifier, body, replace: true),
            "UpdateFunctionEventInvokeConfig" => PutFunctionEventInvokeConfig(label, qualifier, body, replace: false),
            "GetFunctionEventInvokeConfig" => GetFunctionEventInvokeConfig(label, qualifier),
            "DeleteFunctionEventInvokeConfig" => DeleteFunctionEventInvokeConfig(label, qualifier),
            "ListFunctionEventInvokeConfigs" => ListFunctionEventInvokeConfigs(label, query),
            _ => null,
        };
    }

    /// <summary>A function and the qualifier the call names (from the name, the Qualifier query parameter, or null).</summary>
    private sealed record ResourceTarget(FunctionRecord Function, FunctionRef Ref, string? Qualifier)
    {
        public FunctionResources Resources => FunctionResources.Of(Function);

        /// <summary>The qualifier key: "$LATEST" for the unqualified function.</summary>
        public string Key => Qualifier ?? "$LATEST";

        public bool IsLatest => Qualifier is null or "$LATEST";

        public bool IsVersion => Qualifier is { } q && IsVersionNumber(q);

        public bool IsAlias => !IsLatest && !IsVersion;

        public string QualifiedArn => Qualifier is null ? Function.Arn : $"{Function.Arn}:{Qualifier}";
    }

    /// <summary>
    /// Validates the URI label and the Qualifier query parameter (model constraints), then finds the function.
    /// <paramref name="notFound"/> words the service's 404 for a missing function (default "Function not found: arn").
    /// Caller holds the store lock.
    /// </summary>
    private ResourceTarget ResolveTarget(string label, string? queryQualifier, StringShape nameShape, StringShape? qualifierShape,
        Func<FunctionRef, AwsServiceException>? notFound = null)
    {
        ShapeValidator.CheckLabel(label, nameShape, "functionName");
        if (queryQualifier is not null && qualifierShape is not null)
        {
            ShapeValidator.CheckLabel(queryQualifier, qualifierShape, "qualifier");
        }

        var r = FunctionStore.ParseRef(label) ?? throw AwsServiceException.NotFound(label);
        if (r.Qualifier is not null && queryQualifier is not null && r.Qualifier != queryQualifier)
        {
            throw AwsServiceException.InvalidParameter("The derived qualifier from the function name does not match the specified qualifier.");
        }

        var unqualified = r with { Qualifier = null };
        var f = _store.Find(unqualified)
                ?? throw (notFound?.Invoke(r) ?? AwsServiceException.NotFound(_store.NotFoundArn(unqualified)));
        return new ResourceTarget(f, r, r.Qualifier ?? queryQualifier);
    }

    private static bool IsVersionNumber(string qualifier) => qualifier.Length > 0 && qualifier.All(char.IsAsciiDigit);

    private static bool VersionExists(FunctionRecord f, string version) => f.Versions.Any(v => v.Version == version);

    /// <summary>"Function not found: arn:…:function:name:qualifier", the service's 404 for a missing version or alias.</summary>
    private static AwsServiceException QualifierNotFound(FunctionRecord f, string qualifier) =>
        AwsServiceException.NotFound($"{f.Arn}:{qualifier}");

    private static AwsServiceException NotFoundWith(string message) => new(404, "ResourceNotFoundException", message);

    private static AwsServiceException Conflict(string message) => new(409, "ResourceConflictException", message);

    /// <summary>MaxItems/Marker paging over a list (the marker is the index of the next item).</summary>
    private static (List<T> Page, string? NextMarker) Page<T>(IReadOnlyList<T> all, IReadOnlyList<KeyValuePair<string, string>> query, IntegerShape maxShape)
    {
        var max = all.Count;
        if (QueryValue(query, "MaxItems") is { } maxText)
        {
            if (!int.TryParse(maxText, NumberStyles.None, CultureInfo.InvariantCulture, out max))
            {
                throw AwsServiceException.Serialization($"Could not parse MaxItems '{maxText}' as an integer.");
            }

            if (max < maxShape.Min || max > maxShape.Max)
            {
                var bound = max < maxShape.Min
                    ? $"Member must have value greater than or equal to {maxShape.Min}"
                    : $"Member must have value less than or equal to {maxShape.Max}";
                ShapeValidator.ThrowIfAny([ShapeValidator.Error($"'{max}'", "maxItems", bound)]);
            }
        }

        var start = 0;
        if (QueryValue(query, "Marker") is { } marker
            && (!int.TryParse(marker, NumberStyles.None, CultureInfo.InvariantCulture, out start) || start > all.Count))
        {
            throw AwsServiceException.InvalidParameter("Invalid marker.");
        }

        var page = all.Skip(start).Take(max).ToList();
        var next = start + page.Count < all.Count ? (start + page.Count).ToString(CultureInfo.InvariantCulture) : null;
        return (page, next);
    }

    internal static System.Text.Json.Nodes.JsonObject RenderUrlForSnapshot(FunctionUrlRecord u) => RenderUrl(u);

    internal static JsonObject RenderPolicyForSnapshot(IEnumerable<JsonObject> statements) => RenderPolicy(statements);

    internal static JsonObject RenderEventInvokeForSnapshot(FunctionRecord f, string key, EventInvokeRecord c) => RenderEventInvoke(f, key, c);
}

/// <summary>Builds the public snapshot of a function's resources (caller holds the store lock).</summary>
internal static class ResourceSnapshot
{
    public static FunctionResourcesState Of(FunctionRecord f)
    {
        var r = FunctionResources.Of(f);
        return new FunctionResourcesState(
            r.Aliases.Values.OrderBy(a => a.Name, StringComparer.Ordinal)
                .Select(a => new AliasState(a.Name, a.FunctionVersion, a.Description,
                    new Dictionary<string, double>(a.Weights ?? new(), StringComparer.Ordinal), a.RevisionId))
                .ToArray(),
            r.Urls.ToDictionary(kv => kv.Key, kv => LambdaJson.Write(LambdaOperations.RenderUrlForSnapshot(kv.Value)), StringComparer.Ordinal),
            r.Policies.ToDictionary(kv => kv.Key, kv => LambdaJson.Write(LambdaOperations.RenderPolicyForSnapshot(kv.Value)), StringComparer.Ordinal),
            r.ReservedConcurrency,
            r.Provisioned.ToDictionary(kv => kv.Key, kv =>
            {
                // The delay may have passed since the last read; a poll-counted allocation moves only on reads.
                var done = kv.Value.Done || (kv.Value.PollsLeft is null && DateTimeOffset.UtcNow >= kv.Value.ReadyAt);
                return new ProvisionedConcurrencyState(
                    kv.Value.Requested,
                    !done ? "IN_PROGRESS" : kv.Value.FailureReason is null ? "READY" : "FAILED",
                    done ? kv.Value.FailureReason : null);
            }, StringComparer.Ordinal),
            r.EventInvoke.ToDictionary(kv => kv.Key, kv => LambdaJson.Write(LambdaOperations.RenderEventInvokeForSnapshot(f, kv.Key, kv.Value)), StringComparer.Ordinal));
    }
}
