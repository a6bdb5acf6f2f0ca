using System.Collections.Generic;
using System.Linq;
using LambdaGen.Core.Fields;
using LambdaGen.Core.Model;
using Microsoft.CodeAnalysis;

namespace LambdaGen.Analyzers.Parsing;

/// <summary>
/// What the referenced AWSSDK.Lambda offers the typed call, reduced to an equatable value: which settings of the field
/// table have no member there (an SDK older than the member, or a partial stand-in). The generator leaves those out of
/// the typed call and the analyzer warns at each declared one, so the generated code always compiles.
/// </summary>
/// <param name="Assembly">Where <c>CreateFunctionRequest</c> comes from, for messages: <c>AWSSDK.Lambda 4.0.17.0</c>, or
/// "this project's source" for a type declared in the compilation itself.</param>
/// <param name="MissingFields">The <see cref="Field.Name"/>s of the rows the typed call cannot set.</param>
internal sealed record SdkSurface(string Assembly, EquatableArray<string> MissingFields)
{
    private const string ModelNamespace = "Amazon.Lambda.Model.";

    /// <summary>Null when the compilation has no usable AWSSDK.Lambda: the request, code, response or client type the typed
    /// call names is missing (or defined twice, so it does not bind).</summary>
    public static SdkSurface? Read(Compilation compilation)
    {
        var request = compilation.GetTypeByMetadataName(KnownNames.AwsSdkCreateFunctionRequest);
        if (request is null
            || compilation.GetTypeByMetadataName(ModelNamespace + "FunctionCode") is null
            || compilation.GetTypeByMetadataName(ModelNamespace + "CreateFunctionResponse") is null
            || compilation.GetTypeByMetadataName("Amazon.Lambda.IAmazonLambda") is not { } client
            || !client.GetMembers("CreateFunctionAsync").Any()
            || Property(request, "FunctionName") is null || Property(request, "Code") is null)
            return null;

        var missing = FieldTable.CreateFunction.Where(field => !Has(compilation, request, field)).Select(field => field.Name).ToEquatableArray();
        return new SdkSurface(Describe(compilation, request.ContainingAssembly), missing);
    }

    /// <summary>The assembly's name and release. Every AWSSDK v4 assembly has the identity version 4.0.0.0 (aws/aws-sdk-net#3781
    /// fixed it so that upgrades do not break binding); the package version is in <c>AssemblyFileVersion</c>, so that is
    /// the one worth naming.</summary>
    private static string Describe(Compilation compilation, IAssemblySymbol assembly)
    {
        if (SymbolEqualityComparer.Default.Equals(assembly, compilation.Assembly))
            return "this project's source";
        var version = assembly.GetAttributes()
            .Where(a => a.AttributeClass?.ToDisplayString() == "System.Reflection.AssemblyFileVersionAttribute")
            .Select(a => a.ConstructorArguments.Length == 1 ? a.ConstructorArguments[0].Value as string : null)
            .FirstOrDefault(v => !string.IsNullOrWhiteSpace(v))
            ?? assembly.Identity.Version.ToString();
        return assembly.Identity.Name + " " + version.Trim();
    }

    private static bool Has(Compilation compilation, INamedTypeSymbol request, Field field)
    {
        var type = request;
        var path = field.SdkPath.Split('.');
        for (int i = 0; i < path.Length; i++)
        {
            if (Property(type, path[i]) is not { } property)
                return false;
            if (i == path.Length - 1)
                break;
            // The emitter writes `new Amazon.Lambda.Model.<Segment> { … }`: that type must exist and be the property's type.
            if (compilation.GetTypeByMetadataName(ModelNamespace + path[i]) is not { } next
                || !SymbolEqualityComparer.Default.Equals(property.Type, next))
                return false;
            type = next;
        }
        return field.SdkConstantClass is not { } constantClass
            || compilation.GetTypeByMetadataName("Amazon.Lambda." + constantClass) is { } enumType && enumType.GetMembers("FindValue").Any();
    }

    private static IPropertySymbol? Property(INamedTypeSymbol type, string name)
    {
        for (INamedTypeSymbol? current = type; current is not null; current = current.BaseType)
            if (current.GetMembers(name).OfType<IPropertySymbol>().FirstOrDefault(p => p.SetMethod is not null) is { } property)
                return property;
        return null;
    }
}
