namespace LambdaGen.ControlPlane;

public sealed partial class LambdaControlPlane
{
    /// <summary>Every event source mapping, in creation order (a snapshot; transitions whose delay has passed are applied first,
    /// and reading does not count as a GetEventSourceMapping read).</summary>
    public IReadOnlyList<EventSourceMappingState> EventSourceMappings
    {
        get
        {
            var mappings = _operations.Mappings;
            lock (mappings.Sync)
            {
                return mappings.All(isRead: false).Select(m => StateOf(m)).ToArray();
            }
        }
    }

    /// <summary>
    /// Creates a mapping directly (no HTTP, not recorded), settled at once, so update and delete paths can be tested.
    /// <paramref name="createEventSourceMappingJson"/> is a CreateEventSourceMapping body and goes through the same validation;
    /// its function must exist. Throws <see cref="ArgumentException"/> with the service's error text.
    /// </summary>
    public EventSourceMappingState SeedEventSourceMapping(string createEventSourceMappingJson)
    {
        try
        {
            var (_, record) = _operations.CreateEventSourceMapping(createEventSourceMappingJson, seed: true);
            lock (_operations.Mappings.Sync)
            {
                return StateOf(record);
            }
        }
        catch (AwsServiceException e)
        {
            throw new ArgumentException($"{e.ErrorType}: {e.Message}", nameof(createEventSourceMappingJson), e);
        }
    }

    /// <summary>
    /// Updates a mapping out of band (no HTTP, not recorded), as someone editing it in the console would, and leaves it moving
    /// (<c>Updating</c>, <c>Enabling</c> or <c>Disabling</c>) like a real update, so a deploy finds it unsettled.
    /// <paramref name="updateEventSourceMappingJson"/> is an UpdateEventSourceMapping body and goes through the same validation.
    /// </summary>
    public EventSourceMappingState BeginEventSourceMappingUpdate(string uuid, string updateEventSourceMappingJson)
    {
        try
        {
            _operations.UpdateEventSourceMapping(uuid, updateEventSourceMappingJson);
        }
        catch (AwsServiceException e)
        {
            throw new ArgumentException($"{e.ErrorType}: {e.Message}", nameof(updateEventSourceMappingJson), e);
        }

        lock (_operations.Mappings.Sync)
        {
            return StateOf(_operations.Mappings.Find(uuid, isRead: false)!);
        }
    }

    /// <summary>Deletes a mapping out of band (no HTTP, not recorded) and leaves it <c>Deleting</c> until that settles.</summary>
    public void BeginEventSourceMappingDelete(string uuid)
    {
        try
        {
            _operations.DeleteEventSourceMapping(uuid);
        }
        catch (AwsServiceException e)
        {
            throw new ArgumentException($"{e.ErrorType}: {e.Message}", nameof(uuid), e);
        }
    }

    private EventSourceMappingState StateOf(EventSourceMappingRecord m) =>
        new(m.Uuid, m.FunctionName, m.EventSourceArn, m.State, LambdaJson.Write(_operations.RenderMappingForSnapshot(m)),
            new Dictionary<string, string>(m.Tags, StringComparer.Ordinal));
}

/// <summary>One event source mapping: its UUID, function, source (null for self-managed Kafka), state, the JSON
/// GetEventSourceMapping answers, and its tags.</summary>
public sealed record EventSourceMappingState(string Uuid, string FunctionName, string? EventSourceArn, string State, string Json,
    IReadOnlyDictionary<string, string> Tags);
