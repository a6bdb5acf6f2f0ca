using System.Globalization;
using System.Text.Json.Nodes;

namespace LambdaGen.ControlPlane;

/// <summary>
/// Reserved concurrency (<c>PUT|DELETE /2017-10-31/functions/{FunctionName}/concurrency</c>,
/// <c>GET /2019-09-30/…/concurrency</c>) and provisioned concurrency (<c>/2019-09-30/functions/{FunctionName}/provisioned-concurrency</c>).
/// The account has <see cref="LambdaControlPlaneOptions.AccountConcurrencyLimit"/> (1,000) of which
/// <see cref="LambdaControlPlaneOptions.MinimumUnreservedConcurrency"/> (100) must stay unreserved
/// (https://docs.aws.amazon.com/lambda/latest/dg/provisioned-concurrency.html, …/configuration-concurrency.html).
/// A provisioned allocation answers 202 IN_PROGRESS and ends READY (or FAILED, when the options say so) after a
/// delay or a number of reads; it is evaluated lazily on read.
/// </summary>
internal sealed partial class LambdaOperations
{
    private OperationResult PutFunctionConcurrency(string label, string body)
    {
        var req = ShapeValidator.ParseAndValidate(body, ResourceShapes.PutFunctionConcurrencyRequest);
        var requested = Json.Int(req, "ReservedConcurrentExecutions")!.Value;
        lock (_store.Sync)
        {
            var t = ResolveTarget(label, null, LambdaShapes.FunctionName, null);
            var reservedElsewhere = _store.All.Where(f => f != t.Function)
                .Sum(f => (long)(FunctionResources.Of(f).ReservedConcurrency ?? 0));
            if (_options.AccountConcurrencyLimit - reservedElsewhere - requested < _options.MinimumUnreservedConcurrency)
            {
                throw AwsServiceException.InvalidParameter(
                    $"Specified ReservedConcurrentExecutions for function decreases account's UnreservedConcurrentExecution below its minimum value of [{Invariant(_options.MinimumUnreservedConcurrency)}].");
            }

            var provisioned = t.Resources.Provisioned.Values.Sum(p => p.Requested);
            if (requested < provisioned)
            {
                // Approximate wording: reserved concurrency cannot go below what is provisioned.
                throw AwsServiceException.InvalidParameter(
                    $"Specified ReservedConcurrentExecutions for function is less than the function's total provisioned concurrency [{Invariant(provisioned)}].");
            }

            t.Resources.ReservedConcurrency = requested;
            return new OperationResult(200, new JsonObject { ["ReservedConcurrentExecutions"] = requested });
        }
    }

    /// <summary>200 with the value, or <c>{}</c> when none is reserved.</summary>
    private OperationResult GetFunctionConcurrency(string label)
    {
        lock (_store.Sync)
        {
            var t = ResolveTarget(label, null, LambdaShapes.FunctionName, null);
            var body = new JsonObject();
            if (t.Resources.ReservedConcurrency is { } reserved)
            {
                body["ReservedConcurrentExecutions"] = reserved;
            }

            return new OperationResult(200, body);
        }
    }

    private OperationResult DeleteFunctionConcurrency(string label)
    {
        lock (_store.Sync)
        {
            var t = ResolveTarget(label, null, LambdaShapes.FunctionName, null);
            t.Resources.ReservedConcurrency = null;
            return new OperationResult(204, null);
        }
    }

    private OperationResult PutProvisionedConcurrencyConfig(string label, string? qualifier, string body)
    {
        var req = ShapeValidator.ParseAndValidate(body, ResourceShapes.PutProvisionedConcurrencyConfigRequest);
        var requested = Json.Int(req, "ProvisionedConcurrentExecutions")!.Value;
        lock (_store.Sync)
        {
            var t = ResolveProvisionedTarget(label, qualifier);
            if (t.IsLatest)
            {
                throw AwsServiceException.InvalidParameter("Provisioned Concurrency Configs cannot be applied to unpublished function versions.");
            }

            var f = t.Function;
            var resources = t.Resources;
            if (t.IsAlias)
            {
                var target = AliasTarget(f, t.Qualifier!)!;
                if (target == "$LATEST")
                {
                    // Unconfirmed: the error for an alias that points at $LATEST (worded as for $LATEST itself).
                    throw AwsServiceException.InvalidParameter("Provisioned Concurrency Configs cannot be applied to unpublished function versions.");
                }

                if (resources.Provisioned.ContainsKey(target))
                {
                    throw Conflict("Alias can't be used for Provisioned Concurrency configuration on an already Provisioned version");
                }
            }
            else if (resources.Aliases.Values.Any(a => a.FunctionVersion == t.Qualifier && resources.Provisioned.ContainsKey(a.Name)))
            {
                throw Conflict("Version is pointed by a Provisioned Concurrency alias");
            }

            var otherProvisioned = resources.Provisioned.Where(kv => kv.Key != t.Key).Sum(kv => (long)kv.Value.Requested);
            if (resources.ReservedConcurrency is { } reserved && otherProvisioned + requested > reserved)
            {
                throw AwsServiceException.InvalidParameter(
                    "Requested Provisioned Concurrency should not be greater than the reservedConcurrentExecution for function");
            }

            if (resources.ReservedConcurrency is null && requested > UnreservedConcurrency(t.Function, t.Key) - _options.MinimumUnreservedConcurrency)
            {
                throw AwsServiceException.InvalidParameter(
                    $"Specified ConcurrentExecutions for function decreases account's UnreservedConcurrentExecution below its minimum value of [{Invariant(_options.MinimumUnreservedConcurrency)}].");
            }

            var now = DateTimeOffset.UtcNow;
            var record = new ProvisionedConcurrencyRecord
            {
                Requested = requested,
                LastModified = now,
                ReadyAt = now + _options.ProvisionedConcurrencyDelay,
                PollsLeft = _options.ProvisionedConcurrencyReadyAfterPolls,
                FailureReason = _options.ProvisionedConcurrencyFailure?.Invoke(f.Name, t.Qualifier!),
            };
            resources.Provisioned[t.Key] = record;
            return new OperationResult(202, RenderProvisioned(record, arn: null));
        }
    }

    private OperationResult GetProvisionedConcurrencyConfig(string label, string? qualifier)
    {
        lock (_store.Sync)
        {
            var t = ResolveProvisionedTarget(label, qualifier);
            if (t.IsLatest)
            {
                throw AwsServiceException.InvalidParameter("The function resource provided must be an alias or a published version.");
            }

            if (!t.Resources.Provisioned.TryGetValue(t.Key, out var record))
            {
                throw new AwsServiceException(404, "ProvisionedConcurrencyConfigNotFoundException", "No Provisioned Concurrency Config found for this function");
            }

            Poll(record);
            return new OperationResult(200, RenderProvisioned(record, arn: null));
        }
    }

    /// <summary>204, also when there was no config (the delete is idempotent).</summary>
    private OperationResult DeleteProvisionedConcurrencyConfig(string label, string? qualifier)
    {
        lock (_store.Sync)
        {
            var t = ResolveProvisionedTarget(label, qualifier);
            if (t.IsLatest)
            {
                throw AwsServiceException.InvalidParameter("The function resource provided must be an alias or a published version.");
            }

            t.Resources.Provisioned.Remove(t.Key);
            return new OperationResult(204, null);
        }
    }

    private OperationResult ListProvisionedConcurrencyConfigs(string label, IReadOnlyList<KeyValuePair<string, string>> query)
    {
        lock (_store.Sync)
        {
            var t = ResolveTarget(label, null, LambdaShapes.FunctionName, null);
            var all = t.Resources.Provisioned
                .OrderBy(kv => kv.Key, StringComparer.Ordinal)
                .Select(kv =>
                {
                    Poll(kv.Value);
                    return (JsonNode)RenderProvisioned(kv.Value, $"{t.Function.Arn}:{kv.Key}");
                })
                .ToList();
            var (page, next) = Page(all, query, ResourceShapes.MaxItems50);
            var response = new JsonObject { ["ProvisionedConcurrencyConfigs"] = new JsonArray(page.Select(n => n.DeepClone()).ToArray()) };
            if (next is not null)
            {
                response["NextMarker"] = next;
            }

            return new OperationResult(200, response);
        }
    }

    /// <summary>Qualifier is required (a missing one is the model's "must not be null"); the version or alias must exist.</summary>
    private ResourceTarget ResolveProvisionedTarget(string label, string? qualifier)
    {
        var r = FunctionStore.ParseRef(label);
        if (qualifier is null && r?.Qualifier is null)
        {
            ShapeValidator.CheckLabel(label, LambdaShapes.FunctionName, "functionName");
            ShapeValidator.ThrowIfAny([ShapeValidator.Error("null", "qualifier", "Member must not be null")]);
        }

        var t = ResolveTarget(label, qualifier, LambdaShapes.FunctionName, ResourceShapes.Qualifier);
        if (t.IsVersion && !VersionExists(t.Function, t.Qualifier!))
        {
            throw QualifierNotFound(t.Function, t.Qualifier!);
        }

        if (t.IsAlias && AliasTarget(t.Function, t.Qualifier!) is null)
        {
            throw NotFoundWith($"Cannot find alias arn: {t.Function.Arn}:{t.Qualifier}");
        }

        return t;
    }

    /// <summary>The account's unreserved concurrency, leaving out the config being replaced: limit − reserved − provisioned on unreserved functions.</summary>
    private long UnreservedConcurrency(FunctionRecord except, string exceptKey)
    {
        long used = 0;
        foreach (var f in _store.All)
        {
            var r = FunctionResources.Of(f);
            if (r.ReservedConcurrency is { } reserved)
            {
                used += reserved;
                continue;
            }

            used += r.Provisioned.Where(kv => f != except || kv.Key != exceptKey).Sum(kv => (long)kv.Value.Requested);
        }

        return _options.AccountConcurrencyLimit - used;
    }

    /// <summary>Counts a read and ends the allocation when its polls or its delay are used up.</summary>
    private static void Poll(ProvisionedConcurrencyRecord p)
    {
        if (p.Done)
        {
            return;
        }

        if (p.PollsLeft is { } left)
        {
            p.PollsLeft = left - 1;
            p.Done = left <= 1; // the Nth read shows the end state
            return;
        }

        p.Done = DateTimeOffset.UtcNow >= p.ReadyAt;
    }

    private static JsonObject RenderProvisioned(ProvisionedConcurrencyRecord p, string? arn)
    {
        var o = new JsonObject();
        if (arn is not null)
        {
            o["FunctionArn"] = arn;
        }

        var ready = p.Done && p.FailureReason is null;
        o["RequestedProvisionedConcurrentExecutions"] = p.Requested;
        o["AvailableProvisionedConcurrentExecutions"] = ready ? p.Requested : 0;
        o["AllocatedProvisionedConcurrentExecutions"] = ready ? p.Requested : 0;
        o["Status"] = !p.Done ? "IN_PROGRESS" : ready ? "READY" : "FAILED";
        if (p.Done && p.FailureReason is { } reason)
        {
            o["StatusReason"] = reason;
        }

        o["LastModified"] = p.LastModified.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'+0000'", CultureInfo.InvariantCulture);
        return o;
    }
}
