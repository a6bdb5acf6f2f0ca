namespace LambdaGen.Core.Model;

/// <summary>A value together with where it came from.</summary>
public readonly record struct Setting<T>(T Value, ValueOrigin Origin) : ISetting;

/// <summary>What every <see cref="Setting{T}"/> has, for code that walks the field table without knowing the value's type.</summary>
public interface ISetting
{
    ValueOrigin Origin { get; }
}
