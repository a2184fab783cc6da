using BadgeSdk.Issuance;
using BadgeSdk.Tests.Infrastructure;

namespace BadgeSdk.Tests.Issuance;

/// <summary>Typed custom field values and the collection that holds them.</summary>
public sealed class CustomFieldTests
{
    [Fact]
    public void Each_kind_keeps_its_value_and_prints_as_it_travels_in_a_query()
    {
        CustomFieldValue text = "EMP001";
        CustomFieldValue whole = 95;
        CustomFieldValue wide = 12_345_678_901L;
        CustomFieldValue fraction = 4.5m;
        CustomFieldValue day = new DateOnly(2025, 3, 7);
        CustomFieldValue link = BadgeImage.FromUrl("https://example.com/a.png");
        CustomFieldValue photo = BadgeImage.FromBytes(TestImages.Png);

        Assert.Equal((CustomFieldKind.Text, "EMP001"), (text.Kind, text.TextValue));
        Assert.Equal((CustomFieldKind.WholeNumber, 95L), (whole.Kind, whole.IntegerValue));
        Assert.Equal((CustomFieldKind.WholeNumber, 12_345_678_901L), (wide.Kind, wide.IntegerValue));
        Assert.Equal((CustomFieldKind.DecimalNumber, 4.5m), (fraction.Kind, fraction.DecimalValue));
        Assert.Equal((CustomFieldKind.Date, new DateOnly(2025, 3, 7)), (day.Kind, day.DateValue));
        Assert.Equal(CustomFieldKind.Image, link.Kind);
        Assert.Equal(CustomFieldKind.Image, photo.Kind);
        Assert.Equal(["EMP001", "95", "12345678901", "4.5", "2025-03-07", "https://example.com/a.png", $"image/png, {TestImages.Png.Length} bytes"], new[] { text, whole, wide, fraction, day, link, photo }.Select(v => v.ToString()));
    }

    [Fact]
    public void Null_text_or_image_is_refused()
    {
        Assert.Throws<ArgumentNullException>(() => CustomFieldValue.FromText(null!));
        Assert.Throws<ArgumentNullException>(() => CustomFieldValue.FromImage(null!));
    }

    [Fact]
    public void The_collection_adds_replaces_removes_and_enumerates()
    {
        var fields = new CustomFieldCollection { { "a", "1" } };
        fields["b"] = 2;
        fields["a"] = "one";

        Assert.Equal(2, fields.Count);
        Assert.Equal("one", fields["a"].TextValue);
        Assert.Equal([("a", "one"), ("b", "2")], fields.Select(f => (f.Key, f.Value.ToString())));
        Assert.Equal(2, ((System.Collections.IEnumerable)fields).Cast<object>().Count());
        Assert.True(fields.Remove("a"));
        Assert.False(fields.Remove("a"));
        Assert.Equal(1, fields.Count);
    }

    [Fact]
    public void Names_are_case_sensitive()
    {
        var fields = new CustomFieldCollection { ["Score"] = 1, ["score"] = 2 };

        Assert.Equal(2, fields.Count);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData(null)]
    public void A_blank_name_is_refused(string? name)
    {
        var error = Assert.Throws<BadgeValidationException>(() => new CustomFieldCollection { [name!] = "x" });

        Assert.Equal("name: a custom field name cannot be empty or blank.", error.Message);
    }

    [Fact]
    public void Template_field_types_travel_as_the_documented_words()
    {
        Assert.Equal(["text", "email", "number", "date"], new[] { CustomFieldType.Text, CustomFieldType.Email, CustomFieldType.Number, CustomFieldType.Date }.Select(t => t.Value));
    }

    [Fact]
    public void A_null_value_is_refused_with_the_fields_name()
    {
        var error = Assert.Throws<ArgumentNullException>(() => new CustomFieldCollection().Add("photo", null!));

        Assert.Contains("'photo'", error.Message, StringComparison.Ordinal);
    }
}
