using System;

namespace LambdaGen;

/// <summary>A resource tag for a handler (on the method) or for every handler (on the assembly).
/// A key on the method overrides the same key on the assembly.</summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Assembly, AllowMultiple = true, Inherited = false)]
public sealed class LambdaTagAttribute : Attribute
{
    /// <summary>Creates a tag.</summary>
    public LambdaTagAttribute(string key, string value)
    {
        Key = key;
        Value = value;
    }

    /// <summary>Tag key (1–128 characters, not starting with <c>aws:</c>).</summary>
    public string Key { get; }
    /// <summary>Tag value (0–256 characters).</summary>
    public string Value { get; }
}
