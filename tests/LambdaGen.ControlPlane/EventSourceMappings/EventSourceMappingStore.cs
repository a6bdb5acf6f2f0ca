using System.Text.Json.Nodes;

namespace LambdaGen.ControlPlane;

/// <summary>
/// How event source mappings settle. A create is <c>Creating</c>, an update <c>Updating</c> (<c>Enabling</c>/<c>Disabling</c>
/// when it changes Enabled), a delete <c>Deleting</c>; each ends <c>Enabled</c>/<c>Disabled</c> (a deleted mapping is gone)
/// after <see cref="SettleDelay"/>, or, when <see cref="SettleAfterReads"/> is set, on that many Get/List reads of it.
/// </summary>
public sealed class EventSourceMappingOptions
{
    public TimeSpan SettleDelay { get; set; } = TimeSpan.FromMilliseconds(300);

    /// <summary>When set, a transition ends on the Nth GetEventSourceMapping/ListEventSourceMappings read of the mapping instead
    /// of after <see cref="SettleDelay"/> (1 or less: the first read already shows the settled state).</summary>
    public int? SettleAfterReads { get; set; }
}

/// <summary>One mapping: what was sent (defaults filled in), its function and source, and where its state machine is.</summary>
internal sealed class EventSourceMappingRecord
{
    public required string Uuid { get; init; }

    /// <summary>The unqualified function name (how mappings are listed by function).</summary>
    public required string FunctionName { get; set; }

    /// <summary>The function ARN, qualified when the request named a version or alias.</summary>
    public required string FunctionArn { get; set; }

    public string? EventSourceArn { get; init; }

    /// <summary>The source kind: sqs, kinesis, dynamodb, kafka (Amazon MSK), mq, docdb or self-managed-kafka.</summary>
    public required string Source { get; init; }

    /// <summary>Every configuration member as GetEventSourceMapping reports it (request members and service defaults).</summary>
    public JsonObject Config { get; set; } = new();

    public Dictionary<string, string> Tags { get; } = new(StringComparer.Ordinal);

    public string State { get; set; } = "Creating";

    /// <summary>The state a transition ends in: Enabled, Disabled, or null for a delete (the mapping goes).</summary>
    public string? Target { get; set; }

    public DateTimeOffset? SettleAt { get; set; }

    public int? ReadsLeft { get; set; }

    public DateTimeOffset LastModified { get; set; }

    public bool Settled => SettleAt is null && ReadsLeft is null;
}

/// <summary>
/// Every event source mapping of the account (mappings belong to the account, not to a function: a function's deletion leaves
/// them, as the service does). Transitions apply lazily when a mapping is read, as the function store's do. One lock; short operations.
/// </summary>
internal sealed class EventSourceMappingStore(EventSourceMappingOptions options)
{
    private readonly Dictionary<string, EventSourceMappingRecord> _mappings = new(StringComparer.Ordinal);
    private readonly List<string> _order = new();

    public object Sync { get; } = new();

    public void Add(EventSourceMappingRecord m)
    {
        _mappings.Add(m.Uuid, m);
        _order.Add(m.Uuid);
    }

    /// <summary>A mapping by UUID (caller holds <see cref="Sync"/>), advanced first; null when unknown or deleted.</summary>
    public EventSourceMappingRecord? Find(string uuid, bool isRead)
    {
        if (!_mappings.TryGetValue(uuid, out var m))
        {
            return null;
        }

        return Advance(m, isRead) ? m : null;
    }

    /// <summary>Every mapping in creation order (caller holds <see cref="Sync"/>), advanced first.</summary>
    public List<EventSourceMappingRecord> All(bool isRead) =>
        _order.ToArray().Select(u => Find(u, isRead)).OfType<EventSourceMappingRecord>().ToList();

    /// <summary>Starts a transition: <paramref name="transitional"/> now, <paramref name="target"/> (null: gone) once settled.</summary>
    public void Begin(EventSourceMappingRecord m, string transitional, string? target, DateTimeOffset now)
    {
        m.State = transitional;
        m.Target = target;
        m.LastModified = now;
        if (options.SettleAfterReads is { } reads)
        {
            m.SettleAt = null;
            m.ReadsLeft = Math.Max(reads, 1);
        }
        else
        {
            m.ReadsLeft = null;
            m.SettleAt = now + options.SettleDelay;
        }
    }

    /// <summary>Ends a transition at once (for seeding and out-of-band changes).</summary>
    public void SettleNow(EventSourceMappingRecord m)
    {
        m.SettleAt = DateTimeOffset.MinValue;
        m.ReadsLeft = null;
        Advance(m, isRead: false);
    }

    /// <returns>false when the mapping has just finished deleting (it is removed).</returns>
    private bool Advance(EventSourceMappingRecord m, bool isRead)
    {
        bool done;
        if (m.ReadsLeft is { } left)
        {
            if (isRead)
            {
                left--;
                m.ReadsLeft = left;
            }

            done = left <= 0;
        }
        else
        {
            done = m.SettleAt is { } at && DateTimeOffset.UtcNow >= at;
        }

        if (!done)
        {
            return true;
        }

        m.SettleAt = null;
        m.ReadsLeft = null;
        if (m.Target is null && m.State == "Deleting")
        {
            _mappings.Remove(m.Uuid);
            _order.Remove(m.Uuid);
            return false;
        }

        if (m.Target is not null)
        {
            m.State = m.Target;
        }

        return true;
    }
}
