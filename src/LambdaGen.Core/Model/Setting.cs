namespace LambdaGen.Core.Model;

/// <summary>A value together with where it came from.</summary>
public readonly record struct Setting<T>(T Value, ValueOrigin Origin);
