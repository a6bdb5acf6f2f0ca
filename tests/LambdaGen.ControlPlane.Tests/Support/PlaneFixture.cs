namespace LambdaGen.ControlPlane.Tests;

/// <summary>One control plane per test class (default options: 300 ms settle delay, SigV4 verification on).</summary>
public sealed class PlaneFixture : IAsyncLifetime
{
    public LambdaControlPlaneOptions Options { get; } = new();

    public LambdaControlPlane Plane { get; private set; } = null!;

    public async Task InitializeAsync() => Plane = await LambdaControlPlane.StartAsync(Options);

    public async Task DisposeAsync() => await Plane.DisposeAsync();
}
