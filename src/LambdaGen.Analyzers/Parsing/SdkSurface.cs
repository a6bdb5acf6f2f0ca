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
internal sealed record SdkSurface(string Version, EquatableArray<string> MissingFields)
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

        var missing = FieldTable.All.Where(field => !Has(compilation, request, field)).Select(field => field.Name).ToEquatableArray();
        var version = request.ContainingAssembly.Identity.Version.ToString();
        return new SdkSurface(version, missing);
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
