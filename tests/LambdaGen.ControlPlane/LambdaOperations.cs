using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace LambdaGen.ControlPlane;

/// <summary>What an operation answers on success: status and body (null = no body, e.g. 204).</summary>
internal sealed record OperationResult(int Status, JsonNode? Body);

/// <summary>
/// The business logic of each implemented Lambda operation: validate (model, then service rules), look
/// the function up, check preconditions (state, RevisionId), mutate under the store's lock, answer.
/// </summary>
internal sealed partial class LambdaOperations
{
    private readonly FunctionStore _store;
    private readonly S3ObjectStore _s3;
    private readonly LambdaControlPlaneOptions _options;

    public LambdaOperations(FunctionStore store, S3ObjectStore s3, LambdaControlPlaneOptions options)
    {
        _store = store;
        _s3 = s3;
        _options = options;
    }

    public OperationResult Execute(RouteMatch route, IReadOnlyList<KeyValuePair<string, string>> query, string body) => route.Operation switch
    {
        "CreateFunction" => CreateFunction(body, seed: false).Result,
        "GetFunctionConfiguration" => GetFunctionConfiguration(route.Target!, QueryValue(query, "Qualifier")),
        "GetFunction" => GetFunction(route.Target!, QueryValue(query, "Qualifier")),
        "UpdateFunctionConfiguration" => UpdateFunctionConfiguration(route.Target!, body),
        "UpdateFunctionCode" => UpdateFunctionCode(route.Target!, body),
        "PublishVersion" => PublishVersion(route.Target!, body),
        "ListTags" => ListTags(route.Target!),
        "TagResource" => TagResource(route.Target!, body),
        "UntagResource" => UntagResource(route.Target!, query),
        "PutFunctionCodeSigningConfig" => PutFunctionCodeSigningConfig(route.Target!, body),
        "GetFunctionCodeSigningConfig" => GetFunctionCodeSigningConfig(route.Target!),
        "DeleteFunctionCodeSigningConfig" => DeleteFunctionCodeSigningConfig(route.Target!),
        _ when ExecuteResource(route, query, body) is { } resource => resource,
        _ when ExecuteEventSourceMapping(route, query, body) is { } mapping => mapping,
        _ => throw new AwsServiceException(404, "UnknownOperationException", "Unknown operation"),
    };

    public (OperationResult Result, FunctionRecord Record) CreateFunction(string body, bool seed)
    {
        var req = ShapeValidator.ParseAndValidate(body, LambdaShapes.CreateFunctionRequest);
        var nameRef = FunctionStore.ParseRef(Json.Str(req, "FunctionName")!)!;
        if (nameRef.Qualifier is not null)
        {
            // Approximate wording: CreateFunction takes an unqualified name.
            throw AwsServiceException.InvalidParameter("Unqualified function name expected: a version or alias is not allowed in CreateFunction's FunctionName.");
        }

        if ((nameRef.Region ?? _options.Region) != _options.Region || (nameRef.Account ?? _options.AccountId) != _options.AccountId)
        {
            throw AwsServiceException.InvalidParameter("The function ARN's region and account must match the endpoint's region and the caller's account.");
        }

        var packageType = Json.Str(req, "PackageType") ?? "Zip";
        ServiceRules.CheckConfiguration(req, current: null, _options.Region);
        var code = ReadCode(Json.Obj(req, "Code")!, packageType, isUpdate: false);

        var now = DateTimeOffset.UtcNow;
        var f = new FunctionRecord
        {
            Name = nameRef.Name,
            Arn = _store.ArnFor(nameRef.Name),
            Role = Json.Str(req, "Role")!,
            PackageType = packageType,
        };
        ApplyConfiguration(f, req, isCreate: true);
        if (Json.StrList(req, "Architectures") is { Count: 1 } arch)
        {
            f.Architecture = arch[0];
        }

        f.CodeSigningConfigArn = Json.Str(req, "CodeSigningConfigArn");
        if (Json.Map(req, "Tags") is { } tags)
        {
            foreach (var (k, v) in tags)
            {
                f.Tags[k] = v;
            }
        }

        if (Json.Obj(req, "TenancyConfig") is { } tenancy)
        {
            f.TenancyConfig = (JsonObject)tenancy.DeepClone();
        }

        ApplyCode(f, code);

        lock (_store.Sync)
        {
            if (_store.Contains(f.Name))
            {
                throw new AwsServiceException(409, "ResourceConflictException", $"Function already exist: {f.Name}");
            }

            _store.BeginCreate(f, now);
            if (seed)
            {
                FunctionStore.SettleNow(f);
            }

            _store.Add(f);
            JsonObject response = Json.Bool(req, "Publish") == true
                ? (JsonObject)Publish(f, null, Json.Str(req, "PublishTo")).Configuration.DeepClone()
                : FunctionConfigurationRenderer.Render(f);
            return (new OperationResult(201, response), f);
        }
    }

    private OperationResult GetFunctionConfiguration(string label, string? qualifier)
    {
        lock (_store.Sync)
        {
            var (f, version) = ResolveQualified(label, qualifier);
            return new OperationResult(200, ConfigurationOf(f, version));
        }
    }

    private OperationResult GetFunction(string label, string? qualifier)
    {
        lock (_store.Sync)
        {
            var (f, version) = ResolveQualified(label, qualifier);
            var code = f.PackageType == "Image"
                ? new JsonObject
                {
                    ["RepositoryType"] = "ECR",
                    ["ImageUri"] = f.ImageUri,
                    ["ResolvedImageUri"] = $"{f.ImageUri?.Split('@')[0].Split(':')[0]}@sha256:{Convert.ToHexStringLower(Convert.FromBase64String(f.CodeSha256))}",
                }
                : new JsonObject
                {
                    ["RepositoryType"] = "S3",
                    // A pre-signed download URL in the real service; here a stable, recognisable stand-in.
                    ["Location"] = $"https://awslambda-{_options.Region}-tasks.s3.{_options.Region}.amazonaws.com/snapshots/{_options.AccountId}/{f.Name}-{f.RevisionId}?X-Amz-Algorithm=AWS4-HMAC-SHA256",
                };
            var response = new JsonObject
            {
                ["Configuration"] = ConfigurationOf(f, version),
                ["Code"] = code,
            };
            if (f.Tags.Count > 0)
            {
                response["Tags"] = TagsObject(f);
            }

            if (FunctionResources.Of(f).ReservedConcurrency is { } reserved)
            {
                response["Concurrency"] = new JsonObject { ["ReservedConcurrentExecutions"] = reserved };
            }

            return new OperationResult(200, response);
        }
    }

    public OperationResult UpdateFunctionConfiguration(string label, string body)
    {
        var req = ShapeValidator.ParseAndValidate(body, LambdaShapes.UpdateFunctionConfigurationRequest);
        lock (_store.Sync)
        {
            var f = ResolveUnqualified(label);
            CheckRevision(f, Json.Str(req, "RevisionId"));
            _store.EnsureUpdatable(f);
            ServiceRules.CheckConfiguration(req, f, _options.Region);
            ApplyConfiguration(f, req, isCreate: false);
            _store.BeginUpdate(f, DateTimeOffset.UtcNow);
            return new OperationResult(200, FunctionConfigurationRenderer.Render(f));
        }
    }

    private OperationResult UpdateFunctionCode(string label, string body)
    {
        var req = ShapeValidator.ParseAndValidate(body, LambdaShapes.UpdateFunctionCodeRequest);
        lock (_store.Sync)
        {
            var f = ResolveUnqualified(label);
            CheckRevision(f, Json.Str(req, "RevisionId"));
            _store.EnsureUpdatable(f);
            var code = ReadCode(req, f.PackageType, isUpdate: true);
            if (Json.Bool(req, "DryRun") == true)
            {
                return new OperationResult(200, FunctionConfigurationRenderer.Render(f));
            }

            ApplyCode(f, code);
            if (Json.StrList(req, "Architectures") is { Count: 1 } arch)
            {
                f.Architecture = arch[0];
            }

            _store.BeginUpdate(f, DateTimeOffset.UtcNow);
            var response = Json.Bool(req, "Publish") == true
                ? (JsonObject)Publish(f, null, Json.Str(req, "PublishTo")).Configuration.DeepClone()
                : FunctionConfigurationRenderer.Render(f);
            return new OperationResult(200, response);
        }
    }

    private OperationResult PublishVersion(string label, string body)
    {
        var req = ShapeValidator.ParseAndValidate(body, LambdaShapes.PublishVersionRequest);
        lock (_store.Sync)
        {
            var f = ResolveUnqualified(label);
            CheckRevision(f, Json.Str(req, "RevisionId"));
            _store.EnsureUpdatable(f); // a version is cut only from a settled $LATEST
            if (Json.Str(req, "CodeSha256") is { } sha && sha != f.CodeSha256)
            {
                throw AwsServiceException.InvalidParameter(
                    $"CodeSHA256 ({sha}) is different from current CodeSHA256 in $LATEST ({f.CodeSha256}). Please try again with the CodeSHA256 in $LATEST.");
            }

            var version = Publish(f, Json.Str(req, "Description"), Json.Str(req, "PublishTo"));
            return new OperationResult(201, version.Configuration.DeepClone());
        }
    }

    private OperationResult ListTags(string resource)
    {
        lock (_store.Sync)
        {
            var f = ResolveTagResource(resource);
            return new OperationResult(200, new JsonObject { ["Tags"] = TagsObject(f) });
        }
    }

    private OperationResult TagResource(string resource, string body)
    {
        var req = ShapeValidator.ParseAndValidate(body, LambdaShapes.TagResourceRequest);
        var tags = Json.Map(req, "Tags")!;
        lock (_store.Sync)
        {
            var f = ResolveTagResource(resource);
            var resulting = f.Tags.Keys.Union(tags.Keys, StringComparer.Ordinal).Count();
            ServiceRules.CheckTags(tags, resulting);
            foreach (var (k, v) in tags)
            {
                f.Tags[k] = v;
            }

            return new OperationResult(204, null);
        }
    }

    private OperationResult UntagResource(string resource, IReadOnlyList<KeyValuePair<string, string>> query)
    {
        var keys = query.Where(kv => kv.Key == "tagKeys").Select(kv => kv.Value).ToList();
        if (keys.Count == 0)
        {
            ShapeValidator.ThrowIfAny([ShapeValidator.Error("null", "tagKeys", "Member must not be null")]);
        }

        lock (_store.Sync)
        {
            var f = ResolveTagResource(resource);
            foreach (var k in keys)
            {
                f.Tags.Remove(k);
            }

            return new OperationResult(204, null);
        }
    }

    private OperationResult PutFunctionCodeSigningConfig(string label, string body)
    {
        var req = ShapeValidator.ParseAndValidate(body, LambdaShapes.PutFunctionCodeSigningConfigRequest);
        lock (_store.Sync)
        {
            var f = ResolveUnqualified(label);
            f.CodeSigningConfigArn = Json.Str(req, "CodeSigningConfigArn");
            return new OperationResult(200, new JsonObject
            {
                ["CodeSigningConfigArn"] = f.CodeSigningConfigArn,
                ["FunctionName"] = f.Name,
            });
        }
    }

    // ---- lookups -------------------------------------------------------------------------------

    private (FunctionRecord Function, string? Version) ResolveQualified(string label, string? queryQualifier)
    {
        ShapeValidator.CheckLabel(label, LambdaShapes.NamespacedFunctionName, "functionName");
        if (queryQualifier is not null)
        {
            ShapeValidator.CheckLabel(queryQualifier, LambdaShapes.Qualifier, "qualifier");
        }

        var r = FunctionStore.ParseRef(label) ?? throw AwsServiceException.NotFound(label);
        if (r.Qualifier is not null && queryQualifier is not null && r.Qualifier != queryQualifier)
        {
            throw AwsServiceException.InvalidParameter("The derived qualifier from the function name does not match the specified qualifier.");
        }

        var qualifier = r.Qualifier ?? queryQualifier;
        var f = _store.Get(r with { Qualifier = null });
        if (qualifier is null or "$LATEST")
        {
            return (f, null);
        }

        if (f.Versions.Any(v => v.Version == qualifier) || (qualifier == LatestPublished && f.LatestPublished is not null))
        {
            return (f, qualifier);
        }

        if (AliasTarget(f, qualifier) is { } aliased)
        {
            return (f, aliased == "$LATEST" ? null : aliased); // an alias reads as the version it points at
        }

        throw AwsServiceException.NotFound(_store.NotFoundArn(r with { Qualifier = qualifier }));
    }

    private FunctionRecord ResolveUnqualified(string label)
    {
        ShapeValidator.CheckLabel(label, LambdaShapes.FunctionName, "functionName");
        var r = FunctionStore.ParseRef(label)!;
        if (r.Qualifier is not null and not "$LATEST")
        {
            // Approximate wording: updates apply to the unpublished function only.
            throw AwsServiceException.InvalidParameter($"Qualified function names are not supported for this operation: {label}");
        }

        return _store.Get(r with { Qualifier = null });
    }

    private FunctionRecord ResolveTagResource(string resource)
    {
        ShapeValidator.CheckLabel(resource, LambdaShapes.TaggableResource, "resource");
        var r = FunctionStore.ParseRef(resource)
            ?? throw AwsServiceException.InvalidParameter($"Only function ARNs are supported as tag resources here: {resource}");
        if (r.Qualifier is not null)
        {
            throw AwsServiceException.InvalidParameter("Tags on function aliases and versions are not supported. Please specify a function ARN.");
        }

        return _store.Get(r);
    }

    private static JsonObject ConfigurationOf(FunctionRecord f, string? version) =>
        version is null
            ? FunctionConfigurationRenderer.Render(f)
            : version == LatestPublished
                ? (JsonObject)f.LatestPublished!.Configuration.DeepClone()
                : (JsonObject)f.Versions.Single(v => v.Version == version).Configuration.DeepClone();

    private static void CheckRevision(FunctionRecord f, string? revisionId)
    {
        if (revisionId is not null && revisionId != f.RevisionId)
        {
            throw AwsServiceException.RevisionMismatch();
        }
    }

    private static JsonObject TagsObject(FunctionRecord f)
    {
        var o = new JsonObject();
        foreach (var (k, v) in f.Tags)
        {
            o[k] = v;
        }

        return o;
    }

    private static string? QueryValue(IReadOnlyList<KeyValuePair<string, string>> query, string name) =>
        query.Where(kv => kv.Key == name).Select(kv => kv.Value).FirstOrDefault();

    // ---- mutation ------------------------------------------------------------------------------

    /// <summary>
    /// Applies configuration members. A member that is present replaces the current value; a present but
    /// empty member resets it (Environment {"Variables":{}}, Layers [], empty VPC lists, TargetArn "").
    /// </summary>
    private static void ApplyConfiguration(FunctionRecord f, JsonObject req, bool isCreate)
    {
        if (Json.Str(req, "Role") is { } role)
        {
            f.Role = role;
        }

        if (Json.Str(req, "Runtime") is { } runtime)
        {
            f.Runtime = runtime;
        }

        if (Json.Str(req, "Handler") is { } handler)
        {
            f.Handler = handler;
        }

        if (Json.Str(req, "Description") is { } description)
        {
            f.Description = description;
        }

        if (Json.Int(req, "Timeout") is { } timeout)
        {
            f.Timeout = timeout;
        }

        if (Json.Int(req, "MemorySize") is { } memory)
        {
            f.MemorySize = memory;
        }

        if (Json.Obj(req, "VpcConfig") is { } vpc)
        {
            f.SubnetIds = Json.StrList(vpc, "SubnetIds") ?? new List<string>();
            f.SecurityGroupIds = Json.StrList(vpc, "SecurityGroupIds") ?? new List<string>();
            f.Ipv6AllowedForDualStack = Json.Bool(vpc, "Ipv6AllowedForDualStack") ?? false;
        }

        if (Json.Obj(req, "Environment") is { } env)
        {
            var vars = Json.Map(env, "Variables");
            f.Environment = vars is { Count: > 0 } ? vars : null;
        }

        if (Json.Obj(req, "DeadLetterConfig") is { } dlq)
        {
            f.DeadLetterTargetArn = Json.Str(dlq, "TargetArn") is { Length: > 0 } target ? target : null;
        }

        if (Json.Str(req, "KMSKeyArn") is { } kms)
        {
            f.KmsKeyArn = kms.Length > 0 ? kms : null;
        }

        if (Json.Obj(req, "TracingConfig") is { } tracing)
        {
            f.TracingMode = Json.Str(tracing, "Mode") ?? "PassThrough";
        }

        if (Json.StrList(req, "Layers") is { } layers)
        {
            f.Layers = layers;
        }

        if (req["FileSystemConfigs"] is JsonArray fileSystems)
        {
            f.FileSystemConfigs = fileSystems
                .Select(n => (Json.Str(n!.AsObject(), "Arn")!, Json.Str(n.AsObject(), "LocalMountPath")!))
                .ToList();
        }

        if (Json.Obj(req, "ImageConfig") is { } image)
        {
            f.ImageConfig = image.Count > 0 ? (JsonObject)image.DeepClone() : null;
        }

        if (Json.Obj(req, "EphemeralStorage") is { } storage)
        {
            f.EphemeralStorageSize = Json.Int(storage, "Size")!.Value;
        }

        if (Json.Obj(req, "SnapStart") is { } snap)
        {
            f.SnapStartApplyOn = Json.Str(snap, "ApplyOn") ?? "None";
        }

        if (Json.Obj(req, "LoggingConfig") is { } logging)
        {
            var format = Json.Str(logging, "LogFormat") ?? f.LogFormat;
            var app = Json.Str(logging, "ApplicationLogLevel");
            var sys = Json.Str(logging, "SystemLogLevel");
            if (format == "JSON")
            {
                // The service fills in INFO for levels never chosen once logs are structured.
                f.ApplicationLogLevel = app ?? f.ApplicationLogLevel ?? "INFO";
                f.SystemLogLevel = sys ?? f.SystemLogLevel ?? "INFO";
            }
            else
            {
                f.ApplicationLogLevel = null;
                f.SystemLogLevel = null;
            }

            f.LogFormat = format;
            if (Json.Str(logging, "LogGroup") is { } group)
            {
                f.LogGroup = group;
            }
        }

        // A structure that is present replaces the current one whole, as VpcConfig does (approximate: whether the service
        // merges members left out of an update was not captured). ServiceRules refuses to add either on an update.
        if (Json.Obj(req, "CapacityProviderConfig") is { } capacity)
        {
            f.CapacityProviderConfig = (JsonObject)capacity.DeepClone();
        }

        if (Json.Obj(req, "DurableConfig") is { } durable)
        {
            f.DurableConfig = (JsonObject)durable.DeepClone();
        }

        _ = isCreate;
    }

    /// <summary>A code source; <paramref name="S3Object"/> is the object Lambda copied, when the plane holds its bucket.</summary>
    private sealed record CodeSource(byte[]? Zip, string? S3Bucket, string? S3Key, string? S3ObjectVersion, string? ImageUri, S3ObjectState? S3Object = null);

    /// <summary>Reads exactly one code source (zip bytes, S3 object or image) suitable for the package type.</summary>
    private CodeSource ReadCode(JsonObject o, string packageType, bool isUpdate)
    {
        var zip = o["ZipFile"] is { } z ? ShapeValidator.ReadBlob(z, "zipFile") : null;
        var bucket = Json.Str(o, "S3Bucket");
        var key = Json.Str(o, "S3Key");
        var version = Json.Str(o, "S3ObjectVersion");
        var image = Json.Str(o, "ImageUri");

        // The service's wording for these source errors was not captured; messages are approximate.
        if (packageType == "Image")
        {
            if (zip is not null || bucket is not null || key is not null)
            {
                throw AwsServiceException.InvalidParameter("Please provide ImageUri (and not ZipFile or S3Bucket/S3Key) when the intended function PackageType is Image.");
            }

            if (image is null)
            {
                throw AwsServiceException.InvalidParameter("Please provide ImageUri when the intended function PackageType is Image.");
            }

            return new CodeSource(null, null, null, null, image);
        }

        if (image is not null)
        {
            throw AwsServiceException.InvalidParameter(isUpdate
                ? "Please don't provide ImageUri when updating a function with packageType Zip."
                : "Please don't provide ImageUri when the intended function PackageType is Zip.");
        }

        if (zip is not null && (bucket is not null || key is not null))
        {
            throw AwsServiceException.InvalidParameter("Please provide either ZipFile or S3Bucket and S3Key, not both.");
        }

        if (zip is null && (bucket is null || key is null))
        {
            throw AwsServiceException.InvalidParameter(bucket is null && key is null
                ? "Please provide a source for function code: ZipFile, or S3Bucket and S3Key."
                : "Please provide both S3Bucket and S3Key.");
        }

        if (zip is { Length: > ServiceRules.MaxZipBytes })
        {
            throw new AwsServiceException(413, "RequestEntityTooLargeException", $"Zipped size must be smaller than {ServiceRules.MaxZipBytes} bytes");
        }

        return zip is null ? FetchS3(bucket!, key!, version) : new CodeSource(zip, null, null, null, null);
    }

    /// <summary>
    /// Lambda reads the object when the call is made, and reports S3's own error code inside its 400 when it cannot.
    /// Buckets are unversioned here, so an S3ObjectVersion cannot be found.
    /// </summary>
    private CodeSource FetchS3(string bucket, string key, string? version)
    {
        if (!_s3.HasBucket(bucket))
        {
            if (!_options.RejectUnknownS3Buckets)
            {
                return new CodeSource(null, bucket, key, version, null); // an outside bucket: not read
            }

            throw GetObjectFailed("NoSuchBucket", "The specified bucket does not exist");
        }

        if (version is not null)
        {
            // Approximate: what S3 answers for a version id it never issued, as Lambda would quote it.
            throw GetObjectFailed("InvalidArgument", "Invalid version id specified");
        }

        var found = _s3.Find(bucket, key) ?? throw GetObjectFailed("NoSuchKey", "The specified key does not exist.");
        return new CodeSource(null, bucket, key, null, null, found);
    }

    private static AwsServiceException GetObjectFailed(string s3Code, string s3Message) =>
        AwsServiceException.InvalidParameter($"Error occurred while GetObject. S3 Error Code: {s3Code}. S3 Error Message: {s3Message}");

    private static void ApplyCode(FunctionRecord f, CodeSource code)
    {
        f.ZipFile = code.Zip;
        f.S3Bucket = code.S3Bucket;
        f.S3Key = code.S3Key;
        f.S3ObjectVersion = code.S3ObjectVersion;
        f.ImageUri = code.ImageUri;
        if (code.Zip is not null)
        {
            // The service reports the base64 (not hex) SHA-256 of the deployment package.
            f.CodeSha256 = Convert.ToBase64String(SHA256.HashData(code.Zip));
            f.CodeSize = code.Zip.LongLength;
        }
        else if (code.S3Object is { } stored)
        {
            // The package is the object's bytes, so its hash matches a ZipFile upload of the same zip.
            f.CodeSha256 = stored.CodeSha256;
            f.CodeSize = stored.Content.LongLength;
        }
        else
        {
            // An image or an outside bucket is not fetched: hash the location so different ones still differ. Size unknown → 0.
            var location = code.ImageUri ?? $"s3://{code.S3Bucket}/{code.S3Key}?versionId={code.S3ObjectVersion}";
            f.CodeSha256 = Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(location)));
            f.CodeSize = 0;
        }
    }

    /// <summary>The version PublishTo LATEST_PUBLISHED creates or republishes.</summary>
    public const string LatestPublished = "$LATEST.PUBLISHED";

    /// <summary>
    /// Cuts a version from $LATEST, or returns the newest version when nothing changed since it was cut
    /// (the service does not publish an identical version twice). With <paramref name="publishTo"/> LATEST_PUBLISHED it
    /// creates or republishes the <c>$LATEST.PUBLISHED</c> version instead of a numbered one ("aws lambda publish-version
    /// --publish-to LATEST_PUBLISHED creates or republishes the $LATEST.PUBLISHED version", Lambda DG,
    /// lambda-managed-instances-version-publishing.html). Caller holds the store lock.
    /// </summary>
    private static PublishedVersion Publish(FunctionRecord f, string? description, string? publishTo = null)
    {
        var fingerprint = FunctionConfigurationRenderer.Fingerprint(f) + "|" + f.CodeSha256;
        if (publishTo == "LATEST_PUBLISHED")
        {
            var latest = FunctionConfigurationRenderer.Render(f, LatestPublished);
            latest["Description"] = description ?? f.Description;
            latest["RevisionId"] = Guid.NewGuid().ToString();
            f.LatestPublished = new PublishedVersion(LatestPublished, f.CodeSha256, description ?? f.Description, latest, fingerprint);
            return f.LatestPublished;
        }

        if (f.Versions.Count > 0 && f.Versions[^1].Fingerprint == fingerprint)
        {
            return f.Versions[^1];
        }

        var number = (f.Versions.Count == 0 ? 1 : int.Parse(f.Versions[^1].Version, System.Globalization.CultureInfo.InvariantCulture) + 1)
            .ToString(System.Globalization.CultureInfo.InvariantCulture);
        var config = FunctionConfigurationRenderer.Render(f, number);
        config["Description"] = description ?? f.Description;
        config["RevisionId"] = Guid.NewGuid().ToString();
        var published = new PublishedVersion(number, f.CodeSha256, description ?? f.Description, config, fingerprint);
        f.Versions.Add(published);
        return published;
    }
}
