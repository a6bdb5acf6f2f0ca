using System.IO.Compression;
using Amazon.Lambda.Model;

namespace TypedCall;

/// <summary>
/// Shows the generated typed call: LambdaFunctions.TypedGreeter.CreateFunctionRequest(code) returns an
/// Amazon.Lambda.Model.CreateFunctionRequest with every setting of [LambdaFunction] filled in. A deploy
/// script would pass it to AmazonLambdaClient.CreateFunctionAsync (or call the generated CreateFunctionAsync).
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        var code = new FunctionCode { ZipFile = ZipOf(typeof(Program).Assembly.Location) };
        CreateFunctionRequest request = LambdaFunctions.TypedGreeter.CreateFunctionRequest(code);

        Console.WriteLine($"FunctionName: {request.FunctionName}");
        Console.WriteLine($"Runtime:      {request.Runtime?.Value}");
        Console.WriteLine($"Handler:      {request.Handler}");
        Console.WriteLine($"Role:         {request.Role}");
        Console.WriteLine($"MemorySize:   {request.MemorySize}");
        Console.WriteLine($"Timeout:      {request.Timeout}");
        Console.WriteLine($"Architectures: {string.Join(",", request.Architectures ?? new List<string>())}");
        Console.WriteLine($"Tracing:      {request.TracingConfig?.Mode?.Value}");
        Console.WriteLine($"Logging:      {request.LoggingConfig?.LogFormat?.Value} / {request.LoggingConfig?.ApplicationLogLevel?.Value}");
        Console.WriteLine($"Environment:  {string.Join(", ", (request.Environment?.Variables ?? new Dictionary<string, string>()).Select(p => p.Key + "=" + p.Value))}");
        Console.WriteLine($"Tags:         {string.Join(", ", (request.Tags ?? new Dictionary<string, string>()).Select(p => p.Key + "=" + p.Value))}");
        Console.WriteLine($"Code:         {request.Code.ZipFile.Length} bytes zipped");
        Console.WriteLine();
        Console.WriteLine("Manifest (the same settings as JSON):");
        Console.WriteLine(LambdaFunctions.TypedGreeter.ManifestJson);
        return 0;
    }

    private static MemoryStream ZipOf(string file)
    {
        var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
            zip.CreateEntryFromFile(file, Path.GetFileName(file));
        buffer.Position = 0;
        return buffer;
    }
}
