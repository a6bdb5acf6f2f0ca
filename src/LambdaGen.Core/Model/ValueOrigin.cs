namespace LambdaGen.Core.Model;

/// <summary>Where a setting's value came from. Diagnostics name it, and it decides where they are reported.</summary>
public enum ValueOrigin : byte
{
    /// <summary>An argument of <c>[LambdaFunction]</c> or an attribute on the handler method.</summary>
    Method,
    /// <summary><c>[assembly: LambdaDefaults]</c> or an assembly-level environment/tag attribute.</summary>
    Assembly,
    /// <summary>An MSBuild property made visible to the compiler (<c>LambdaMemorySize</c>, …).</summary>
    MsBuild,
    /// <summary>Computed by LambdaGen from the handler method (function name, handler string).</summary>
    Derived,
    /// <summary>Derived from the project's TargetFramework (the runtime).</summary>
    TargetFramework,
    /// <summary>Read from a manifest file (the deploy step re-checks manifests).</summary>
    Manifest,
}
