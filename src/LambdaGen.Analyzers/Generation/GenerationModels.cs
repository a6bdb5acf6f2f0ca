using LambdaGen.Analyzers.Parsing;
using LambdaGen.Core.Model;
using LambdaGen.Core.Rules;

namespace LambdaGen.Analyzers.Generation;

/// <summary>What the compilation contributes: tiny and equatable, so a keystroke that changes nothing here costs nothing downstream.
/// The severities are the rules the project configured away from their defaults, in the assembly attributes' file and
/// project-wide (for diagnostics without a location). The placement is where the generated class goes, clear of the
/// project's own declarations.</summary>
internal sealed record CompilationFacts(string AssemblyName, SdkSurface? Sdk, FunctionSpec AssemblyDefaults, GeneratedPlacement Placement,
    EquatableArray<RuleOverride> AssemblySeverities = default, EquatableArray<RuleOverride> ProjectSeverities = default);

/// <summary>A handler as read from its attribute, with the file it is declared in (which decides the generated file it lands
/// in) and the rules configured away from their defaults in that file.</summary>
internal sealed record ParsedHandler(FunctionSpec Spec, string SourceFile, EquatableArray<RuleOverride> FileSeverities = default);

/// <summary>One handler ready to emit: its resolved spec, where its class goes, the SDK to emit the typed call against (null: none),
/// and the effective severity of every rule the build did not leave at its default (recorded for the deploy).</summary>
internal sealed record HandlerOutput(FunctionSpec Spec, GeneratedPlacement Placement, SdkSurface? Sdk, string SourceFile, string ClassName = "",
    EquatableArray<RuleOverride> Severities = default);

/// <summary>A handler straight from the attribute index, with the file's severity facts and the file itself, only until the
/// file's analyzer options (the bulk severity settings) are read; never tracked or cached past the next step.</summary>
internal sealed record FoundHandler(ParsedHandler Handler, SeverityFacts Severities, Microsoft.CodeAnalysis.SyntaxTree Tree);

/// <summary>The project settings the deploy re-checks with, recorded once per assembly (null: not set), and whether a global
/// type named System (LG0111) or the project's own AssemblyMetadataAttribute (LG0115) leaves the generator nothing it can emit.</summary>
internal sealed record ProjectFacts(string? TargetFramework, string? RuntimeIdentifier, int? MaxMemorySize, bool SystemHidden = false, bool MetadataBlocked = false);

/// <summary>One generated source file and the handlers it holds, each with its class name assigned.</summary>
internal sealed record GeneratedFile(string HintName, EquatableArray<HandlerOutput> Handlers);
