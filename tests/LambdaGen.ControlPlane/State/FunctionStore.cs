using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace LambdaGen.ControlPlane;

/// <summary>A function reference from a URI label: name, partial ARN or full ARN, optionally qualified.</summary>
internal sealed record FunctionRef(string Name, string? Qualifier, string? Region, string? Account);

/// <summary>
/// Holds every function and drives the two asynchronous state machines of the real service:
/// State Pending→Active after CreateFunction, LastUpdateStatus InProgress→Successful after an update.
/// Transitions are applied lazily (whenever a record is read) once SettleDelay has passed, so no timers
/// run and a snapshot is always consistent. One lock guards everything; operations are short.
/// </summary>
internal sealed class FunctionStore
{
    private static readonly Regex RefPattern = new(
        @"^(?:arn:(?:aws[a-zA-Z-]*)?:lambda:)?(?:(?<region>(?:eusc-)?[a-z]{2}(?:(?:-gov)|(?:-iso[a-z]?))?-[a-z]+-[0-9]):)?(?:(?<account>[0-9]{12}):)?(?:function:)?(?<name>[a-zA-Z0-9\-_.]+)(?::(?<qualifier>\$LATEST(?:\.PUBLISHED)?|[a-zA-Z0-9\-_]+))?$",
        RegexOptions.CultureInvariant);

    private readonly Dictionary<string, FunctionRecord> _functions = new(StringComparer.Ordinal);
    private readonly LambdaControlPlaneOptions _options;

    public FunctionStore(LambdaControlPlaneOptions options)
    {
        _options = options;
    }

    public object Sync { get; } = new();

    public string ArnFor(string name) => $"arn:aws:lambda:{_options.Region}:{_options.AccountId}:function:{name}";

    public static FunctionRef? ParseRef(string reference)
    {
        var m = RefPattern.Match(reference);
        if (!m.Success)
        {
            return null;
        }

        static string? G(Match m, string g) => m.Groups[g].Success ? m.Groups[g].Value : null;
        return new FunctionRef(m.Groups["name"].Value, G(m, "qualifier"), G(m, "region"), G(m, "account"));
    }

    /// <summary>The ARN the service quotes in a not-found error for this reference.</summary>
    public string NotFoundArn(FunctionRef r) =>
        $"arn:aws:lambda:{r.Region ?? _options.Region}:{r.Account ?? _options.AccountId}:function:{r.Name}" +
        (r.Qualifier is null ? "" : ":" + r.Qualifier);

    /// <summary>Finds a function (caller holds <see cref="Sync"/>); settles it first if its delay has passed.</summary>
    public FunctionRecord? Find(FunctionRef r)
    {
        if ((r.Region is not null && r.Region != _options.Region) || (r.Account is not null && r.Account != _options.AccountId))
        {
            return null;
        }

        if (!_functions.TryGetValue(r.Name, out var f))
        {
            return null;
        }

        Advance(f, DateTimeOffset.UtcNow);
        return f;
    }

    public FunctionRecord Get(FunctionRef r) => Find(r) ?? throw AwsServiceException.NotFound(NotFoundArn(r));

    public bool Contains(string name) => _functions.ContainsKey(name);

    public void Add(FunctionRecord f) => _functions.Add(f.Name, f);

    /// <summary>Drops a function; what it owned (<see cref="FunctionResources"/>) goes with the record.</summary>
    public bool Remove(string name) => _functions.Remove(name);

    /// <summary>Every function (caller holds <see cref="Sync"/>), for account-wide sums such as concurrency.</summary>
    public IEnumerable<FunctionRecord> All => _functions.Values;

    /// <summary>Puts a record into the "being created" state.</summary>
    public void BeginCreate(FunctionRecord f, DateTimeOffset now)
    {
        f.State = "Pending";
        f.StateReason = "The function is being created.";
        f.StateReasonCode = "Creating";
        f.LastUpdateStatus = null; // the service reports no LastUpdateStatus until creation finishes
        f.LastModified = now;
        f.RevisionId = Guid.NewGuid().ToString();
        f.SettleAt = now + _options.SettleDelay;
    }

    /// <summary>Puts a record into the "update in progress" state (the service's own reason text says "created").</summary>
    public void BeginUpdate(FunctionRecord f, DateTimeOffset now)
    {
        f.LastUpdateStatus = "InProgress";
        f.LastUpdateStatusReason = "The function is being created.";
        f.LastUpdateStatusReasonCode = "Creating";
        f.LastModified = now;
        f.RevisionId = Guid.NewGuid().ToString();
        f.SettleAt = now + _options.SettleDelay;
        f.UpdateCount++;
    }

    /// <summary>Lambda refuses a second change while the first is still being applied.</summary>
    public void EnsureUpdatable(FunctionRecord f)
    {
        if (f.State == "Pending")
        {
            throw new AwsServiceException(409, "ResourceConflictException",
                "The operation cannot be performed at this time. The function is currently in the following state: Pending");
        }

        if (f.LastUpdateStatus == "InProgress")
        {
            throw AwsServiceException.UpdateInProgress(f.Arn);
        }
    }

    /// <summary>Marks a record settled immediately (for seeding).</summary>
    public static void SettleNow(FunctionRecord f)
    {
        f.SettleAt = DateTimeOffset.MinValue;
        Advance(f, DateTimeOffset.UtcNow);
    }

    private static void Advance(FunctionRecord f, DateTimeOffset now)
    {
        if (f.SettleAt is not { } at || now < at)
        {
            return;
        }

        f.State = "Active";
        f.StateReason = null;
        f.StateReasonCode = null;
        f.LastUpdateStatus = "Successful";
        f.LastUpdateStatusReason = null;
        f.LastUpdateStatusReasonCode = null;
        f.SettleAt = null;

        // The real service writes a new revision when a transition completes, so a RevisionId taken from
        // an update's response no longer matches after waiting (clients must re-read it).
        f.RevisionId = Guid.NewGuid().ToString();

        foreach (var v in f.LatestPublished is null ? f.Versions : f.Versions.Append(f.LatestPublished))
        {
            var c = v.Configuration;
            c["State"] = "Active";
            c.Remove("StateReason");
            c.Remove("StateReasonCode");
            c["LastUpdateStatus"] = "Successful";
            c.Remove("LastUpdateStatusReason");
            c.Remove("LastUpdateStatusReasonCode");
        }
    }

    public Dictionary<string, FunctionState> Snapshot()
    {
        lock (Sync)
        {
            var now = DateTimeOffset.UtcNow;
            var result = new Dictionary<string, FunctionState>(StringComparer.Ordinal);
            foreach (var f in _functions.Values)
            {
                Advance(f, now);
                result[f.Name] = ToState(f);
            }

            return result;
        }
    }

    public static FunctionState ToState(FunctionRecord f) => new(
        f.Name,
        f.Arn,
        f.State,
        f.StateReasonCode,
        f.LastUpdateStatus,
        f.RevisionId,
        f.CodeSha256,
        f.CodeSize,
        f.ZipFile?.ToArray(),
        f.S3Bucket,
        f.S3Key,
        f.ImageUri,
        LambdaJson.Write(FunctionConfigurationRenderer.Render(f)),
        new Dictionary<string, string>(f.Tags, StringComparer.Ordinal),
        f.Versions.Select(v => new FunctionVersionState(v.Version, v.CodeSha256, v.Description, LambdaJson.Write(v.Configuration))).ToArray(),
        f.CodeSigningConfigArn,
        f.UpdateCount,
        f.LatestPublished is { } latest ? new FunctionVersionState(latest.Version, latest.CodeSha256, latest.Description, LambdaJson.Write(latest.Configuration)) : null);
}

/// <summary>JSON output the way AWS writes it: compact, no HTML-escaping of '+' in base64 hashes.</summary>
internal static class LambdaJson
{
    public static readonly System.Text.Json.JsonSerializerOptions Options = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Write(JsonNode node) => node.ToJsonString(Options);
}
