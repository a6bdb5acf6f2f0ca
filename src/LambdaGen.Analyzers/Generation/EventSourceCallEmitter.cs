using System.Collections.Generic;
using LambdaGen.Analyzers.Parsing;
using LambdaGen.Core.Model;

namespace LambdaGen.Analyzers.Generation;

/// <summary>The typed CreateEventSourceMapping calls, one class per <c>[LambdaEventSource]</c> in <c>EventSources</c>.</summary>
internal static class EventSourceCallEmitter
{
    public static void Write(SourceWriter w, FunctionSpec spec, IReadOnlyList<OperationInstance> declared, SdkSurface sdk)
    {
        // Filled in with the typed builders; until then the manifests carry the mappings.
    }
}
