using LambdaGen.Core.Model;

namespace LambdaGen.Core.Fields;

/// <summary>
/// What the Lambda service model says about a value, copied from the committed model
/// (<c>tests/LambdaGen.Tests/Model/lambda-service-2.json</c>); <c>ServiceModelTests</c> fails on any difference.
/// For a list, <see cref="MinItems"/>/<see cref="MaxItems"/> bound the list and the other members describe each item.
/// </summary>
public sealed record ModelConstraints
{
    public double? Min { get; init; }
    public double? Max { get; init; }
    public int? MinLength { get; init; }
    public int? MaxLength { get; init; }
    /// <summary>The model's pattern, which Lambda full-matches.</summary>
    public string? Pattern { get; init; }
    /// <summary>The allowed values, in the model's order; empty when any value of the type is allowed.</summary>
    public EquatableArray<string> Enum { get; init; }
    /// <summary>For a list whose items are <c>KEY=value</c> (<see cref="Field.ItemKeyMember"/>): the allowed keys, in the model's
    /// order; the other members describe the value.</summary>
    public EquatableArray<string> ItemKeys { get; init; }
    public int? MinItems { get; init; }
    public int? MaxItems { get; init; }
    /// <summary>The model marks the member required in its parent structure: the request itself for a top-level member
    /// (FunctionName, Role), else the object it lives in (CapacityProviderArn, TenantIsolationMode).</summary>
    public bool RequiredInParent { get; init; }

    public static readonly ModelConstraints None = new();

    public static ModelConstraints Range(double min, double max) => new() { Min = min, Max = max };

    public static ModelConstraints Length(int min, int max, string? pattern = null) => new() { MinLength = min, MaxLength = max, Pattern = pattern };

    public static ModelConstraints OneOf(params string[] values) => new() { Enum = new EquatableArray<string>(values) };
}
