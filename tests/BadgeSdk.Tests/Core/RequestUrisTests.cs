using BadgeSdk.Core.Http;

namespace BadgeSdk.Tests.Core;

public class RequestUrisTests
{
    [Fact]
    public void A_repeated_path_reuses_its_uri_and_another_path_gets_its_own()
    {
        var uris = new RequestUris(new Uri("https://api.example.test/v1/"));

        var first = uris.For("issue/create");
        var again = uris.For("issue/create");
        var other = uris.For("badge/getall?page=2");
        var back = uris.For("issue/create");

        Assert.Equal("https://api.example.test/v1/issue/create", first.AbsoluteUri);
        Assert.Same(first, again);
        Assert.Equal("https://api.example.test/v1/badge/getall?page=2", other.AbsoluteUri);
        Assert.Equal("https://api.example.test/v1/issue/create", back.AbsoluteUri);
    }

    [Fact]
    public async Task Many_threads_alternating_paths_each_get_their_own_path()
    {
        var uris = new RequestUris(new Uri("https://api.example.test/"));
        var wrong = 0;
        await Task.WhenAll(Enumerable.Range(0, 8).Select(worker => Task.Run(() =>
        {
            for (var i = 0; i < 5_000; i++)
            {
                var path = $"badge/{(worker + i) % 3}";
                if (uris.For(path).AbsolutePath != "/" + path)
                {
                    Interlocked.Increment(ref wrong);
                }
            }
        })));

        Assert.Equal(0, wrong);
    }
}
