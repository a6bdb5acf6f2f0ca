using LambdaGen.Core.Model;

namespace LambdaGen.Analyzers.Generation;

/// <summary>What the compilation contributes: tiny and equatable, so a keystroke that changes nothing here costs nothing downstream.</summary>
internal sealed record CompilationFacts(string AssemblyName, bool ReferencesAwsSdkLambda, FunctionSpec AssemblyDefaults);

/// <summary>One handler ready to emit: its resolved spec, where to put it, and whether to emit the typed SDK call.</summary>
internal sealed record HandlerOutput(FunctionSpec Spec, string Namespace, bool EmitTypedCall, string ClassName = "")
{
    /// <summary>Identifies the handler among all handlers (overloads included).</summary>
    public string Key => Spec.MethodId;
}
