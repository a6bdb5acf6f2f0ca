using System;

namespace LambdaGen;

/// <summary>
/// Project-wide defaults for every <see cref="LambdaFunctionAttribute"/> in the assembly.
/// A value on the method wins over this attribute, which wins over MSBuild properties
/// (<c>LambdaRole</c>, <c>LambdaRuntime</c>, <c>LambdaMemorySize</c>, …).
/// </summary>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = false, Inherited = false)]
public sealed class LambdaDefaultsAttribute : LambdaSettingsAttribute
{
}
