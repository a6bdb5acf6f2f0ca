namespace LambdaGen.Deploy.Planning;

/// <summary>One difference between the manifest and the deployed function, as shown in the plan.</summary>
/// <param name="Path">the API field, dotted for sub-fields (<c>TracingConfig.Mode</c>, <c>Environment.Variables.STAGE</c>).</param>
/// <param name="Deployed">the deployed value as compact JSON, or <c>(none)</c>.</param>
/// <param name="Wanted">the value the deploy will set, as compact JSON, or <c>(none)</c>.</param>
/// <param name="IsReset">true when the setting is not in the manifest and goes back to the service default.</param>
public sealed record FieldChange(string Path, string Deployed, string Wanted, bool IsReset)
{
    public const string None = "(none)";

    public override string ToString() =>
        $"{Path}: {Deployed} -> {Wanted}" + (IsReset ? " (not in the manifest: reset to the service default)" : "");
}
