namespace LambdaGen.Core.Model;

/// <summary>What the .NET rules need to know about the handler method, read from symbols by the parser.</summary>
public sealed record HandlerSignature
{
    public bool IsPublic { get; init; } = true;
    public bool IsStatic { get; init; } = true;
    public bool IsGeneric { get; init; }
    public bool IsInGenericType { get; init; }
    public bool IsAsyncVoid { get; init; }
    public int ParameterCount { get; init; }
    /// <summary>Display name of the second parameter's type, when there is one.</summary>
    public string? SecondParameterType { get; init; }
    public bool SecondParameterIsLambdaContext { get; init; }
    public bool ContainingTypeIsPublic { get; init; } = true;
    public bool ContainingTypeIsAbstract { get; init; }
    public bool ContainingTypeHasPublicParameterlessConstructor { get; init; } = true;
    /// <summary>Display name of the input (first parameter) type, unless it is a <c>Stream</c> or absent.</summary>
    public string? NonStreamInputType { get; init; }
    /// <summary>Display name of the result type (unwrapped from Task/ValueTask), unless it is a <c>Stream</c> or void.</summary>
    public string? NonStreamOutputType { get; init; }
    /// <summary>A <c>LambdaSerializer</c> attribute is on the method or the assembly.</summary>
    public bool HasSerializer { get; init; }
}
