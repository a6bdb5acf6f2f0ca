using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;

namespace LambdaGen.ControlPlane;

/// <summary>
/// What a function owns beside its configuration: aliases, function URL configs, resource policy statements,
/// reserved and provisioned concurrency, asynchronous invocation configs. Kept beside the <see cref="FunctionRecord"/>
/// (not in it) and attached to that record, so deleting the function (dropping the record) drops all of it, and a
/// function created again under the same name starts empty. Only touched under the store's lock.
/// Qualifier keys: "$LATEST" for the unqualified function, a version number or an alias name.
/// </summary>
internal sealed class FunctionResources
{
    private static readonly ConditionalWeakTable<FunctionRecord, FunctionResources> Table = new();

    public static FunctionResources Of(FunctionRecord f) => Table.GetValue(f, _ => new FunctionResources());

    public Dictionary<string, AliasRecord> Aliases { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, FunctionUrlRecord> Urls { get; } = new(StringComparer.Ordinal);

    /// <summary>Policy statements per qualifier, in the order they were added (each one rendered JSON object).</summary>
    public Dictionary<string, List<JsonObject>> Policies { get; } = new(StringComparer.Ordinal);

    public int? ReservedConcurrency { get; set; }

    public Dictionary<string, ProvisionedConcurrencyRecord> Provisioned { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, EventInvokeRecord> EventInvoke { get; } = new(StringComparer.Ordinal);

    /// <summary>Removes everything scoped to one qualifier (an alias or version being deleted).</summary>
    public void RemoveQualifier(string qualifier)
    {
        Urls.Remove(qualifier);
        Policies.Remove(qualifier);
        Provisioned.Remove(qualifier);
        EventInvoke.Remove(qualifier);
    }
}

/// <summary>An alias: the version it points at, an optional weighted second version, and its own RevisionId.</summary>
internal sealed class AliasRecord
{
    public required string Name { get; init; }

    public required string FunctionVersion { get; set; }

    public string Description { get; set; } = "";

    /// <summary>AdditionalVersionWeights (version → weight); null or empty = no routing config.</summary>
    public Dictionary<string, double>? Weights { get; set; }

    public string RevisionId { get; set; } = Guid.NewGuid().ToString();
}

/// <summary>One function URL config (per qualifier: the unqualified function or an alias).</summary>
internal sealed class FunctionUrlRecord
{
    public required string FunctionUrl { get; init; }

    public required string FunctionArn { get; init; }

    public required string AuthType { get; set; }

    public JsonObject? Cors { get; set; }

    public string InvokeMode { get; set; } = "BUFFERED";

    public required DateTimeOffset CreationTime { get; init; }

    public required DateTimeOffset LastModifiedTime { get; set; }
}

/// <summary>
/// A provisioned concurrency config. Allocation ends when <see cref="ReadyAt"/> has passed or, when
/// <see cref="PollsLeft"/> is set, after that many reads; it ends READY, or FAILED with <see cref="FailureReason"/>.
/// </summary>
internal sealed class ProvisionedConcurrencyRecord
{
    public required int Requested { get; init; }

    public required DateTimeOffset LastModified { get; init; }

    public DateTimeOffset ReadyAt { get; init; }

    public int? PollsLeft { get; set; }

    public string? FailureReason { get; init; }

    public bool Done { get; set; }
}

/// <summary>An asynchronous invocation config; null members were not set (Put replaces all of them).</summary>
internal sealed class EventInvokeRecord
{
    public int? MaximumRetryAttempts { get; set; }

    public int? MaximumEventAgeInSeconds { get; set; }

    public string? OnSuccess { get; set; }

    public string? OnFailure { get; set; }

    public DateTimeOffset LastModified { get; set; }
}
