namespace BadgeSdk.Tests.Core;

/// <summary>What an <see cref="IdempotencyKey"/> accepts, at the edges, and how keys compare.</summary>
public sealed class IdempotencyKeyLimitTests
{
    [Fact]
    public void A_key_of_exactly_the_maximum_length_of_the_printable_edges_is_accepted()
    {
        var text = "!" + new string('a', IdempotencyKey.MaxLength - 2) + "~";

        var key = new IdempotencyKey(text);

        Assert.Equal(text, key.Value);
        Assert.Equal(text, key.ToString());
        Assert.False(key.IsEmpty);
    }

    [Fact]
    public void One_character_over_is_refused_with_both_lengths()
    {
        var error = Assert.Throws<BadgeValidationException>(() => new IdempotencyKey(new string('k', IdempotencyKey.MaxLength + 1)));

        Assert.Equal("IdempotencyKey: an idempotency key may be at most 255 characters; this one has 256.", error.Message);
        Assert.Equal("IdempotencyKey", error.Field);
    }

    [Theory]
    [InlineData("a b")]
    [InlineData("a\u007Fb")]
    [InlineData("a\u00E9b")]
    [InlineData("a\tb")]
    public void Characters_outside_printable_ascii_are_refused(string text)
    {
        var error = Assert.Throws<BadgeValidationException>(() => new IdempotencyKey(text));

        Assert.Equal("IdempotencyKey: an idempotency key may contain only printable ASCII characters without spaces.", error.Message);
    }

    [Fact]
    public void Null_and_blank_are_refused()
    {
        Assert.Throws<ArgumentNullException>(() => new IdempotencyKey(null!));
        Assert.Equal("IdempotencyKey", Assert.Throws<BadgeValidationException>(() => new IdempotencyKey(" ")).Field);
    }

    [Fact]
    public void The_default_key_is_empty()
    {
        var key = default(IdempotencyKey);

        Assert.True(key.IsEmpty);
        Assert.Equal(string.Empty, key.Value);
        Assert.Equal(0, key.GetHashCode());
    }

    [Fact]
    public void Keys_compare_by_their_exact_text()
    {
        IdempotencyKey a = "Key-1";
        var same = IdempotencyKey.FromString("Key-1");
        IdempotencyKey other = "key-1";

        Assert.True(a == same);
        Assert.False(a != same);
        Assert.True(a != other);
        Assert.False(a == other);
        Assert.True(a.Equals((object)same));
        Assert.False(a.Equals((object)"Key-1"));
        Assert.Equal(a.GetHashCode(), same.GetHashCode());
        Assert.False(default(IdempotencyKey) == a);
    }

    [Fact]
    public void The_hash_code_is_the_exact_text_hash_and_a_key_is_never_equal_to_null()
    {
        IdempotencyKey key = "Key-1";

        Assert.Equal(StringComparer.Ordinal.GetHashCode("Key-1"), key.GetHashCode());
        Assert.Equal(0, default(IdempotencyKey).GetHashCode());
        Assert.False(key.Equals((object?)null));
    }

    [Fact]
    public void Deriving_a_key_from_no_parts_is_refused_naming_the_argument()
    {
        var error = Assert.Throws<BadgeValidationException>(() => IdempotencyKey.FromParts());

        Assert.Equal("parts: At least one part is needed to derive a key.", error.Message);
    }

    [Fact]
    public void A_given_key_is_used_and_a_missing_or_empty_one_is_made()
    {
        Assert.Equal("mine", IdempotencyKey.ValueOrNew("mine"));
        Assert.Equal(32, IdempotencyKey.ValueOrNew(null).Length);
        Assert.Equal(32, IdempotencyKey.ValueOrNew(default(IdempotencyKey)).Length);
        Assert.NotEqual(IdempotencyKey.ValueOrNew(null), IdempotencyKey.ValueOrNew(null));
    }

    [Fact]
    public void Derived_keys_need_parts_none_of_them_null()
    {
        Assert.Throws<ArgumentNullException>(() => IdempotencyKey.FromParts(null!));
        Assert.Equal("parts", Assert.Throws<BadgeValidationException>(() => IdempotencyKey.FromParts()).Field);
        var error = Assert.Throws<ArgumentNullException>(() => IdempotencyKey.FromParts("a", null!));
        Assert.Equal("parts", error.ParamName);
        Assert.StartsWith("Part 1 is null.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_derived_key_is_prefixed_lowercase_hex_of_fixed_length()
    {
        var key = IdempotencyKey.FromParts("badge", "ada@example.com").Value;

        Assert.StartsWith("bsk-", key, StringComparison.Ordinal);
        Assert.Equal(4 + 36, key.Length);
        Assert.Equal(key.ToLowerInvariant(), key);
    }
}
