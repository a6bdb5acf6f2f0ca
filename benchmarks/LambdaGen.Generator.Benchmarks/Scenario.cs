namespace LambdaGen.Generator.Benchmarks;

/// <summary>What one timed generator run starts from and what it is given.</summary>
public enum Scenario
{
    /// <summary>A fresh driver on a fresh compilation: the first build, or opening the solution.</summary>
    Cold,

    /// <summary>The warmed driver on a new compilation of the same trees: a rebuild with nothing changed.</summary>
    NoChange,

    /// <summary>The warmed driver after an edit inside a handler's method body: typing in the IDE.</summary>
    EditMethodBody,

    /// <summary>The warmed driver after one attribute argument of one handler changed.</summary>
    EditAttributeArgument,

    /// <summary>The warmed driver after a handler was added to an existing file.</summary>
    AddHandler,
}
