using LambdaGen;

namespace Minimal;

public static class Function
{
    /// <summary>Echoes the request payload. Stream in, Stream out: no serializer needed.</summary>
    [LambdaFunction(FunctionName = "minimal-echo", Description = "Echoes its input")]
    public static Stream Handle(Stream input)
    {
        var output = new MemoryStream();
        input.CopyTo(output);
        output.Position = 0;
        return output;
    }
}
