namespace LambdaGen.Core.Model;

/// <summary>One <c>[LambdaEnvironment]</c> or <c>[LambdaTag]</c>. <paramref name="Index"/> is its position among
/// the attributes of its kind at its level, so a diagnostic can point at it.</summary>
public sealed record KeyValueEntry(string? Key, string? Value, ValueOrigin Origin, int Index);
