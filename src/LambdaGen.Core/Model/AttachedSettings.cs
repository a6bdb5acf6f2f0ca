namespace LambdaGen.Core.Model;

/// <summary>
/// The settings of one attribute beside <c>[LambdaFunction]</c> that declares another operation of the function:
/// <c>[LambdaFunctionUrl]</c>, <c>[LambdaAsyncInvoke]</c>, or one <c>[LambdaAlias]</c>. <see cref="Position"/> is its
/// place among the method's attributes of that type (diagnostic keys use it: <c>Alias#1.Description</c>).
/// </summary>
public sealed record AttachedSettings(string Attribute, int Position, SettingTable Settings);
