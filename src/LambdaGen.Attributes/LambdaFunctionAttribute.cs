using System;

namespace LambdaGen;

/// <summary>
/// Marks a method as an AWS Lambda handler. Property names follow the fields of the Lambda
/// <c>CreateFunction</c> API. A property that is not set takes the project default
/// (<see cref="LambdaDefaultsAttribute"/>, then MSBuild properties) or Lambda's own default.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
public sealed class LambdaFunctionAttribute : LambdaSettingsAttribute
{
    /// <summary>Function name (1–64 characters, or an ARN of up to 140). Derived from the type and method when unset.</summary>
    public string? FunctionName { get; set; }
    /// <summary>Description (up to 256 characters).</summary>
    public string? Description { get; set; }
    /// <summary>Handler override. Computed as <c>Assembly::Namespace.Type::Method</c> when unset.</summary>
    public string? Handler { get; set; }
}
