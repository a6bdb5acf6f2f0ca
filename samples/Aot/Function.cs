using LambdaGen;

namespace Aot;

public static class Function
{
    /// <summary>Reverses the UTF-8 payload. On provided.al2023 the handler string is informational: the
    /// bootstrap executable decides what runs.</summary>
    [LambdaFunction(FunctionName = "aot-reverse", Description = "Native AOT sample", MemorySize = 128, Timeout = 3)]
    public static Stream Handle(Stream input)
    {
        using var reader = new StreamReader(input);
        var text = reader.ReadToEnd();
        var chars = text.ToCharArray();
        Array.Reverse(chars);
        return new MemoryStream(System.Text.Encoding.UTF8.GetBytes(chars));
    }
}
