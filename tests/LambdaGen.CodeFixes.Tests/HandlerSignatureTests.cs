using LambdaGen.CodeFixes.Tests.Harness;

namespace LambdaGen.CodeFixes.Tests;

public class HandlerSignatureTests
{
    private static readonly HandlerSignatureCodeFixProvider Provider = new();

    [Fact]
    public async Task Async_void_becomes_async_Task_with_the_existing_using()
    {
        var source = """
            using System.IO;
            using System.Threading.Tasks;
            using LambdaGen;

            [assembly: LambdaDefaults(Role = "arn:aws:iam::123456789012:role/app")]

            public class Functions
            {
                [LambdaFunction]
                public async void [|Handle|](Stream input) => await Task.Yield();
            }
            """;
        var actions = await CodeFixHarness.VerifyFixAsync(Provider, source, source.Replace("[|Handle|]", "Handle").Replace("async void", "async Task"), "LG0054");
        Assert.Equal("Return Task instead of void", Assert.Single(actions).Title);
        Assert.Equal(EquivalenceKeysForTests.ReturnTask, actions[0].EquivalenceKey);
    }

    [Fact]
    public async Task The_using_is_added_when_the_file_has_none()
    {
        var source = """
            using System.IO;
            using LambdaGen;

            [assembly: LambdaDefaults(Role = "arn:aws:iam::123456789012:role/app")]

            public class Functions
            {
                [LambdaFunction]
                public static async void Handle(Stream input)
                {
                    await input.FlushAsync();
                }
            }
            """;
        var expected = """
            using System.IO;
            using System.Threading.Tasks;
            using LambdaGen;

            [assembly: LambdaDefaults(Role = "arn:aws:iam::123456789012:role/app")]

            public class Functions
            {
                [LambdaFunction]
                public static async Task Handle(Stream input)
                {
                    await input.FlushAsync();
                }
            }
            """;
        await CodeFixHarness.VerifyFixAsync(Provider, source, expected, "LG0054");
        await CodeFixHarness.VerifyFixAllAsync(Provider, source, expected, ["LG0054"], null);
    }

    [Fact]
    public async Task Fix_all_changes_every_async_void_handler()
    {
        var source = """
            using System.IO;
            using System.Threading.Tasks;
            using LambdaGen;

            [assembly: LambdaDefaults(Role = "arn:aws:iam::123456789012:role/app")]

            public class Functions
            {
                [LambdaFunction]
                public async void A(Stream input) => await Task.Yield();

                [LambdaFunction]
                public async void B(Stream input) => await Task.Yield();

                // Not a handler: not reported, not changed.
                public async void C() => await Task.Yield();
            }
            """;
        await CodeFixHarness.VerifyFixAllAsync(Provider, source,
            source.Replace("async void A", "async Task A").Replace("async void B", "async Task B"), ["LG0054"], EquivalenceKeysForTests.ReturnTask);
    }
}
