using LambdaGen;

namespace MyFunctions;

public static class Function
{
    /// <summary>Returns the request payload unchanged. Stream in, Stream out: no serializer needed.</summary>
    [LambdaFunction(FunctionName = "FUNCTION_NAME_PREFIX-echo", Description = "Echoes its input", MemorySize = 256, Timeout = 10)]
    public static Stream Echo(Stream input)
    {
        var output = new MemoryStream();
        input.CopyTo(output);
        output.Position = 0;
        return output;
    }
}
