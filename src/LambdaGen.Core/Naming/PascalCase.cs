using System.Text;

namespace LambdaGen.Core.Naming;

/// <summary>Names made of ASCII letters and digits only, for places that take nothing else (CloudFormation logical IDs,
/// the generated alias classes): each run of letters and digits a word, its first letter upper case.</summary>
public static class PascalCase
{
    /// <summary><c>blue-green</c> → <c>BlueGreen</c>, <c>orders_api2</c> → <c>OrdersApi2</c>; empty when there is no letter or digit.</summary>
    public static string Words(string text)
    {
        var builder = new StringBuilder(text.Length);
        bool upperNext = true;
        foreach (var c in text)
        {
            if (c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9'))
            {
                builder.Append(upperNext ? char.ToUpperInvariant(c) : c);
                upperNext = false;
            }
            else
            {
                upperNext = true;
            }
        }
        return builder.ToString();
    }
}
