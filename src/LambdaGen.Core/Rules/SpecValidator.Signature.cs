using LambdaGen.Core.Model;

namespace LambdaGen.Core.Rules;

public static partial class SpecValidator
{
    private static void CheckSignature(Run run)
    {
        if (run.Spec.Signature is not { } signature)
        {
            return;
        }

        var name = run.Spec.MethodDisplayName;
        if (!signature.IsPublic)
        {
            run.Report(RuleCatalog.HandlerNotPublic, FieldKeys.Method, ValueOrigin.Method, $"Handler method '{name}' must be public (and so must the types containing it)");
        }

        if (signature.IsGeneric || signature.IsInGenericType)
        {
            run.Report(RuleCatalog.HandlerGeneric, FieldKeys.Method, ValueOrigin.Method,
                signature.IsGeneric ? $"Handler method '{name}' must not be generic" : $"Handler method '{name}' must not be in a generic type");
        }

        if (signature.IsAsyncVoid)
        {
            run.Report(RuleCatalog.HandlerAsyncVoid, FieldKeys.Method, ValueOrigin.Method, $"Handler method '{name}' is async void; return Task so Lambda can await it");
        }

        if (signature.ParameterCount > 2)
        {
            run.Report(RuleCatalog.HandlerParameters, FieldKeys.Method, ValueOrigin.Method,
                $"Handler method '{name}' has {signature.ParameterCount} parameters; a handler takes the input and, optionally, an ILambdaContext");
        }
        else if (signature.ParameterCount == 2 && !signature.SecondParameterIsLambdaContext)
        {
            run.Report(RuleCatalog.HandlerParameters, FieldKeys.Method, ValueOrigin.Method,
                $"The second parameter of handler method '{name}' is '{signature.SecondParameterType}'; it must be Amazon.Lambda.Core.ILambdaContext");
        }

        if (!signature.IsStatic && (!signature.ContainingTypeIsPublic || signature.ContainingTypeIsAbstract || !signature.ContainingTypeHasPublicParameterlessConstructor))
        {
            run.Report(RuleCatalog.HandlerTypeNotConstructible, FieldKeys.Method, ValueOrigin.Method,
                $"Lambda creates the type of instance handler '{name}' itself, so it must be public, not abstract, with a public parameterless constructor");
        }

        if (!signature.HasSerializer && (signature.NonStreamInputType ?? signature.NonStreamOutputType) is { } type)
        {
            run.Report(RuleCatalog.HandlerSerializerMissing, FieldKeys.Method, ValueOrigin.Method,
                $"Handler method '{name}' uses '{type}', which needs a serializer: add [assembly: LambdaSerializer(typeof(…))] or use Stream");
        }
    }
}
