using System;

namespace LambdaGen;

/// <summary>
/// An alias of the handler's function (Lambda's CreateAlias), pointed at the version the deploy publishes, so the
/// function needs <c>Publish = true</c>. Repeatable. With <see cref="ProvisionedConcurrentExecutions"/>, the deploy also
/// sets provisioned concurrency on the alias and waits until it is ready.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true, Inherited = false)]
public sealed class LambdaAliasAttribute : Attribute
{
    /// <summary>Declares the alias <paramref name="name"/> (1–128 letters, digits, - or _, not all digits).</summary>
    public LambdaAliasAttribute(string name) => Name = name;

    /// <summary>The alias name.</summary>
    public string Name { get; }
    /// <summary>Description (up to 256 characters).</summary>
    public string? Description { get; set; }
    /// <summary>Execution environments kept initialized for the alias (at least 1).</summary>
    public int ProvisionedConcurrentExecutions { get; set; }
}
