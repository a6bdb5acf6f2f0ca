namespace Aot;

/// <summary>
/// The "bootstrap" executable. A real function hands <see cref="Function.Handle"/> to the Lambda runtime
/// client (Amazon.Lambda.RuntimeSupport's LambdaBootstrap), which polls the Runtime API for events. This
/// sample keeps to packages the build machine has, so it runs the handler once on stdin instead.
/// </summary>
public static class Program
{
    public static int Main()
    {
        using var stdin = Console.OpenStandardInput();
        using var output = Function.Handle(stdin);
        using var stdout = Console.OpenStandardOutput();
        output.CopyTo(stdout);
        return 0;
    }
}
