namespace LambdaGen.ControlPlane;

public sealed partial class LambdaControlPlane
{
    /// <summary>
    /// What a function owns beside its configuration (aliases, URL configs, policies, concurrency, async invoke configs),
    /// as a snapshot; null when the function does not exist. Reading does not count as a provisioned concurrency poll.
    /// </summary>
    public FunctionResourcesState? ResourcesOf(string functionName)
    {
        lock (_store.Sync)
        {
            var f = _store.Find(FunctionStore.ParseRef(functionName) ?? new FunctionRef(functionName, null, null, null));
            return f is null ? null : ResourceSnapshot.Of(f);
        }
    }
}

/// <summary>
/// A snapshot of <see cref="LambdaControlPlane.ResourcesOf"/>. Dictionaries are keyed by qualifier ("$LATEST" for the
/// unqualified function, a version number or an alias name); JSON values are what the matching Get operation answers
/// (policies: the policy document as GetPolicy's Policy string).
/// </summary>
public sealed record FunctionResourcesState(
    IReadOnlyList<AliasState> Aliases,
    IReadOnlyDictionary<string, string> FunctionUrlConfigs,
    IReadOnlyDictionary<string, string> Policies,
    int? ReservedConcurrency,
    IReadOnlyDictionary<string, ProvisionedConcurrencyState> ProvisionedConcurrency,
    IReadOnlyDictionary<string, string> EventInvokeConfigs);

/// <summary>An alias: its version, description, weighted additional versions and RevisionId.</summary>
public sealed record AliasState(string Name, string FunctionVersion, string Description, IReadOnlyDictionary<string, double> AdditionalVersionWeights, string RevisionId);

/// <summary>A provisioned concurrency config as last reported (Status IN_PROGRESS, READY or FAILED).</summary>
public sealed record ProvisionedConcurrencyState(int Requested, string Status, string? StatusReason);
