using System.Reflection;

namespace LambdaGen.Deploy;

internal static class DeployInfo
{
    public static string Version { get; } =
        typeof(DeployInfo).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0]
        ?? "0.0.0";

    public static string UserAgent => "LambdaGen.Deploy/" + Version;
}
