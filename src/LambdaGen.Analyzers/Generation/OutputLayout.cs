namespace LambdaGen.Analyzers.Generation;

/// <summary>
/// How handlers are spread over generated files. Roslyn's driver cost grows with the number of generated files,
/// while a bigger file is re-parsed whole whenever one of its handlers changes; benchmarks/README.md measures
/// each layout and <see cref="LambdaGenerator.DefaultLayout"/> is the one the numbers chose.
/// </summary>
internal enum OutputLayout
{
    /// <summary>One file per handler.</summary>
    PerHandler,

    /// <summary>One file per type that declares handlers.</summary>
    PerContainingType,

    /// <summary>One file per source file that declares handlers.</summary>
    PerSourceFile,

    /// <summary>One file for the whole project.</summary>
    SingleFile,
}
