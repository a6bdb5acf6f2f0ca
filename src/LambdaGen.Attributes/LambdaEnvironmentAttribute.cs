using System;

namespace LambdaGen;

/// <summary>An environment variable for a handler (on the method) or for every handler (on the assembly).
/// A key on the method overrides the same key on the assembly.</summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Assembly, AllowMultiple = true, Inherited = false)]
public sealed class LambdaEnvironmentAttribute : Attribute
{
    /// <summary>Creates an environment variable.</summary>
    public LambdaEnvironmentAttribute(string key, string value)
    {
        Key = key;
        Value = value;
    }

    /// <summary>Variable name: a letter, then at least one letter, digit or underscore.</summary>
    public string Key { get; }
    /// <summary>Variable value.</summary>
    public string Value { get; }
}
