using System.Security.Cryptography;
using System.Text;

namespace BadgeSdk.Tests.Core;

public class IdempotencyKeyTests
{
    [Fact]
    public void New_keys_are_unique()
    {
        var keys = Enumerable.Range(0, 1000).Select(_ => IdempotencyKey.New().Value).ToHashSet();

        Assert.Equal(1000, keys.Count);
    }

    [Fact]
    public void FromParts_matches_an_independent_sha256_of_length_prefixed_parts()
    {
        // Computed here without the SDK: 4-byte big-endian length, then UTF-8 bytes, per part.
        var bytes = new List<byte>();
        foreach (var part in new[] { "abc123", "john@example.com" })
        {
            var utf8 = Encoding.UTF8.GetBytes(part);
            bytes.AddRange(BitConverter.GetBytes(utf8.Length).Reverse());
            bytes.AddRange(utf8);
        }

        var expected = "bsk-" + Convert.ToHexString(SHA256.HashData(bytes.ToArray()))[..36].ToLowerInvariant();

        Assert.Equal(expected, IdempotencyKey.FromParts("abc123", "john@example.com").Value);
    }

    [Fact]
    public void FromParts_is_stable_and_separates_parts()
    {
        Assert.Equal(IdempotencyKey.FromParts("a", "b"), IdempotencyKey.FromParts("a", "b"));
        Assert.NotEqual(IdempotencyKey.FromParts("ab", "c"), IdempotencyKey.FromParts("a", "bc"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("has space")]
    [InlineData("tab\t")]
    [InlineData("é")]
    public void Rejects_keys_that_cannot_travel_safely(string key)
    {
        Assert.ThrowsAny<BadgeValidationException>(() => new IdempotencyKey(key));
    }

    [Fact]
    public void Rejects_keys_over_the_maximum_length()
    {
        var error = Assert.Throws<BadgeValidationException>(() => new IdempotencyKey(new string('k', IdempotencyKey.MaxLength + 1)));

        Assert.Contains("at most 255", error.Message, StringComparison.Ordinal);
    }
}
