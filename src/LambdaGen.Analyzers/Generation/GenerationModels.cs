using LambdaGen.Analyzers.Parsing;
using LambdaGen.Core.Model;

namespace LambdaGen.Analyzers.Generation;

/// <summary>What the compilation contributes: tiny and equatable, so a keystroke that changes nothing here costs nothing downstream.</summary>
internal sealed record CompilationFacts(string AssemblyName, SdkSurface? Sdk, FunctionSpec AssemblyDefaults);

/// <summary>A handler as read from its attribute, with the file it is declared in (which decides the generated file it lands in).</summary>
internal sealed record ParsedHandler(FunctionSpec Spec, string SourceFile);

/// <summary>One handler ready to emit: its resolved spec, where to put it, and the SDK to emit the typed call against (null: none).</summary>
internal sealed record HandlerOutput(FunctionSpec Spec, string Namespace, SdkSurface? Sdk, string SourceFile, string ClassName = "");

/// <summary>One generated source file and the handlers it holds, each with its class name assigned.</summary>
internal sealed record GeneratedFile(string HintName, EquatableArray<HandlerOutput> Handlers);
