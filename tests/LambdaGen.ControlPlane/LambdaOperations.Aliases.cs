using System.Globalization;
using System.Text.Json.Nodes;

namespace LambdaGen.ControlPlane;

/// <summary>
/// Aliases (<c>/2015-03-31/functions/{FunctionName}/aliases[/{Name}]</c>), ListVersionsByFunction and DeleteFunction.
/// An alias points at $LATEST or an existing published version, optionally with one weighted additional version.
/// </summary>
internal sealed partial class LambdaOperations
{
    private OperationResult CreateAlias(string label, string body)
    {
        var req = ShapeValidator.ParseAndValidate(body, ResourceShapes.CreateAliasRequest);
        lock (_store.Sync)
        {
            var t = ResolveTarget(label, null, LambdaShapes.FunctionName, null);
            var f = t.Function;
            var name = Json.Str(req, "Name")!;
            var version = Json.Str(req, "FunctionVersion")!;
            CheckAliasVersion(f, version);
            var weights = ReadRouting(f, version, req);
            var aliases = t.Resources.Aliases;
            if (aliases.ContainsKey(name))
            {
                throw Conflict($"Alias already exists: {f.Arn}:{name}");
            }

            var alias = new AliasRecord
            {
                Name = name,
                FunctionVersion = version,
                Description = Json.Str(req, "Description") ?? "",
                Weights = weights,
            };
            aliases[name] = alias;
            return new OperationResult(201, RenderAlias(f, alias));
        }
    }

    private OperationResult GetAlias(string label, string name)
    {
        lock (_store.Sync)
        {
            var (f, alias) = FindAlias(label, name);
            return new OperationResult(200, RenderAlias(f, alias));
        }
    }

    private OperationResult UpdateAlias(string label, string name, string body)
    {
        var req = ShapeValidator.ParseAndValidate(body, ResourceShapes.UpdateAliasRequest);
        lock (_store.Sync)
        {
            var (f, alias) = FindAlias(label, name);
            if (Json.Str(req, "RevisionId") is { } revision && revision != alias.RevisionId)
            {
                throw AwsServiceException.RevisionMismatch();
            }

            var version = Json.Str(req, "FunctionVersion") ?? alias.FunctionVersion;
            CheckAliasVersion(f, version);
            var weights = req["RoutingConfig"] is not null ? ReadRouting(f, version, req) : alias.Weights;
            if (req["RoutingConfig"] is null && weights is { Count: > 0 })
            {
                CheckRouting(f, version, weights);
            }

            alias.FunctionVersion = version;
            alias.Weights = weights;
            if (Json.Str(req, "Description") is { } description)
            {
                alias.Description = description;
            }

            // Every accepted update writes a new revision, changed or not.
            alias.RevisionId = Guid.NewGuid().ToString();
            return new OperationResult(200, RenderAlias(f, alias));
        }
    }

    /// <summary>
    /// 204; what was scoped to the alias (its URL config, policy, provisioned concurrency, event invoke config) goes with it.
    /// A missing alias is a 404 worded as GetAlias words it (approximate: not captured for DeleteAlias).
    /// </summary>
    private OperationResult DeleteAlias(string label, string name)
    {
        lock (_store.Sync)
        {
            var (f, alias) = FindAlias(label, name);
            var resources = FunctionResources.Of(f);
            resources.Aliases.Remove(alias.Name);
            resources.RemoveQualifier(alias.Name);
            return new OperationResult(204, null);
        }
    }

    private OperationResult ListAliases(string label, IReadOnlyList<KeyValuePair<string, string>> query)
    {
        var version = QueryValue(query, "FunctionVersion");
        if (version is not null)
        {
            ShapeValidator.CheckLabel(version, ResourceShapes.VersionWithLatestPublished, "functionVersion");
        }

        lock (_store.Sync)
        {
            var t = ResolveTarget(label, null, LambdaShapes.FunctionName, null);
            var all = t.Resources.Aliases.Values
                .Where(a => version is null || a.FunctionVersion == version)
                .OrderBy(a => a.Name, StringComparer.Ordinal)
                .Select(a => (JsonNode)RenderAlias(t.Function, a))
                .ToList();
            var (page, next) = Page(all, query, ResourceShapes.MaxListItems);
            var response = new JsonObject { ["Aliases"] = new JsonArray(page.Select(n => n.DeepClone()).ToArray()) };
            if (next is not null)
            {
                response["NextMarker"] = next;
            }

            return new OperationResult(200, response);
        }
    }

    /// <summary>$LATEST first, then the published versions in order, each as GetFunctionConfiguration reports it.</summary>
    private OperationResult ListVersionsByFunction(string label, IReadOnlyList<KeyValuePair<string, string>> query)
    {
        lock (_store.Sync)
        {
            var t = ResolveTarget(label, null, ResourceShapes.NamespacedFunctionName, null);
            var all = new List<JsonNode> { FunctionConfigurationRenderer.Render(t.Function) };
            all.AddRange(t.Function.Versions.Select(v => (JsonNode)v.Configuration.DeepClone()));
            var (page, next) = Page(all, query, ResourceShapes.MaxListItems);
            var response = new JsonObject { ["Versions"] = new JsonArray(page.Select(n => n.DeepClone()).ToArray()) };
            if (next is not null)
            {
                response["NextMarker"] = next;
            }

            return new OperationResult(200, response);
        }
    }

    /// <summary>
    /// Without a qualifier: the function and everything it owns (204). With a version number: that version and what
    /// is scoped to it, unless an alias points at it (409). $LATEST and aliases cannot be deleted this way (400).
    /// The messages for the version cases are approximate (not captured here).
    /// </summary>
    private OperationResult DeleteFunction(string label, string? queryQualifier)
    {
        lock (_store.Sync)
        {
            var t = ResolveTarget(label, queryQualifier, ResourceShapes.NamespacedFunctionName, ResourceShapes.NumericLatestPublishedOrAliasQualifier);
            var f = t.Function;
            if (t.Qualifier is null)
            {
                _store.Remove(f.Name);
                return new OperationResult(204, null);
            }

            if (t.Qualifier is "$LATEST" or "$LATEST.PUBLISHED")
            {
                throw AwsServiceException.InvalidParameter("$LATEST version cannot be deleted without deleting the function.");
            }

            if (!t.IsVersion)
            {
                throw AwsServiceException.InvalidParameter("Deletion of aliases is not supported by DeleteFunction. Use DeleteAlias.");
            }

            var version = f.Versions.FirstOrDefault(v => v.Version == t.Qualifier) ?? throw QualifierNotFound(f, t.Qualifier);
            var referencing = t.Resources.Aliases.Values
                .Where(a => a.FunctionVersion == version.Version || (a.Weights?.ContainsKey(version.Version) ?? false))
                .Select(a => a.Name)
                .Order(StringComparer.Ordinal)
                .ToList();
            if (referencing.Count > 0)
            {
                throw Conflict($"Unable to delete version because the following aliases reference it: [{string.Join(", ", referencing)}]");
            }

            f.Versions.Remove(version);
            t.Resources.RemoveQualifier(version.Version);
            return new OperationResult(204, null);
        }
    }

    private (FunctionRecord Function, AliasRecord Alias) FindAlias(string label, string name)
    {
        ShapeValidator.CheckLabel(name, ResourceShapes.Alias, "name");
        var t = ResolveTarget(label, null, LambdaShapes.FunctionName, null);
        return t.Resources.Aliases.TryGetValue(name, out var alias)
            ? (t.Function, alias)
            : throw NotFoundWith($"Cannot find alias arn: {t.Function.Arn}:{name}");
    }

    private static void CheckAliasVersion(FunctionRecord f, string version)
    {
        if (version != "$LATEST" && !VersionExists(f, version))
        {
            throw QualifierNotFound(f, version);
        }
    }

    private static Dictionary<string, double>? ReadRouting(FunctionRecord f, string version, JsonObject req)
    {
        if (Json.Obj(req, "RoutingConfig") is not { } routing || Json.Obj(routing, "AdditionalVersionWeights") is not { } map || map.Count == 0)
        {
            return null; // an empty routing config removes the weighted version
        }

        var weights = map.ToDictionary(kv => kv.Key, kv => kv.Value!.GetValue<double>(), StringComparer.Ordinal);
        CheckRouting(f, version, weights);
        return weights;
    }

    /// <summary>Routing rules: two versions at most, both published, the additional one different from the primary and existing.</summary>
    private static void CheckRouting(FunctionRecord f, string version, Dictionary<string, double> weights)
    {
        if (weights.Count > 1)
        {
            // Approximate wording: an alias covers at most two versions.
            throw AwsServiceException.InvalidParameter("Number of items in AdditionalVersionWeights cannot be greater than 1");
        }

        foreach (var extra in weights.Keys)
        {
            if (extra == version)
            {
                throw AwsServiceException.InvalidParameter(
                    $"Invalid function version {version}. Function version {version} is already included in routing configuration.");
            }

            if (version == "$LATEST")
            {
                throw AwsServiceException.InvalidParameter("$LATEST is not supported for an alias pointing to more than 1 version");
            }

            if (!VersionExists(f, extra))
            {
                throw QualifierNotFound(f, extra);
            }
        }
    }

    private static JsonObject RenderAlias(FunctionRecord f, AliasRecord a)
    {
        var o = new JsonObject
        {
            ["AliasArn"] = $"{f.Arn}:{a.Name}",
            ["Name"] = a.Name,
            ["FunctionVersion"] = a.FunctionVersion,
            ["Description"] = a.Description,
        };
        if (a.Weights is { Count: > 0 } weights)
        {
            var w = new JsonObject();
            foreach (var (k, v) in weights)
            {
                w[k] = v;
            }

            o["RoutingConfig"] = new JsonObject { ["AdditionalVersionWeights"] = w };
        }

        o["RevisionId"] = a.RevisionId;
        return o;
    }

    /// <summary>The version an alias points at, or null when <paramref name="qualifier"/> is not an alias of the function.</summary>
    private static string? AliasTarget(FunctionRecord f, string qualifier) =>
        FunctionResources.Of(f).Aliases.TryGetValue(qualifier, out var a) ? a.FunctionVersion : null;

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);
}
